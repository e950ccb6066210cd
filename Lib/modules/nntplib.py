"""An NNTP client (RFC 3977, with the RFC 2980 extensions and RFC 4642
STARTTLS), as CPython 3.6's nntplib.

    s = NNTP('news')
    resp, count, first, last, name = s.group('comp.lang.python')
    resp, overviews = s.over((last - 1, last))
    s.quit()

Responses are str; article lines are bytes. Replies starting 4 or 5
raise NNTPTemporaryError or NNTPPermanentError.
"""

import collections
import datetime
import re
import socket
import warnings

from email.header import decode_header as _email_decode_header
from socket import _GLOBAL_DEFAULT_TIMEOUT

_have_ssl = True
try:
    import ssl
except ImportError:
    _have_ssl = False

__all__ = ["NNTP", "NNTPError", "NNTPReplyError", "NNTPTemporaryError",
           "NNTPPermanentError", "NNTPProtocolError", "NNTPDataError",
           "decode_header"]

# The longest line accepted from a server.
_MAXLINE = 2048


class NNTPError(Exception):
    """Root of the nntplib errors; response is the server's reply."""

    def __init__(self, *args):
        Exception.__init__(self, *args)
        self.response = args[0] if args else "No response given"


class NNTPReplyError(NNTPError):
    """A reply of an unexpected kind."""


class NNTPTemporaryError(NNTPError):
    """A 4xx reply."""


class NNTPPermanentError(NNTPError):
    """A 5xx reply."""


class NNTPProtocolError(NNTPError):
    """A reply that does not start with a digit from 1 to 5."""


class NNTPDataError(NNTPError):
    """Response data that cannot be read."""


NNTP_PORT = 119
NNTP_SSL_PORT = 563

# The replies followed by a multi-line data block.
_LONGRESP = {"100", "101", "211", "215", "220", "221", "222", "224",
             "225", "230", "231", "282"}

# The fields every OVER response has, in order (RFC 3977 8.4).
_DEFAULT_OVERVIEW_FMT = ["subject", "from", "date", "message-id",
                         "references", ":bytes", ":lines"]

# Old names of metadata fields.
_OVERVIEW_FMT_ALTERNATIVES = {"bytes": ":bytes", "lines": ":lines"}

_CRLF = b"\r\n"

GroupInfo = collections.namedtuple("GroupInfo",
                                   ["group", "last", "first", "flag"])

ArticleInfo = collections.namedtuple("ArticleInfo",
                                     ["number", "message_id", "lines"])


def decode_header(header_str):
    """A header value with its encoded words decoded, as one str."""
    out = []
    for value, charset in _email_decode_header(header_str):
        if isinstance(value, bytes):
            value = value.decode(charset or "ascii")
        out.append(value)
    return "".join(out)


def _parse_overview_fmt(lines):
    """The field names of a LIST OVERVIEW.FMT response; the default
    fields must come first."""
    names = []
    for line in lines:
        if line.startswith(":"):
            name = ":" + line[1:].partition(":")[0]
        else:
            name = line.partition(":")[0]
        name = name.lower()
        names.append(_OVERVIEW_FMT_ALTERNATIVES.get(name, name))
    wanted = _DEFAULT_OVERVIEW_FMT
    if len(names) < len(wanted):
        raise NNTPDataError("LIST OVERVIEW.FMT response too short")
    if names[:len(wanted)] != wanted:
        raise NNTPDataError("LIST OVERVIEW.FMT redefines default fields")
    return names


def _parse_overview(lines, fmt, data_process_func=None):
    """[(article number, {field: value})] of OVER/XOVER lines. Extra
    header fields come as 'Name: value' (None when empty)."""
    defaults = len(_DEFAULT_OVERVIEW_FMT)
    result = []
    for line in lines:
        number, *values = line.split("\t")
        fields = {}
        for n, value in enumerate(values):
            if n >= len(fmt):
                continue
            name = fmt[n]
            if n >= defaults and not name.startswith(":"):
                prefix = name + ": "
                if value and value[:len(prefix)].lower() != prefix:
                    raise NNTPDataError("OVER/XOVER response doesn't include "
                                        "names of additional headers")
                value = value[len(prefix):] if value else None
            fields[name] = value
        result.append((int(number), fields))
    return result


