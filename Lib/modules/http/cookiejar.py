"""HTTP cookie handling for clients: storing cookies servers set and
returning them on later requests.

CookieJar holds Cookie objects and asks a CookiePolicy (by default
DefaultCookiePolicy) whether to accept and to return each.  It works on
urllib.request.Request-like request objects and http.client-like
responses (anything with info() giving the headers).  FileCookieJar adds
loading and saving; MozillaCookieJar and LWPCookieJar are its two file
formats.  Netscape cookies (Set-Cookie), RFC 2109 and RFC 2965
(Set-Cookie2) cookies are understood.
"""

__all__ = ['Cookie', 'CookieJar', 'CookiePolicy', 'DefaultCookiePolicy',
           'FileCookieJar', 'LWPCookieJar', 'LoadError', 'MozillaCookieJar']

import copy, datetime, re, time
import http.client
import threading as _threading
import urllib.parse, urllib.request
from calendar import timegm

# Set debug to log the policy's decisions (logger "http.cookiejar").
debug, logger = False, None


def _debug(*args):
    global logger
    if debug:
        logger = logger or __import__("logging").getLogger("http.cookiejar")
        return logger.debug(*args)
    return None


DEFAULT_HTTP_PORT = str(http.client.HTTP_PORT)
MISSING_FILENAME_TEXT = ("a filename was not supplied (nor was the CookieJar instance "
                         "initialised with one)")


def _warn_unhandled_exception():
    """Report the exception being handled as a warning: a bug (or very
    odd input) here must not break the caller."""
    import traceback, warnings
    text = "".join(traceback.format_exc())
    warnings.warn("http.cookiejar bug!\n" + text, stacklevel=2)


# ---- dates -----------------------------------------------------------

EPOCH_YEAR = 1970


def _timegm(tt):
    year, month, mday, hour, minute, sec = tt[:6]
    in_range = (year >= EPOCH_YEAR and 1 <= month <= 12 and 1 <= mday <= 31
                and 0 <= hour <= 24 and 0 <= minute <= 59 and 0 <= sec <= 61)
    return timegm(tt) if in_range else None


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LOWER = [m.lower() for m in MONTHS]


def _utc(t):
    if t is None:
        return datetime.datetime.utcnow()
    return datetime.datetime.utcfromtimestamp(t)


def time2isoz(t=None):
    """t (seconds since the epoch, default now) as 'YYYY-MM-DD hh:mm:ssZ'."""
    d = _utc(t)
    return "%04d-%02d-%02d %02d:%02d:%02dZ" % (
        d.year, d.month, d.day, d.hour, d.minute, d.second)


def time2netscape(t=None):
    """t (seconds since the epoch, default now) as
    'Wdy, DD-Mon-YYYY HH:MM:SS GMT'."""
    d = _utc(t)
    return "%s, %02d-%s-%04d %02d:%02d:%02d GMT" % (
        DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year,
        d.hour, d.minute, d.second)


UTC_ZONES = {"GMT": None, "UTC": None, "UT": None, "Z": None}

TIMEZONE_RE = re.compile(r"^([-+])?(\d\d?):?(\d\d)?$", re.ASCII)


def offset_from_tz_string(tz):
    if tz in UTC_ZONES:
        return 0
    m = TIMEZONE_RE.search(tz)
    if not m:
        return None
    offset = 3600 * int(m.group(2))
    if m.group(3):
        offset += 60 * int(m.group(3))
    return -offset if m.group(1) == '-' else offset


def _month_number(mon):
    lowered = mon.lower()
    if lowered in MONTHS_LOWER:
        return MONTHS_LOWER.index(lowered) + 1
    try:
        number = int(mon)
    except ValueError:
        return None
    return number if 1 <= number <= 12 else None


def _str2time(day, mon, yr, hr, min, sec, tz):
    yr = int(yr)
    mon = _month_number(mon) if yr <= datetime.MAXYEAR else None
    if mon is None:
        return None
    day = int(day)
    hr = int(hr if hr is not None else 0)
    min = int(min if min is not None else 0)
    sec = int(sec if sec is not None else 0)
    if yr < 1000:
        # A two- or three-digit year: take the one closest to now.
        this_year = time.localtime(time.time())[0]
        century_offset = this_year % 100
        guess = yr + this_year - century_offset
        gap = century_offset - yr
        if abs(gap) > 50:
            guess += 100 if gap > 0 else -100
        yr = guess
    t = _timegm((yr, mon, day, hr, min, sec, tz))
    if t is None:
        return None
    offset = offset_from_tz_string((tz or "UTC").upper())
    if offset is None:
        return None
    return t - offset


# "Wdy, DD Mon YYYY HH:MM:SS GMT", the form RFC 1123 dates should have.
STRICT_DATE_RE = re.compile(r"^[SMTWF][a-z][a-z], (\d\d) ([JFMASOND][a-z][a-z]) (\d\d\d\d) (\d\d):(\d\d):(\d\d) GMT$", re.ASCII)
WEEKDAY_RE = re.compile(r"^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*,?\s*", re.I | re.ASCII)
LOOSE_HTTP_DATE_RE = re.compile(
    r"^(\d\d?)(?:\s+|[-\/])(\w+)(?:\s+|[-\/])(\d+)"
    r"(?:(?:\s+|:)(\d\d?):(\d\d)(?::(\d\d))?)?\s*"
    r"(?:([-+]?\d{2,4}|(?![APap][Mm]\b)[A-Za-z]+)\s*)?"
    r"(?:\(\w+\)\s*)?$", re.ASCII)


