"""Answers from a site's robots.txt (the robots exclusion protocol,
http://www.robotstxt.org/norobots-rfc.txt): RobotFileParser reads the
file and tells whether a user agent may fetch a URL, and how long it
should wait between requests."""

import collections
import urllib.parse
import urllib.request

__all__ = ["RobotFileParser"]

RequestRate = collections.namedtuple("RequestRate", "requests seconds")


class RobotFileParser:
    """The rules of one robots.txt file: set_url() and read() fetch it,
    parse() takes its lines directly, and can_fetch(), crawl_delay() and
    request_rate() answer for a user agent."""

    def __init__(self, url=''):
        self.entries = []
        self.default_entry = None
        self.allow_all = self.disallow_all = False
        self.last_checked = 0
        self.set_url(url)

    def mtime(self):
        """When the rules were last read (0: never), for a long-running
        crawler to know when to read them again."""
        return self.last_checked

    def modified(self):
        """Record now as the time the rules were read."""
        import time
        self.last_checked = time.time()

    def set_url(self, url):
        """Use url as the location of the robots.txt file."""
        self.url = url
        parts = urllib.parse.urlparse(url)
        self.host, self.path = parts[1], parts[2]

    def read(self):
        """Fetch the file from the URL and parse it. A 401 or 403 answer
        forbids everything, another 4xx answer allows everything."""
        try:
            response = urllib.request.urlopen(self.url)
        except urllib.error.HTTPError as failure:
            if failure.code in (401, 403):
                self.disallow_all = True
            elif 400 <= failure.code < 500:
                self.allow_all = True
            return
        self.parse(response.read().decode("utf-8").splitlines())

    def _add_entry(self, entry):
        # The first "*" record is the default; later ones are ignored.
        if "*" not in entry.useragents:
            self.entries.append(entry)
        elif self.default_entry is None:
            self.default_entry = entry

    def parse(self, lines):
        """Take the rules from the lines of a robots.txt file. A record
        is user-agent lines followed by rule lines; a blank line or a new
        user-agent line after rules ends it."""
        entry = Entry()
        # What the current record has so far: nothing, agents only, or
        # agents and rules.
        EMPTY, AGENTS, RULES = 0, 1, 2
        state = EMPTY
        self.modified()
        for raw in lines:
            if not raw:
                if state == RULES:
                    self._add_entry(entry)
                if state != EMPTY:
                    entry, state = Entry(), EMPTY
            text = raw.split('#', 1)[0].strip()
            field, colon, value = text.partition(':')
            if not text or not colon:
                continue
            field = field.strip().lower()
            value = urllib.parse.unquote(value.strip())
            if field == "user-agent":
                if state == RULES:
                    self._add_entry(entry)
                    entry = Entry()
                entry.useragents.append(value)
                state = AGENTS
                continue
            if state == EMPTY or field not in _RULE_FIELDS:
                continue
            _RULE_FIELDS[field](entry, value)
            state = RULES
        if state == RULES:
            self._add_entry(entry)

    def can_fetch(self, useragent, url):
        """Whether the rules let useragent fetch url."""
        if self.disallow_all:
            return False
        if self.allow_all:
            return True
        if not self.last_checked:
            # Nothing read yet: assume nothing is allowed.
            return False
        parts = urllib.parse.urlparse(urllib.parse.unquote(url))
        local = urllib.parse.urlunparse(('', '', parts.path, parts.params, parts.query, parts.fragment))
        local = urllib.parse.quote(local) or "/"
        entry = self._entry_for(useragent)
        return True if entry is None else entry.allowance(local)

    def _entry_for(self, useragent):
        for entry in self.entries:
            if entry.applies_to(useragent):
                return entry
        return self.default_entry

    def crawl_delay(self, useragent):
        """The Crawl-delay for useragent (None when not given)."""
        return self._setting(useragent, "delay")

    def request_rate(self, useragent):
        """The Request-rate for useragent, a RequestRate (None when not
        given)."""
        return self._setting(useragent, "req_rate")

    def _setting(self, useragent, field):
        # With no "*" record and no record for useragent this fails on
        # None, as CPython 3.6 does.
        if not self.mtime():
            return None
        for entry in self.entries:
            if entry.applies_to(useragent):
                return getattr(entry, field)
        return getattr(self.default_entry, field)

    def __str__(self):
        records = list(self.entries)
        if self.default_entry is not None:
            records.append(self.default_entry)
        return "\n".join(str(record) for record in records) + "\n"


def _set_delay(entry, value):
    if value.strip().isdigit():
        entry.delay = int(value)


def _set_rate(entry, value):
    parts = value.split('/')
    if len(parts) == 2 and all(p.strip().isdigit() for p in parts):
        entry.req_rate = RequestRate(int(parts[0]), int(parts[1]))


_RULE_FIELDS = {
    "disallow": lambda entry, path: entry.rulelines.append(RuleLine(path, False)),
    "allow": lambda entry, path: entry.rulelines.append(RuleLine(path, True)),
    "crawl-delay": _set_delay,
    "request-rate": _set_rate,
}


class RuleLine:
    """One Allow (allowance true) or Disallow rule and its path prefix.
    An empty Disallow allows everything."""

    def __init__(self, path, allowance):
        self.allowance = allowance or path == ''
        self.path = urllib.parse.quote(urllib.parse.urlunparse(urllib.parse.urlparse(path)))

    def applies_to(self, filename):
        return self.path == "*" or filename.startswith(self.path)

    def __str__(self):
        return "%s: %s" % ("Allow" if self.allowance else "Disallow", self.path)


class Entry:
    """One record: the user agents it is for and its rules."""

    def __init__(self):
        self.useragents = []
        self.rulelines = []
        self.delay = self.req_rate = None

    def __str__(self):
        lines = ["User-agent: " + agent for agent in self.useragents]
        if self.delay is not None:
            lines.append("Crawl-delay: %s" % (self.delay,))
        if self.req_rate is not None:
            lines.append("Request-rate: %s/%s" % (self.req_rate.requests, self.req_rate.seconds))
        lines.extend(str(rule) for rule in self.rulelines)
        # Each line ends in a newline; a record of nothing is "".
        return "".join(line + "\n" for line in lines)

    def applies_to(self, useragent):
        """Whether the record is for useragent (its name before any "/",
        matched without regard to case)."""
        name = useragent.split("/")[0].lower()
        return any(agent == '*' or agent.lower() in name for agent in self.useragents)

    def allowance(self, filename):
        """Whether the first rule matching filename (already unquoted)
        allows it; allowed when none matches."""
        for rule in self.rulelines:
            if rule.applies_to(filename):
                return rule.allowance
        return True