def _parse_datetime(date_str, time_str=None):
    """A datetime from yyyymmdd (or yymmdd) and hhmmss; with one string
    the time is its last six digits. Two-digit years below 70 are
    20xx."""
    if time_str is None:
        date_str, time_str = date_str[:-6], date_str[-6:]
    year = int(date_str[:-4])
    if year < 70:
        year += 2000
    elif year < 100:
        year += 1900
    return datetime.datetime(year, int(date_str[-4:-2]), int(date_str[-2:]),
                             int(time_str[:2]), int(time_str[2:4]),
                             int(time_str[4:]))


def _unparse_datetime(dt, legacy=False):
    """(date, time) strings for a date or datetime: yyyymmdd (yymmdd when
    legacy) and hhmmss (000000 for a date)."""
    if isinstance(dt, datetime.datetime):
        time_str = "%02d%02d%02d" % (dt.hour, dt.minute, dt.second)
    else:
        time_str = "000000"
    if legacy:
        date_str = "%02d%02d%02d" % (dt.year % 100, dt.month, dt.day)
    else:
        date_str = "%04d%02d%02d" % (dt.year, dt.month, dt.day)
    return date_str, time_str


if _have_ssl:

    def _encrypt_on(sock, context, hostname):
        """sock wrapped in TLS (the stdlib's default context unless one is
        given)."""
        if context is None:
            context = ssl._create_stdlib_context()
        return context.wrap_socket(sock, server_hostname=hostname)


def _check_date(date):
    if not isinstance(date, datetime.date):
        raise TypeError("the date parameter must be a date or datetime "
                        "object, not '{:40}'".format(type(date).__name__))