def http2time(text):
    """Seconds since the epoch for an HTTP date in any of the forms
    servers use (RFC 1123, RFC 850, asctime, and looser variants), or
    None when text is not one."""
    m = STRICT_DATE_RE.search(text)
    if m:
        g = m.groups()
        month = MONTHS_LOWER.index(g[1].lower()) + 1
        return _timegm((int(g[2]), month, int(g[0]),
                        int(g[3]), int(g[4]), float(g[5])))
    text = WEEKDAY_RE.sub("", text.lstrip(), 1)
    m = LOOSE_HTTP_DATE_RE.search(text)
    if m is None:
        return None
    return _str2time(*m.groups())


ISO_DATE_RE = re.compile(
    r"^(\d{4})[-\/]?(\d\d?)[-\/]?(\d\d?)"
    r"(?:(?:\s+|[-:Tt])(\d\d?):?(\d\d)(?::?(\d\d(?:\.\d*)?))?)?\s*"
    r"(?:([-+]?\d\d?:?(:?\d\d)?|Z|z)\s*)?$", re.ASCII)


def iso2time(text):
    """Seconds since the epoch for an ISO 8601 date ('1994-02-03
    14:15:29 -0100' and the like), or None."""
    m = ISO_DATE_RE.search(text.lstrip())
    if m is None:
        return None
    yr, mon, day, hr, min, sec, tz, _ = m.groups()
    return _str2time(day, mon, yr, hr, min, sec, tz)


# ---- header parsing --------------------------------------------------

HEADER_TOKEN_RE, HEADER_VALUE_RE = re.compile(r"^\s*([^=\s;,]+)"), re.compile(r"^\s*=\s*([^\s;,]*)")
HEADER_QUOTED_VALUE_RE = re.compile(r"^\s*=\s*\"([^\"\\]*(?:\\.[^\"\\]*)*)\"")
HEADER_ESCAPE_RE, _JUNK_RE = re.compile(r"\\(.)"), re.compile(r"^[=\s;]*")


def unmatched(match):
    """The string match was made in, without the matched part."""
    return match.string[:match.start(0)] + match.string[match.end(0):]


def _split_one_header(text, out):
    pairs = []
    while text != "":
        m = HEADER_TOKEN_RE.search(text)
        if m:
            text, name, value = unmatched(m), m.group(1), None
            q = HEADER_QUOTED_VALUE_RE.search(text)
            if q:
                text = unmatched(q)
                value = HEADER_ESCAPE_RE.sub(r"\1", q.group(1))
            else:
                v = HEADER_VALUE_RE.search(text)
                if v:
                    text = unmatched(v)
                    value = v.group(1).rstrip()
            pairs.append((name, value))
            continue
        stripped = text.lstrip()
        if stripped.startswith(","):
            # Headers joined with commas (RFC 2616 4.2) start a new list.
            text = stripped[1:]
            if pairs:
                out.append(pairs)
            pairs = []
        else:
            text = _JUNK_RE.sub("", text, 1)
    if pairs:
        out.append(pairs)


def split_header_words(header_values):
    """Parse header values such as 'a=b; c="d e", f' into lists of
    (name, value) pairs, one list per comma-separated element; a lone
    token has the value None."""
    assert not isinstance(header_values, str)
    result = []
    for text in header_values:
        _split_one_header(text, result)
    return result


HEADER_JOIN_ESCAPE_RE = re.compile(r"([\"\\])")
_WORD_RE = re.compile(r"^\w+$")


def join_header_words(lists):
    """The inverse of split_header_words: values that are not single
    words are quoted."""
    elements = []
    for pairs in lists:
        words = []
        for name, value in pairs:
            if value is not None:
                if not _WORD_RE.search(value):
                    value = '"%s"' % HEADER_JOIN_ESCAPE_RE.sub(r"\\\1", value)
                name = "%s=%s" % (name, value)
            words.append(name)
        if words:
            elements.append("; ".join(words))
    return ", ".join(elements)


def strip_quotes(text):
    """text without a double quote at either end."""
    start = 1 if text.startswith('"') else 0
    text = text[start:]
    return text[:-1] if text.endswith('"') else text


_NS_KNOWN = ("expires", "domain", "path", "secure", "version", "port",
             "max-age")


def parse_ns_headers(ns_headers):
    """Parse Netscape Set-Cookie values into lists of (name, value)
    pairs the way browsers do: split at ';' only, Expires a date (seconds
    since the epoch, or None), and a version of "0" added unless given."""
    result = []
    for header in ns_headers:
        pairs = []
        has_version = False
        for index, param in enumerate(header.split(';')):
            key, sep, val = param.strip().partition('=')
            key = key.strip()
            if not key:
                if index == 0:
                    break
                continue
            val = val.strip() if sep else None
            if index:
                if key.lower() in _NS_KNOWN:
                    key = key.lower()
                if key == "version":
                    if val is not None:
                        val = strip_quotes(val)
                    has_version = True
                elif key == "expires" and val is not None:
                    val = http2time(strip_quotes(val))
            pairs.append((key, val))
        if pairs:
            result.append(pairs if has_version else pairs + [("version", "0")])
    return result


# ---- hosts, domains, paths -------------------------------------------

# A name ending in a number is taken for an IP address.
IPV4_RE = re.compile(r"\.\d+$", re.ASCII)


def is_HDN(text):
    """Whether text is a host domain name (not an IP address, no dot at
    either end)."""
    return bool(text) and not IPV4_RE.search(text) and "." not in (text[0], text[-1])


