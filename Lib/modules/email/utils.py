"""Address and date helpers for mail headers (CPython 3.6's email.utils)."""

import calendar
import datetime
import os
import random
import re
import socket
import time

from email._addrlist import address_list as _address_list
from email._addrlist import parse_date as _parse_date

__all__ = ["decode_rfc2231", "encode_rfc2231", "formataddr", "formatdate", "format_datetime",
           "getaddresses", "make_msgid", "mktime_tz", "parseaddr",
           "parsedate", "parsedate_tz", "parsedate_to_datetime", "unquote"]

_NEEDS_QUOTES = re.compile(r'[][\\()<>@,:;".]')
_DAY_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
               "Sep", "Oct", "Nov", "Dec"]


# -- quoting -----------------------------------------------------------

def quote(str):
    """str with backslashes and double quotes escaped."""
    return str.replace("\\", "\\\\").replace('"', '\\"')


def unquote(str):
    """str without one pair of surrounding "..." (unescaped) or <...>."""
    if len(str) < 2:
        return str
    if str[0] == '"' and str[-1] == '"':
        return str[1:-1].replace("\\\\", "\\").replace('\\"', '"')
    if str[0] == "<" and str[-1] == ">":
        return str[1:-1]
    return str


# -- addresses ---------------------------------------------------------

def parseaddr(addr):
    """The first (realname, address) of addr; ('', '') when there is none."""
    found = _address_list(addr)
    return found[0] if found else ("", "")


def getaddresses(fieldvalues):
    """Every (realname, address) in the given header values."""
    return _address_list(", ".join(fieldvalues))


def formataddr(pair, charset="utf-8"):
    """'name <address>' for pair, quoting or encoding the name as needed
    (charset: a name or a Charset-like object with header_encode)."""
    name, address = pair
    address.encode("ascii")
    if not name:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        if isinstance(charset, str):
            from email.charset import Charset
            charset = Charset(charset)
        return "%s <%s>" % (charset.header_encode(name), address)
    escaped = quote(name)
    if _NEEDS_QUOTES.search(name):
        return '"%s" <%s>' % (escaped, address)
    return "%s <%s>" % (escaped, address)


def _local_fqdn():
    # socket.getfqdn() where the socket module has it; the host name
    # otherwise (no reverse lookup is available then).
    lookup = getattr(socket, "getfqdn", None)
    return lookup() if lookup is not None else socket.gethostname()


def make_msgid(idstring=None, domain=None):
    """A fresh Message-ID: <time.pid.random[.idstring]@domain>."""
    stamp = int(time.time() * 100)
    tag = "" if idstring is None else "." + idstring
    if domain is None:
        domain = _local_fqdn()
    return "<%d.%d.%d%s@%s>" % (stamp, os.getpid(), random.getrandbits(64),
                                tag, domain)


# -- dates -------------------------------------------------------------

def parsedate_tz(data):
    """A 10-tuple (9 time fields, offset in seconds) or None."""
    fields = _parse_date(data)
    if not fields:
        return None
    if fields[9] is None:
        fields[9] = 0
    return tuple(fields)


def parsedate(data):
    """parsedate_tz without the offset."""
    fields = parsedate_tz(data)
    if isinstance(fields, tuple):
        return fields[:9]
    return fields


def parsedate_to_datetime(data):
    """A datetime for a date header: naive when its zone is -0000."""
    fields = _parse_date(data)
    if fields is None:
        raise TypeError("'NoneType' object is not iterable")
    offset = fields[9]
    if offset is None:
        return datetime.datetime(*fields[:6])
    zone = datetime.timezone(datetime.timedelta(seconds=offset))
    return datetime.datetime(*fields[:6], tzinfo=zone)


def mktime_tz(data):
    """Seconds since the epoch for a parsedate_tz tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def _zone_label(dt, usegmt):
    # GMT (UTC only), -0000 for a naive dt, else the +hhmm offset.
    if not usegmt:
        return "-0000" if dt.tzinfo is None else dt.strftime("%z")
    if dt.tzinfo is not None and dt.tzinfo == datetime.timezone.utc:
        return "GMT"
    raise ValueError("usegmt option requires a UTC datetime")


def format_datetime(dt, usegmt=False):
    """dt as an RFC 5322 date; usegmt needs an aware UTC dt."""
    zone = _zone_label(dt, usegmt)
    t = dt.timetuple()
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        _DAY_ABBR[t[6]], t[2], _MONTH_ABBR[t[1] - 1], t[0],
        t[3], t[4], t[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 5322 date for timeval (now by default)."""
    when = time.time() if timeval is None else timeval
    if localtime:
        utc = datetime.datetime.fromtimestamp(when, datetime.timezone.utc)
        return format_datetime(utc.astimezone())
    if usegmt:
        return format_datetime(
            datetime.datetime.fromtimestamp(when, datetime.timezone.utc), True)
    return format_datetime(datetime.datetime.utcfromtimestamp(when))


# -- RFC 2231 parameters -----------------------------------------------

def decode_rfc2231(s):
    """[charset, language, text] of "charset'lang'text", else
    (None, None, s)."""
    parts = s.split("'", 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """s percent-encoded as charset'language'text (s itself without a
    charset)."""
    import urllib.parse
    s = urllib.parse.quote(s, safe="", encoding=charset or "ascii")
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or "", s)


def _has_surrogates(s):
    """Whether s holds lone surrogates (undecodable input bytes)."""
    try:
        s.encode()
    except UnicodeEncodeError:
        return True
    return False


def _sanitize(string):
    # Undecodable bytes shown as U+FFFD (read as utf-8 where they can be).
    original = string.encode("utf-8", "surrogateescape")
    return original.decode("utf-8", "replace")


_CONTINUATION = re.compile(r"^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$", re.ASCII)


def decode_params(params):
    """Parameters (name, value) with RFC 2231 continuations joined and
    extended values made (charset, language, value) triples; the first
    pair (the header's main value) is kept as it is."""
    import urllib.parse
    out = [params[0]]
    pieces = {}
    for name, value in params[1:]:
        extended = name.endswith("*")
        value = unquote(value)
        m = _CONTINUATION.match(name)
        if m is None:
            out.append((name, '"%s"' % quote(value)))
            continue
        num = m.group("num")
        pieces.setdefault(m.group("name"), []).append(
            (None if num is None else int(num), value, extended))
    for name, parts in pieces.items():
        parts.sort(key=lambda p: -1 if p[0] is None else p[0])
        texts, extended = [], False
        for _, text, coded in parts:
            if coded:
                text = urllib.parse.unquote(text, encoding="latin-1")
                extended = True
            texts.append(text)
        value = quote("".join(texts))
        if extended:
            charset, language, value = decode_rfc2231(value)
            out.append((name, (charset, language, '"%s"' % value)))
        else:
            out.append((name, '"%s"' % value))
    return out


def collapse_rfc2231_value(value, errors="replace",
                           fallback_charset="us-ascii"):
    """A parameter value as text: a (charset, language, text) triple is
    decoded with its charset."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, _, text = value
    raw = bytes(text, "raw-unicode-escape")
    try:
        return str(raw, charset or fallback_charset, errors)
    except LookupError:
        return unquote(text)


def localtime(dt=None, isdst=-1):
    """dt (now by default) as an aware datetime in the local zone; a
    naive dt is taken as local time."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    stamp = time.mktime(dt.timetuple()[:-1] + (isdst,))
    local = time.localtime(stamp)
    zone = datetime.timezone(datetime.timedelta(seconds=local.tm_gmtoff),
                             local.tm_zone)
    return dt.replace(tzinfo=zone)