class _NNTPBase:
    """The protocol over a binary file object (makefile('rwb') of a
    socket); NNTP and NNTP_SSL make the connection."""

    encoding = "utf-8"
    errors = "surrogateescape"

    def __init__(self, file, host, readermode=None,
                 timeout=_GLOBAL_DEFAULT_TIMEOUT):
        """Read the welcome and the capabilities; readermode sends MODE
        READER unless the server already is a reader."""
        self.host, self.file = host, file
        self.debugging = 0
        self.tls_on = self.authenticated = False
        self.readermode_afterauth = False
        self.welcome = self._getresp()
        self._refresh_caps()
        if readermode and "READER" not in self._caps:
            self._setreadermode()
            if not self.readermode_afterauth:
                self._refresh_caps()

    def _refresh_caps(self):
        # Ask for the capabilities again (they change with the state).
        self._caps = None
        self.getcapabilities()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not hasattr(self, "file"):
            return
        try:
            self.quit()
        except (OSError, EOFError):
            pass
        finally:
            if hasattr(self, "file"):
                self._close()

    def getwelcome(self):
        """The server's greeting."""
        if self.debugging:
            print("*welcome*", repr(self.welcome))
        return self.welcome

    def getcapabilities(self):
        """The server's capabilities {name: [arguments]} ({} when it
        does not know CAPABILITIES); also sets nntp_version and
        nntp_implementation."""
        if self._caps is not None:
            return self._caps
        self.nntp_version = 1
        self.nntp_implementation = None
        try:
            _, caps = self.capabilities()
        except (NNTPPermanentError, NNTPTemporaryError):
            caps = {}
        else:
            if "VERSION" in caps:
                self.nntp_version = max(int(v) for v in caps["VERSION"])
            if "IMPLEMENTATION" in caps:
                self.nntp_implementation = " ".join(caps["IMPLEMENTATION"])
        self._caps = caps
        return caps

    def set_debuglevel(self, level):
        """0: quiet; 1: commands and replies; 2: every line."""
        self.debugging = level

    debug = set_debuglevel

    # lines and replies

    def _putline(self, line):
        line = line + _CRLF
        if self.debugging > 1:
            print("*put*", repr(line))
        self.file.write(line)
        self.file.flush()

    def _putcmd(self, line):
        if self.debugging:
            print("*cmd*", repr(line))
        self._putline(line.encode(self.encoding, self.errors))

    def _getline(self, strip_crlf=True):
        line = self.file.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise NNTPDataError("line too long")
        if self.debugging > 1:
            print("*get*", repr(line))
        if not line:
            raise EOFError
        if strip_crlf:
            if line.endswith(_CRLF):
                line = line[:-2]
            elif line[-1:] in (b"\r", b"\n"):
                line = line[:-1]
        return line

    def _getresp(self):
        line = self._getline()
        if self.debugging:
            print("*resp*", repr(line))
        resp = line.decode(self.encoding, self.errors)
        kind = resp[:1]
        if kind == "4":
            raise NNTPTemporaryError(resp)
        if kind == "5":
            raise NNTPPermanentError(resp)
        if kind not in ("1", "2", "3"):
            raise NNTPProtocolError(resp)
        return resp

    def _getlongresp(self, file=None):
        """(reply, data lines) of a multi-line reply; with file (a path
        or a binary file) the lines go there instead, line ends kept."""
        opened = None
        try:
            if isinstance(file, (str, bytes)):
                opened = file = open(file, "wb")
            resp = self._getresp()
            if resp[:3] not in _LONGRESP:
                raise NNTPReplyError(resp)
            lines = []
            if file is None:
                ends = (b".",)
            else:
                ends = (b"." + _CRLF, b".\n")
            while True:
                line = self._getline(file is None)
                if line in ends:
                    break
                if line.startswith(b".."):
                    line = line[1:]
                if file is None:
                    lines.append(line)
                else:
                    file.write(line)
        finally:
            if opened:
                opened.close()
        return resp, lines

    def _shortcmd(self, line):
        self._putcmd(line)
        return self._getresp()

    def _longcmd(self, line, file=None):
        self._putcmd(line)
        return self._getlongresp(file)

    def _longcmdstring(self, line, file=None):
        resp, lines = self._longcmd(line, file)
        return resp, [x.decode(self.encoding, self.errors) for x in lines]

    def _getoverviewfmt(self):
        try:
            return self._cachedoverviewfmt
        except AttributeError:
            pass
        fmt = list(_DEFAULT_OVERVIEW_FMT)
        try:
            fmt = _parse_overview_fmt(self._longcmdstring("LIST OVERVIEW.FMT")[1])
        except NNTPPermanentError:
            pass
        self._cachedoverviewfmt = fmt
        return fmt

    def _grouplist(self, lines):
        return [GroupInfo(*line.split()) for line in lines]

    # commands

    def capabilities(self):
        """(reply, {capability: [arguments]})."""
        resp, lines = self._longcmdstring("CAPABILITIES")
        caps = {}
        for line in lines:
            name, *args = line.split()
            caps[name] = args
        return resp, caps

    def newgroups(self, date, *, file=None):
        """(reply, [GroupInfo]) of the groups created since date."""
        _check_date(date)
        when = _unparse_datetime(date, self.nntp_version < 2)
        resp, lines = self._longcmdstring("NEWGROUPS %s %s" % when, file)
        return resp, self._grouplist(lines)

    def newnews(self, group, date, *, file=None):
        """(reply, [message id]) of the articles posted to group since date."""
        _check_date(date)
        when = _unparse_datetime(date, self.nntp_version < 2)
        return self._longcmdstring("NEWNEWS %s %s %s" % ((group,) + when), file)

    def list(self, group_pattern=None, *, file=None):
        """(reply, [GroupInfo]) of the groups (matching the pattern)."""
        command = "LIST" if group_pattern is None else "LIST ACTIVE " + group_pattern
        resp, lines = self._longcmdstring(command, file)
        return resp, self._grouplist(lines)

    def _getdescriptions(self, group_pattern, return_all):
        pattern = re.compile("^(?P<group>[^ \t]+)[ \t]+(.*)$")
        resp, lines = self._longcmdstring("LIST NEWSGROUPS " + group_pattern)
        if not resp.startswith("215"):
            resp, lines = self._longcmdstring("XGTITLE " + group_pattern)
        found = {}
        for line in lines:
            m = pattern.search(line.strip())
            if not m:
                continue
            name, text = m.group(1, 2)
            if not return_all:
                return text
            found[name] = text
        if return_all:
            return resp, found
        return ""

    def description(self, group):
        """The description of one group ('' if none)."""
        return self._getdescriptions(group, False)

    def descriptions(self, group_pattern):
        """(reply, {group: description})."""
        return self._getdescriptions(group_pattern, True)

    def group(self, name):
        """(reply, count, first, last, name) after selecting a group."""
        resp = self._shortcmd("GROUP " + name)
        if not resp.startswith("211"):
            raise NNTPReplyError(resp)
        words = resp.split()
        count = first = last = 0
        if len(words) > 1:
            count = words[1]
        if len(words) > 2:
            first = words[2]
        if len(words) > 3:
            last = words[3]
        if len(words) > 4:
            name = words[4].lower()
        return resp, int(count), int(first), int(last), name

    def help(self, *, file=None):
        """(reply, [help text lines])."""
        return self._longcmdstring("HELP", file)

    def _statparse(self, resp):
        if not resp.startswith("22"):
            raise NNTPReplyError(resp)
        words = resp.split()
        return resp, int(words[1]), words[2]

    def _statcmd(self, line):
        return self._statparse(self._shortcmd(line))

    def stat(self, message_spec=None):
        """(reply, number, message id) of an article (the current one
        by default)."""
        if message_spec:
            return self._statcmd("STAT {0}".format(message_spec))
        return self._statcmd("STAT")

    def next(self):
        return self._statcmd("NEXT")

    def last(self):
        return self._statcmd("LAST")

    def _artcmd(self, line, file=None):
        resp, lines = self._longcmd(line, file)
        resp, number, message_id = self._statparse(resp)
        return resp, ArticleInfo(number, message_id, lines)

    def _article_part(self, command, message_spec, file):
        if message_spec is not None:
            command = "{0} {1}".format(command, message_spec)
        return self._artcmd(command, file)

    def head(self, message_spec=None, *, file=None):
        """(reply, ArticleInfo) with the article's header lines."""
        return self._article_part("HEAD", message_spec, file)

    def body(self, message_spec=None, *, file=None):
        """(reply, ArticleInfo) with the article's body lines."""
        return self._article_part("BODY", message_spec, file)

    def article(self, message_spec=None, *, file=None):
        """(reply, ArticleInfo) with all the article's lines."""
        return self._article_part("ARTICLE", message_spec, file)

    def slave(self):
        return self._shortcmd("SLAVE")

    def xhdr(self, hdr, str, *, file=None):
        """(reply, [(article number, header value)])."""
        pattern = re.compile("^([0-9]+) ?(.*)\n?")
        resp, lines = self._longcmdstring("XHDR {0} {1}".format(hdr, str), file)

        def split(line):
            m = pattern.match(line)
            return m.group(1, 2) if m else line
        return resp, [split(line) for line in lines]

    def xover(self, start, end, *, file=None):
        """(reply, overview) of articles start to end."""
        resp, lines = self._longcmdstring("XOVER {0}-{1}".format(start, end),
                                          file)
        return resp, _parse_overview(lines, self._getoverviewfmt())

    def over(self, message_spec, *, file=None):
        """(reply, [(number, {field: value})]); message_spec is a
        (first, last) range (last None: to the end), a message id or
        None for the current article."""
        command = "OVER" if "OVER" in self._caps else "XOVER"
        if isinstance(message_spec, (tuple, list)):
            start, end = message_spec
            command += " {0}-{1}".format(start, end or "")
        elif message_spec is not None:
            command += " " + message_spec
        resp, lines = self._longcmdstring(command, file)
        return resp, _parse_overview(lines, self._getoverviewfmt())

    def xgtitle(self, group, *, file=None):
        """(reply, [(group, description)]) by the old XGTITLE command."""
        warnings.warn("The XGTITLE extension is not actively used, "
                      "use descriptions() instead", DeprecationWarning, 2)
        pattern = re.compile("^([^ \t]+)[ \t]+(.*)$")
        resp, lines = self._longcmdstring("XGTITLE " + group, file)
        found = []
        for line in lines:
            m = pattern.search(line.strip())
            if m:
                found.append(m.group(1, 2))
        return resp, found

    def xpath(self, id):
        """(reply, path) of an article by the old XPATH command."""
        warnings.warn("The XPATH extension is not actively used",
                      DeprecationWarning, 2)
        resp = self._shortcmd("XPATH {0}".format(id))
        if not resp.startswith("223"):
            raise NNTPReplyError(resp)
        words = resp.split()
        if len(words) != 2:
            raise NNTPReplyError(resp)
        return resp, words[1]

    def date(self):
        """(reply, the server's datetime)."""
        resp = self._shortcmd("DATE")
        if not resp.startswith("111"):
            raise NNTPReplyError(resp)
        words = resp.split()
        if len(words) != 2 or len(words[1]) != 14:
            raise NNTPDataError(resp)
        return resp, _parse_datetime(words[1], None)

    def _post(self, command, f):
        resp = self._shortcmd(command)
        if not resp.startswith("3"):
            raise NNTPReplyError(resp)
        lines = f.splitlines() if isinstance(f, (bytes, bytearray)) else f
        for line in lines:
            if not line.endswith(_CRLF):
                line = line.rstrip(b"\r\n") + _CRLF
            # dot-stuffing (RFC 3977 3.1.1)
            self.file.write(b"." + line if line[:1] == b"." else line)
        self.file.write(b".\r\n")
        self.file.flush()
        return self._getresp()

    def post(self, data):
        """Post an article (bytes, or an iterable of bytes lines)."""
        return self._post("POST", data)

    def ihave(self, message_id, data):
        """Offer an article by its message id."""
        return self._post("IHAVE {0}".format(message_id), data)

    def _close(self):
        self.file.close()
        del self.file

    def quit(self):
        """Send QUIT and close the connection."""
        try:
            resp = self._shortcmd("QUIT")
        finally:
            self._close()
        return resp

    def login(self, user=None, password=None, usenetrc=True):
        """AUTHINFO USER/PASS, the credentials from ~/.netrc when no user
        is given and usenetrc is true."""
        if self.authenticated:
            raise ValueError("Already logged in.")
        if not (user or usenetrc):
            raise ValueError("At least one of `user` and `usenetrc` "
                             "must be specified")
        if usenetrc and not user:
            try:
                import netrc
                found = netrc.netrc().authenticators(self.host)
            except OSError:
                found = None
            if found:
                user, password = found[0], found[2]
        if not user:
            return
        resp = self._shortcmd("authinfo user " + user)
        if resp.startswith("381"):
            if not password:
                raise NNTPReplyError(resp)
            resp = self._shortcmd("authinfo pass " + password)
            if not resp.startswith("281"):
                raise NNTPPermanentError(resp)
        self._refresh_caps()
        if self.readermode_afterauth and "READER" not in self._caps:
            self._setreadermode()
            self._refresh_caps()

    def _setreadermode(self):
        try:
            self.welcome = self._shortcmd("mode reader")
        except NNTPPermanentError:
            pass
        except NNTPTemporaryError as e:
            if not e.response.startswith("480"):
                raise
            # the server wants AUTHINFO first
            self.readermode_afterauth = True

    if _have_ssl:
        def starttls(self, context=None):
            """Switch the connection to TLS (RFC 4642); not allowed after
            login or twice."""
            if self.tls_on:
                raise ValueError("TLS is already enabled.")
            if self.authenticated:
                raise ValueError("TLS cannot be started after authentication.")
            resp = self._shortcmd("STARTTLS")
            if not resp.startswith("382"):
                raise NNTPError("TLS failed to start.")
            self.file.close()
            self.sock = _encrypt_on(self.sock, context, self.host)
            self.tls_on = True
            self.file = self.sock.makefile("rwb")
            self._refresh_caps()