def domain_match(A, B):
    """RFC 2965 domain matching of host name A against domain B."""
    A, B = A.lower(), B.lower()
    if A == B:
        return True
    at = A.rfind(B) if is_HDN(A) else -1
    if at <= 0:
        return False
    return B.startswith(".") and is_HDN(B[1:])


def liberal_is_HDN(text):
    return not IPV4_RE.search(text)


def user_domain_match(A, B):
    """Looser domain matching, for the user's block and allow lists."""
    A = A.lower()
    B = B.lower()
    if not (liberal_is_HDN(A) and liberal_is_HDN(B)):
        return A == B
    if B.startswith("."):
        return A.endswith(B)
    return A == B


cut_port_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request's host name, lower-cased, without the port."""
    host = urllib.parse.urlparse(request.get_full_url())[1]
    if host == "":
        host = request.get_header("Host", "")
    return cut_port_re.sub("", host, 1).lower()


def eff_request_host(request):
    """The request host and the effective one (with '.local' added to a
    name without dots)."""
    host = request_host(request)
    if host.find(".") == -1 and not IPV4_RE.search(host):
        return host, host + ".local"
    return host, host


def request_path(request):
    """The escaped path of the request URL (at least '/')."""
    path = escape_path(urllib.parse.urlsplit(request.get_full_url()).path)
    return path if path.startswith("/") else "/" + path


def request_port(request):
    host = request.host
    colon = host.find(':')
    if colon < 0:
        return DEFAULT_HTTP_PORT
    port = host[colon + 1:]
    if _numeric(port):
        return port
    _debug("nonnumeric port: '%s'", port)
    return None


def _numeric(text):
    try:
        int(text)
    except ValueError:
        return False
    return True


HTTP_PATH_SAFE = "%/;:@&=+$,!~*'()"
ESCAPED_CHAR_RE = re.compile(r"%([0-9a-fA-F][0-9a-fA-F])")


def uppercase_escaped_char(match):
    return "%" + match.group(1).upper()


def escape_path(path):
    """Quote path as cookies compare paths: unsafe characters escaped,
    escapes in upper case."""
    quoted = urllib.parse.quote(path, HTTP_PATH_SAFE)
    return ESCAPED_CHAR_RE.sub(uppercase_escaped_char, quoted)


def reach(h):
    """The reach of host h (RFC 2965 1): its parent domain with a dot in
    front, when that is still a domain with dots (or 'local')."""
    dot = h.find(".")
    if dot >= 0:
        rest = h[dot + 1:]
        if is_HDN(h) and (rest.find(".") >= 0 or rest == "local"):
            return "." + rest
    return h


def is_third_party(request):
    """Whether the request's host lies outside the reach of the host the
    user meant to visit (request.origin_req_host)."""
    host = request_host(request)
    return not domain_match(host, reach(request.origin_req_host))


# ---- cookies ---------------------------------------------------------

class Cookie:
    """One cookie, with every attribute the protocols know.

    Attributes not covered by the protocols are kept apart (the
    *_nonstandard_attr methods).  expires is seconds since the epoch or
    None; domain is lower-cased.
    """

    def __init__(self, version, name, value, port, port_specified, domain,
                 domain_specified, domain_initial_dot, path, path_specified,
                 secure, expires, discard, comment, comment_url, rest,
                 rfc2109=False):
        self.version = None if version is None else int(version)
        self.expires = None if expires is None else int(float(expires))
        if port is None and port_specified is True:
            raise ValueError("if port is None, port_specified must be false")
        self.name, self.value = name, value
        self.port, self.port_specified = port, port_specified
        # domain_initial_dot: whether the Domain attribute had a leading
        # dot (RFC 2965 sends $Domain back as it was given).
        self.domain, self.domain_specified = domain.lower(), domain_specified
        self.domain_initial_dot = domain_initial_dot
        self.path, self.path_specified = path, path_specified
        self.secure, self.discard = secure, discard
        self.comment, self.comment_url = comment, comment_url
        self.rfc2109 = rfc2109
        self._rest = copy.copy(rest)

    def set_nonstandard_attr(self, name, value):
        self._rest[name] = value

    def get_nonstandard_attr(self, name, default=None):
        return self._rest.get(name, default)

    def has_nonstandard_attr(self, name):
        return name in self._rest

    def is_expired(self, now=None):
        if now is None:
            now = time.time()
        return self.expires is not None and self.expires <= now

    def __str__(self):
        where = self.domain + ("" if self.port is None else ":" + self.port) + self.path
        what = self.name if self.value is None else "%s=%s" % (self.name, self.value)
        return "<Cookie %s for %s>" % (what, where)

    _REPR_FIELDS = ("version", "name", "value", "port", "port_specified",
                    "domain", "domain_specified", "domain_initial_dot",
                    "path", "path_specified", "secure", "expires",
                    "discard", "comment", "comment_url")

    def __repr__(self):
        fields = ["%s=%r" % (f, getattr(self, f)) for f in self._REPR_FIELDS]
        fields.append("rest=%r" % (self._rest,))
        fields.append("rfc2109=%r" % (self.rfc2109,))
        return "%s(%s)" % (self.__class__.__name__, ", ".join(fields))


class CookiePolicy:
    """What a policy decides: whether to accept a cookie (set_ok) and
    whether to return it with a request (return_ok).  domain_return_ok
    and path_return_ok are quick pre-checks a jar may use."""

    def domain_return_ok(self, domain, request):
        return True

    def path_return_ok(self, path, request):
        return True

    def return_ok(self, cookie, request):
        raise NotImplementedError()

    def set_ok(self, cookie, request):
        raise NotImplementedError()