class NNTP(_NNTPBase):
    """An NNTP connection over TCP."""

    def __init__(self, host, port=NNTP_PORT, user=None, password=None,
                 readermode=None, usenetrc=False,
                 timeout=_GLOBAL_DEFAULT_TIMEOUT):
        """Connect to host:port, read the welcome, and log in when user
        is given or usenetrc is true."""
        self.host = host
        self.port = port
        self.sock = socket.create_connection((host, port), timeout)
        self._start(readermode, timeout, user, password, usenetrc)

    def _start(self, readermode, timeout, user, password, usenetrc):
        opened = []
        try:
            opened.append(self.sock.makefile("rwb"))
            _NNTPBase.__init__(self, opened[0], self.host, readermode, timeout)
            if user or usenetrc:
                self.login(user, password, usenetrc)
        except BaseException:
            for f in opened:
                f.close()
            self.sock.close()
            raise

    def _close(self):
        sock = self.sock
        try:
            _NNTPBase._close(self)
        finally:
            sock.close()


if _have_ssl:
    class NNTP_SSL(NNTP):
        """An NNTP connection over TLS from the start (port 563)."""

        def __init__(self, host, port=NNTP_SSL_PORT, user=None,
                     password=None, ssl_context=None, readermode=None,
                     usenetrc=False, timeout=_GLOBAL_DEFAULT_TIMEOUT):
            self.host = host
            self.port = port
            self.sock = socket.create_connection((host, port), timeout)
            try:
                self.sock = _encrypt_on(self.sock, ssl_context, host)
            except:
                self.sock.close()
                raise
            self._start(readermode, timeout, user, password, usenetrc)

    __all__.append("NNTP_SSL")