_COUNTRY_SLDS = ("co", "ac", "com", "edu", "org", "net", "gov", "mil", "int",
                 "aero", "biz", "cat", "coop", "info", "jobs", "mobi",
                 "museum", "name", "pro", "travel", "eu")


class DefaultCookiePolicy(CookiePolicy):
    """The usual rules of the Netscape protocol and RFC 2965, with the
    user's blocked and allowed domains and switches for stricter checks.

    Each check is a method (set_ok_NAME, return_ok_NAME) a subclass may
    override; set_ok and return_ok run them in order."""

    # Bits of strict_ns_domain.
    DomainStrictNoDots, DomainStrictNonDomain, DomainRFC2965Match = 1, 2, 4
    DomainLiberal = 0
    DomainStrict = DomainStrictNoDots | DomainStrictNonDomain

    _SET_CHECKS = ("version", "verifiability", "name", "path", "domain", "port")
    _RETURN_CHECKS = ("version", "verifiability", "secure", "expires", "port", "domain")

    def __init__(self, blocked_domains=None, allowed_domains=None,
                 netscape=True, rfc2965=False, rfc2109_as_netscape=None,
                 hide_cookie2=False, strict_domain=False,
                 strict_rfc2965_unverifiable=True, strict_ns_unverifiable=False,
                 strict_ns_domain=DomainLiberal,
                 strict_ns_set_initial_dollar=False, strict_ns_set_path=False):
        self.netscape, self.rfc2965 = netscape, rfc2965
        self.rfc2109_as_netscape, self.hide_cookie2 = rfc2109_as_netscape, hide_cookie2
        self.strict_domain, self.strict_ns_domain = strict_domain, strict_ns_domain
        self.strict_rfc2965_unverifiable = strict_rfc2965_unverifiable
        self.strict_ns_unverifiable = strict_ns_unverifiable
        self.strict_ns_set_initial_dollar, self.strict_ns_set_path = (
            strict_ns_set_initial_dollar, strict_ns_set_path)
        self._blocked_domains = tuple(blocked_domains or ())
        self.set_allowed_domains(allowed_domains)

    # -- the user's lists

    def blocked_domains(self):
        return self._blocked_domains

    def set_blocked_domains(self, blocked_domains):
        self._blocked_domains = tuple(blocked_domains)

    def allowed_domains(self):
        return self._allowed_domains

    def set_allowed_domains(self, allowed_domains):
        self._allowed_domains = (None if allowed_domains is None
                                 else tuple(allowed_domains))

    def is_blocked(self, domain):
        return any(user_domain_match(domain, b) for b in self._blocked_domains)

    def is_not_allowed(self, domain):
        allowed = self._allowed_domains
        return allowed is not None and not any(
            user_domain_match(domain, a) for a in allowed)

    # -- accepting cookies

    def set_ok(self, cookie, request):
        """Whether to accept cookie from the response to request."""
        _debug(" - checking cookie %s=%s", cookie.name, cookie.value)
        assert cookie.name is not None
        return all(getattr(self, "set_ok_" + n)(cookie, request)
                   for n in self._SET_CHECKS)

    def _protocol_enabled(self, cookie):
        v = cookie.version
        ok = not ((v > 0 and not self.rfc2965) or (v == 0 and not self.netscape))
        if not ok:
            _debug("   this protocol's cookies are switched off")
        return ok

    def set_ok_version(self, cookie, request):
        # Netscape cookies get version 0 from parse_ns_headers: None means
        # a Set-Cookie2 cookie without its required Version.
        if cookie.version is not None:
            return self._protocol_enabled(cookie)
        _debug("   Set-Cookie2 cookie %s without a version", cookie.name)
        return False

    def set_ok_verifiability(self, cookie, request):
        if not (request.unverifiable and is_third_party(request)):
            return True
        v = cookie.version
        refused = ((v > 0 and self.strict_rfc2965_unverifiable) or
                   (v == 0 and self.strict_ns_unverifiable))
        if refused:
            _debug("   third-party cookie during unverifiable transaction")
        return not refused

    def set_ok_name(self, cookie, request):
        # A version 0 cookie named like an RFC 2965 attribute ($Path...)
        # could confuse servers that speak both protocols.
        dollar = cookie.name.startswith("$") if (
            cookie.version == 0 and self.strict_ns_set_initial_dollar) else False
        if dollar:
            _debug("   illegal name (starts with '$'): '%s'", cookie.name)
        return not dollar

    def set_ok_path(self, cookie, request):
        if cookie.path_specified:
            req_path = request_path(request)
            strict = cookie.version > 0 or (cookie.version == 0 and self.strict_ns_set_path)
            if strict and not self.path_return_ok(cookie.path, request):
                _debug("   path %s is not a prefix of %s", cookie.path, req_path)
                return False
        return True

    def _country_code_domain(self, domain):
        # .co.uk and the like (for strict_domain).
        if domain.count(".") < 2:
            return False
        last = domain.rfind(".")
        before = domain.rfind(".", 0, last)
        return (before == 0 and len(domain[last + 1:]) == 2 and
                domain[before + 1:last].lower() in _COUNTRY_SLDS)

    def _domain_refusal(self, cookie, request):
        """Why cookie's Domain attribute is not acceptable, or None."""
        req_host, erhn = eff_request_host(request)
        domain, version = cookie.domain, cookie.version
        if self.strict_domain and self._country_code_domain(domain):
            return "country-code second level domain"
        inner = domain[1:] if domain.startswith(".") else domain
        if "." not in inner and domain != ".local":
            return "no embedded dot"
        if version == 0 and not erhn.endswith(domain) and not erhn.startswith(".") \
                and not ("." + erhn).endswith(domain):
            return "request host does not end with the domain"
        if (version > 0 or self.strict_ns_domain & self.DomainRFC2965Match) \
                and not domain_match(erhn, domain):
            return "request host does not domain-match"
        if version > 0 or self.strict_ns_domain & self.DomainStrictNoDots:
            if "." in req_host[:-len(domain)] and not IPV4_RE.search(req_host):
                return "host prefix contains a dot"
        return None

    def set_ok_domain(self, cookie, request):
        if self.is_blocked(cookie.domain) or self.is_not_allowed(cookie.domain):
            _debug("   domain %s is blocked or not allowed", cookie.domain)
            return False
        if cookie.domain_specified:
            why = self._domain_refusal(cookie, request)
            if why is not None:
                _debug("   domain %s: %s", cookie.domain, why)
                return False
        return True

    def set_ok_port(self, cookie, request):
        if not cookie.port_specified:
            return True
        here = request_port(request)
        here = "80" if here is None else str(here)
        for p in cookie.port.split(","):
            if not _numeric(p):
                _debug("   bad port %s (not numeric)", p)
                return False
            if p == here:
                return True
        _debug("   request port (%s) not found in %s", here, cookie.port)
        return False

    # -- returning cookies

    def return_ok(self, cookie, request):
        """Whether to send cookie with request."""
        _debug(" - checking cookie %s=%s", cookie.name, cookie.value)
        return all(getattr(self, "return_ok_" + n)(cookie, request)
                   for n in self._RETURN_CHECKS)

    def return_ok_version(self, cookie, request):
        return self._protocol_enabled(cookie)

    def return_ok_verifiability(self, cookie, request):
        return self.set_ok_verifiability(cookie, request)

    def return_ok_secure(self, cookie, request):
        return not cookie.secure or request.type == "https"

    def return_ok_expires(self, cookie, request):
        return not cookie.is_expired(self._now)

    def return_ok_port(self, cookie, request):
        if cookie.port:
            here = request_port(request)
            return ("80" if here is None else here) in cookie.port.split(",")
        return True

    def return_ok_domain(self, cookie, request):
        req_host, erhn = eff_request_host(request)
        domain, version = cookie.domain, cookie.version
        dotted = domain if (not domain or domain.startswith(".")) else "." + domain
        if version == 0:
            if (self.strict_ns_domain & self.DomainStrictNonDomain and
                    not cookie.domain_specified and domain != erhn):
                return False
            return ("." + erhn).endswith(dotted)
        return version <= 0 or domain_match(erhn, domain)

    def domain_return_ok(self, domain, request):
        # A cheap first test, made once per domain in the jar.
        hosts = ["." + h if not h.startswith(".") else h
                 for h in eff_request_host(request)]
        dotted = domain if (not domain or domain.startswith(".")) else "." + domain
        if not any(h.endswith(dotted) for h in hosts):
            return False
        return not (self.is_blocked(domain) or self.is_not_allowed(domain))

    def path_return_ok(self, path, request):
        _debug("- checking cookie path=%s", path)
        req_path = request_path(request)
        if req_path == path:
            return True
        if not req_path.startswith(path):
            return False
        # /foo matches /foo/bar but not /foobar.
        return path.endswith("/") or req_path[len(path):len(path) + 1] == "/"