def _main():
    # A small demo: the newest articles of a group.
    import argparse
    parser = argparse.ArgumentParser(description=(
        "nntplib built-in demo - display the latest articles in a newsgroup"))
    parser.add_argument("-g", "--group", default="gmane.comp.python.general",
                        help="group to fetch messages from (default: %(default)s)")
    parser.add_argument("-s", "--server", default="news.gmane.org",
                        help="NNTP server hostname (default: %(default)s)")
    parser.add_argument("-p", "--port", default=-1, type=int,
                        help="NNTP port number (default: %s / %s)" % (NNTP_PORT, NNTP_SSL_PORT))
    parser.add_argument("-n", "--nb-articles", default=10, type=int,
                        help="number of articles to fetch (default: %(default)s)")
    parser.add_argument("-S", "--ssl", action="store_true", default=False,
                        help="use NNTP over SSL")
    args = parser.parse_args()
    port = args.port
    if not args.ssl:
        s = NNTP(host=args.server, port=NNTP_PORT if port == -1 else port)
    else:
        s = NNTP_SSL(host=args.server, port=NNTP_SSL_PORT if port == -1 else port)
    caps = s.getcapabilities()
    if "STARTTLS" in caps:
        s.starttls()
    resp, count, first, last, name = s.group(args.group)
    print("Group", name, "has", count, "articles, range", first, "to", last)

    def cut(text, width):
        return text if len(text) <= width else text[:width - 4] + "..."

    first = str(int(last) - args.nb_articles + 1)
    resp, overviews = s.xover(first, last)
    for number, over in overviews:
        author = decode_header(over["from"]).split("<", 1)[0]
        subject = decode_header(over["subject"])
        lines = int(over[":lines"])
        print("{:7} {:20} {:42} ({})".format(number, cut(author, 20),
                                              cut(subject, 42), lines))
    s.quit()


if __name__ == "__main__":
    _main()