def vals_sorted_by_key(adict):
    return map(adict.get, sorted(adict.keys()))


def deepvalues(mapping):
    """The leaves of a nested mapping, in key order at each level."""
    for obj in vals_sorted_by_key(mapping):
        if hasattr(obj, "items"):
            yield from deepvalues(obj)
        else:
            yield obj


class Absent:
    pass


class CookieJar:
    """A collection of cookies: domain -> path -> name -> Cookie."""

    magic_re = re.compile(r"^\#LWP-Cookies-(\d+\.\d+)", re.ASCII)
    non_word_re, quote_re = re.compile(r"\W"), re.compile(r"([\"\\])")
    strict_domain_re, domain_re = re.compile(r"\.?[^.]*"), re.compile(r"[^.]*")
    dots_re = re.compile(r"^\.+")

    def __init__(self, policy=None):
        self._policy = DefaultCookiePolicy() if policy is None else policy
        self._cookies = {}
        self._cookies_lock = _threading.RLock()

    def set_policy(self, policy):
        self._policy = policy

    def _cookies_for_domain(self, domain, request):
        if not self._policy.domain_return_ok(domain, request):
            return []
        _debug("Checking %s for cookies to return", domain)
        found = []
        by_path = self._cookies[domain]
        for path in by_path.keys():
            if not self._policy.path_return_ok(path, request):
                continue
            found += [c for c in by_path[path].values()
                      if self._policy.return_ok(c, request)]
        return found

    def _cookies_for_request(self, request):
        return [cookie for domain in list(self._cookies.keys())
                for cookie in self._cookies_for_domain(domain, request)]

    def _cookie_attrs(self, cookies):
        """The pieces of the Cookie header for cookies, longest path
        first; the version of the first cookie decides $Version."""
        cookies.sort(key=lambda c: len(c.path), reverse=True)
        attrs = []
        first = True
        for cookie in cookies:
            version = cookie.version
            if first:
                first = False
                if version > 0:
                    attrs.append("$Version=%s" % version)
            value = cookie.value
            # Netscape values go back as they came; RFC 2965 ones quoted.
            if value is not None and version > 0 and self.non_word_re.search(value):
                value = self.quote_re.sub(r"\\\1", value)
            attrs.append(cookie.name if cookie.value is None
                         else "%s=%s" % (cookie.name, value))
            if version <= 0:
                continue
            if cookie.path_specified:
                attrs.append('$Path="%s"' % cookie.path)
            domain = cookie.domain
            if domain.startswith("."):
                if not cookie.domain_initial_dot:
                    domain = domain[1:]
                attrs.append('$Domain="%s"' % domain)
            if cookie.port is not None:
                if cookie.port_specified:
                    attrs.append('$Port="%s"' % cookie.port)
                else:
                    attrs.append("$Port")
        return attrs

    def add_cookie_header(self, request):
        """Add the Cookie header (and Cookie2 when needed) to request."""
        _debug("add_cookie_header")
        with self._cookies_lock:
            self._policy._now = self._now = int(time.time())
            cookies = self._cookies_for_request(request)
            attrs = self._cookie_attrs(cookies)
            if attrs and not request.has_header("Cookie"):
                request.add_unredirected_header("Cookie", "; ".join(attrs))
            if (self._policy.rfc2965 and not self._policy.hide_cookie2
                    and not request.has_header("Cookie2")):
                if any(c.version != 1 for c in cookies):
                    request.add_unredirected_header("Cookie2", '$Version="1"')
        self.clear_expired_cookies()

    _BOOLEAN_ATTRS = ("discard", "secure")
    _VALUE_ATTRS = ("version", "expires", "max-age", "domain", "path", "port",
                    "comment", "commenturl")

    def _normalize_attrs(self, cookie_attrs):
        """(standard, rest) for one cookie's attribute pairs, or None when
        the cookie must be dropped."""
        standard = {}
        rest = {}
        saw_max_age = False
        for key, val in cookie_attrs[1:]:
            lowered = key.lower()
            if lowered in self._VALUE_ATTRS or lowered in self._BOOLEAN_ATTRS:
                key = lowered
            if key in self._BOOLEAN_ATTRS and val is None:
                val = True
            if key in standard:
                continue    # the first occurrence wins
            if key == "domain":
                if val is None:
                    _debug("   missing value for domain attribute")
                    return None
                val = val.lower()
            if key == "expires":
                if saw_max_age:
                    continue    # Max-Age wins over Expires
                if val is None:
                    _debug("   missing or invalid value for expires "
                           "attribute: treating as session cookie")
                    continue
            if key == "max-age":
                saw_max_age = True
                try:
                    val = int(val)
                except ValueError:
                    _debug("   missing or invalid (non-numeric) value for "
                           "max-age attribute")
                    return None
                key = "expires"
                val = self._now + val
            if key in self._VALUE_ATTRS or key in self._BOOLEAN_ATTRS:
                if val is None and key not in ("port", "comment", "commenturl"):
                    _debug("   missing value for %s attribute" % key)
                    return None
                standard[key] = val
            else:
                rest[key] = val
        return standard, rest

    def _normalized_cookie_tuples(self, attrs_set):
        tuples = []
        for cookie_attrs in attrs_set:
            name, value = cookie_attrs[0]
            parts = self._normalize_attrs(cookie_attrs)
            if parts is not None:
                tuples.append((name, value, parts[0], parts[1]))
        return tuples

    def _default_path(self, request, version):
        # The request path up to its last '/', which Netscape cookies
        # leave out and RFC 2965 ones keep.
        path = request_path(request)
        slash = path.rfind("/")
        if slash != -1:
            path = path[:slash + (0 if version == 0 else 1)]
        return path or "/"

    def _cookie_from_cookie_tuple(self, tup, request):
        name, value, standard, rest = tup
        get = standard.get
        version = get("version", None)
        if version is not None:
            if not _numeric(version):
                return None     # a bad version drops the cookie
            version = int(version)

        path = get("path", Absent)
        path_specified = path is not Absent and path != ""
        path = escape_path(path) if path_specified else self._default_path(request, version)

        domain = get("domain", Absent)
        domain_specified = domain is not Absent
        domain_initial_dot = domain_specified and domain.startswith(".")
        if not domain_specified:
            domain = eff_request_host(request)[1]
        elif not domain_initial_dot:
            domain = "." + domain

        port = get("port", Absent)
        port_specified = port is not Absent and port is not None
        if port is Absent:
            port = None
        elif port is None:
            port = request_port(request)    # a bare Port: this port only
        else:
            port = re.sub(r"\s+", "", port)

        discard = get("discard", False)
        expires = get("expires", Absent)
        if expires is Absent:
            expires, discard = None, True
        elif expires <= self._now:
            # An expiry date in the past asks to delete the cookie.
            if name in self._cookies.get(domain, {}).get(path, {}):
                self.clear(domain, path, name)
            _debug("Expiring cookie %s", name)
            return None
        return Cookie(version, name, value, port, port_specified, domain,
                      domain_specified, domain_initial_dot, path, path_specified,
                      get("secure", False), expires, discard, get("comment", None),
                      get("commenturl", None), rest)

    def _cookies_from_attrs_set(self, attrs_set, request):
        made = (self._cookie_from_cookie_tuple(tup, request)
                for tup in self._normalized_cookie_tuples(attrs_set))
        return [cookie for cookie in made if cookie]

    def _process_rfc2109_cookies(self, cookies):
        as_netscape = getattr(self._policy, 'rfc2109_as_netscape', None)
        if as_netscape is None:
            as_netscape = not self._policy.rfc2965
        for cookie in (c for c in cookies if c.version == 1):
            cookie.rfc2109 = True
            if as_netscape:
                cookie.version = 0

    def _parsed(self, parse, headers, request):
        try:
            return self._cookies_from_attrs_set(parse(headers), request)
        except Exception:
            _warn_unhandled_exception()
            return []

    def make_cookies(self, response, request):
        """The cookies the response sets, before any policy check."""
        info = response.info()
        v1_headers = info.get_all("Set-Cookie2", [])
        ns_headers = info.get_all("Set-Cookie", [])
        self._policy._now = self._now = int(time.time())
        use_v1, use_ns = self._policy.rfc2965, self._policy.netscape
        wanted_ns = bool(ns_headers) and use_ns
        if not (v1_headers or ns_headers) or not (use_v1 or use_ns) or \
                (not ns_headers and not use_v1) or (not v1_headers and not use_ns):
            return []
        cookies = self._parsed(split_header_words, v1_headers, request)
        if wanted_ns:
            ns_cookies = self._parsed(parse_ns_headers, ns_headers, request)
            self._process_rfc2109_cookies(ns_cookies)
            if use_v1:
                # An RFC 2965 cookie wins over the Netscape cookie with the
                # same domain, path and name (RFC 2965 9.1).
                taken = {(c.domain, c.path, c.name) for c in cookies}
                ns_cookies = [c for c in ns_cookies
                              if (c.domain, c.path, c.name) not in taken]
            cookies.extend(ns_cookies)
        return cookies

    def set_cookie_if_ok(self, cookie, request):
        """Store cookie if the policy accepts it for request."""
        with self._cookies_lock:
            self._policy._now = self._now = int(time.time())
            if self._policy.set_ok(cookie, request):
                self.set_cookie(cookie)

    def set_cookie(self, cookie):
        """Store cookie, without asking the policy."""
        with self._cookies_lock:
            by_path = self._cookies.setdefault(cookie.domain, {})
            by_path.setdefault(cookie.path, {})[cookie.name] = cookie

    def extract_cookies(self, response, request):
        """Store the cookies of response that the policy accepts."""
        _debug("extract_cookies: %s", response.info())
        with self._cookies_lock:
            accepted = [c for c in self.make_cookies(response, request)
                        if self._policy.set_ok(c, request)]
            for cookie in accepted:
                self.set_cookie(cookie)

    def clear(self, domain=None, path=None, name=None):
        """Remove one cookie, a path's, a domain's, or all of them."""
        if name is None and path is None and domain is None:
            self._cookies = {}
            return
        if name is not None and (domain is None or path is None):
            raise ValueError("domain and path must be given to remove a cookie by name")
        if path is not None and domain is None:
            raise ValueError("domain must be given to remove cookies by path")
        if name is not None:
            del self._cookies[domain][path][name]
        elif path is not None:
            del self._cookies[domain][path]
        else:
            del self._cookies[domain]

    def _clear_where(self, doomed):
        with self._cookies_lock:
            for cookie in list(self):
                if doomed(cookie):
                    self.clear(cookie.domain, cookie.path, cookie.name)

    def clear_session_cookies(self):
        """Remove the cookies marked discard (session cookies)."""
        self._clear_where(lambda c: c.discard)

    def clear_expired_cookies(self):
        """Remove the cookies whose time has passed."""
        now = time.time()
        self._clear_where(lambda c: c.is_expired(now))

    def __iter__(self):
        return deepvalues(self._cookies)

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "<%s[%s]>" % (self.__class__.__name__,
                             ", ".join(repr(c) for c in self))

    def __str__(self):
        return "<%s[%s]>" % (self.__class__.__name__,
                             ", ".join(str(c) for c in self))


class LoadError(OSError):
    pass


def _string_like(value):
    try:
        value + ""
    except BaseException:
        return False
    return True


class FileCookieJar(CookieJar):
    """A CookieJar with a file to load from and save to."""

    def __init__(self, filename=None, delayload=False, policy=None):
        CookieJar.__init__(self, policy)
        if filename is not None and not _string_like(filename):
            raise ValueError("filename must be string-like")
        self.filename, self.delayload = filename, bool(delayload)

    def _file_name(self, filename):
        if filename is not None:
            return filename
        if self.filename is not None:
            return self.filename
        raise ValueError(MISSING_FILENAME_TEXT)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Write the cookies to filename (default self.filename)."""
        raise NotImplementedError()

    def load(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Add the cookies of filename (default self.filename)."""
        filename = self._file_name(filename)
        with open(filename) as f:
            self._really_load(f, filename, ignore_discard, ignore_expires)

    def revert(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Replace the cookies with those of the file; keep them when the
        file cannot be read."""
        filename = self._file_name(filename)
        with self._cookies_lock:
            saved, self._cookies = copy.deepcopy(self._cookies), {}
            try:
                self.load(filename, ignore_discard, ignore_expires)
            except OSError:
                self._cookies = saved   # the old cookies stay
                raise

    def _load_lines(self, f, filename, what, ignore_discard, ignore_expires):
        """Add the cookies of f's remaining lines (_cookies_of_line gives
        them); a line that cannot be read raises LoadError."""
        now = time.time()
        shown = [""]
        try:
            for line in iter(f.readline, ""):
                shown[0] = line
                for cookie in self._cookies_of_line(line, shown):
                    if _keep(cookie, now, ignore_discard, ignore_expires):
                        self.set_cookie(cookie)
        except Exception as exc:
            if isinstance(exc, OSError):
                raise
            raise _load_failed(what, filename, shown[0])


def _load_failed(what, filename, line):
    _warn_unhandled_exception()
    return LoadError("invalid %s %r: %r" % (what, filename, line))


def _keep(cookie, now, ignore_discard, ignore_expires):
    if not ignore_discard and cookie.discard:
        return False
    return ignore_expires or not cookie.is_expired(now)


def lwp_cookie_str(cookie):
    """cookie as the value of a Set-Cookie3 line of libwww-perl."""
    pairs = [(cookie.name, cookie.value),
             ("path", cookie.path),
             ("domain", cookie.domain)]
    if cookie.port is not None:
        pairs.append(("port", cookie.port))
    for flag, attr in (("path_spec", "path_specified"),
                       ("port_spec", "port_specified"),
                       ("domain_dot", "domain_initial_dot"),
                       ("secure", "secure")):
        if getattr(cookie, attr):
            pairs.append((flag, None))
    if cookie.expires:
        pairs.append(("expires", time2isoz(float(cookie.expires))))
    if cookie.discard:
        pairs.append(("discard", None))
    if cookie.comment:
        pairs.append(("comment", cookie.comment))
    if cookie.comment_url:
        pairs.append(("commenturl", cookie.comment_url))
    for key in sorted(cookie._rest.keys()):
        pairs.append((key, str(cookie._rest[key])))
    pairs.append(("version", str(cookie.version)))
    return join_header_words([pairs])


class LWPCookieJar(FileCookieJar):
    """Cookies in libwww-perl's Set-Cookie3 file format."""

    def as_lwp_str(self, ignore_discard=True, ignore_expires=True):
        """The Set-Cookie3 lines of the cookies (each ending in \\n)."""
        now = time.time()
        lines = ["Set-Cookie3: %s" % lwp_cookie_str(c) for c in self
                 if _keep(c, now, ignore_discard, ignore_expires)]
        return "\n".join(lines + [""])

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._file_name(filename)
        with open(filename, "w") as f:
            # Version 2.0 marks the extra fields (domain_dot, port_spec)
            # this format has beyond libwww-perl's.
            f.write("#LWP-Cookies-2.0\n")
            f.write(self.as_lwp_str(ignore_discard, ignore_expires))

    _FLAGS = ("port_spec", "path_spec", "domain_dot", "secure", "discard")
    _VALUES = ("version", "port", "path", "domain", "expires", "comment",
               "commenturl")

    def _cookie_from_words(self, words):
        name, value = words[0]
        standard = dict.fromkeys(self._FLAGS, False)
        rest = {}
        for key, val in words[1:]:
            lowered = key.lower() if key is not None else None
            if lowered in self._VALUES or lowered in self._FLAGS:
                key = lowered
            if key in self._FLAGS:
                standard[key] = True if val is None else val
            elif key in self._VALUES:
                standard[key] = val
            else:
                rest[key] = val
        get = standard.get
        expires = get("expires")
        expires = iso2time(expires) if expires is not None else None
        discard = True if expires is None else get("discard")
        domain = get("domain")
        return Cookie(get("version"), name, value,
                      get("port"), get("port_spec"),
                      domain, domain.startswith("."), get("domain_dot"),
                      get("path"), get("path_spec"),
                      get("secure"), expires, discard,
                      get("comment"), get("commenturl"), rest)

    def _cookies_of_line(self, line, shown):
        prefix = "Set-Cookie3:"
        if not line.startswith(prefix):
            return []
        line = shown[0] = line[len(prefix):].strip()
        return [self._cookie_from_words(w) for w in split_header_words([line])]

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        if not self.magic_re.search(f.readline()):
            raise LoadError("%r does not look like a Set-Cookie3 (LWP) "
                            "format file" % filename)
        self._load_lines(f, filename, "Set-Cookie3 format file",
                         ignore_discard, ignore_expires)


class MozillaCookieJar(FileCookieJar):
    """Cookies in the cookies.txt format of Netscape and Mozilla
    (one tab-separated line per cookie).  RFC 2965 details do not survive
    a save; cookies without a value are saved with an empty name."""

    magic_re = re.compile("#( Netscape)? HTTP Cookie File")
    header = ("# Netscape HTTP Cookie File\n"
              "# http://curl.haxx.se/rfc/cookie_spec.html\n"
              "# This is a generated file!  Do not edit.\n"
              "\n")

    def _cookies_of_line(self, line, shown):
        # The last field may be empty: only the newline is removed.
        if line.endswith("\n"):
            line = shown[0] = line[:-1]
        bare = line.strip()
        if bare == "" or bare[0] in "#$":
            return []
        domain, dom_flag, path, secure, expires, name, value = line.split("\t")
        if name == "":
            # A nameless line holds a cookie without a value.
            name, value = value, None
        initial_dot = domain.startswith(".")
        assert (dom_flag == "TRUE") == initial_dot
        session = expires == ""
        return [Cookie(0, name, value, None, False, domain, dom_flag == "TRUE",
                       initial_dot, path, False, secure == "TRUE",
                       None if session else expires, session, None, None, {})]

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        if not self.magic_re.search(f.readline()):
            raise LoadError("%r does not look like a Netscape format cookies "
                            "file" % filename)
        self._load_lines(f, filename, "Netscape format cookies file",
                         ignore_discard, ignore_expires)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._file_name(filename)
        now = time.time()
        with open(filename, "w") as f:
            f.write(self.header)
            for cookie in self:
                if not _keep(cookie, now, ignore_discard, ignore_expires):
                    continue
                if cookie.value is None:
                    name, value = "", cookie.name
                else:
                    name, value = cookie.name, cookie.value
                fields = [cookie.domain,
                          "TRUE" if cookie.domain.startswith(".") else "FALSE",
                          cookie.path,
                          "TRUE" if cookie.secure else "FALSE",
                          "" if cookie.expires is None else str(cookie.expires),
                          name, value]
                f.write("\t".join(fields) + "\n")
