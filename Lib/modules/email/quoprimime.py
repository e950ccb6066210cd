"""Quoted-printable for MIME: the 'Q' encoded-word form of RFC 2047 for
headers and the body form of RFC 2045, over text whose characters stand
for bytes (latin-1)."""

import re

__all__ = ["body_decode", "body_encode", "body_length", "decode",
           "decodestring", "header_decode", "header_encode",
           "header_length", "quote", "unquote"]

_HEX = "0123456789abcdefABCDEF"

# What each byte becomes: itself when safe, else =XX.
_HEADER_SAFE = frozenset(b"-!*+/" + bytes(range(48, 58)) +
                         bytes(range(65, 91)) + bytes(range(97, 123)))
_BODY_SAFE = frozenset(set(range(32, 127)) - {61} | {9})

_HEADER_MAP = ["=%02X" % n for n in range(256)]
_BODY_MAP = list(_HEADER_MAP)
for _n in _HEADER_SAFE:
    _HEADER_MAP[_n] = chr(_n)
_HEADER_MAP[32] = "_"
for _n in _BODY_SAFE:
    _BODY_MAP[_n] = chr(_n)
del _n

_BODY_TABLE = {n: _BODY_MAP[n] for n in range(256)}
_BODY_TABLE[10] = "\n"
_BODY_TABLE[13] = "\r"


def header_check(octet):
    """Whether the byte must be quoted in a header."""
    return chr(octet) != _HEADER_MAP[octet]


def body_check(octet):
    """Whether the byte must be quoted in a body."""
    return chr(octet) != _BODY_MAP[octet]


def header_length(bytearray):
    """How long the header form of the bytes is."""
    return sum(len(_HEADER_MAP[b]) for b in bytearray)


def body_length(bytearray):
    """How long the body form of the bytes is."""
    return sum(len(_BODY_MAP[b]) for b in bytearray)


def quote(c):
    return "=%02X" % ord(c)


def unquote(s):
    return chr(int(s[1:3], 16))


def header_encode(header_bytes, charset="iso-8859-1"):
    """One encoded word =?charset?q?...?= for the bytes."""
    if not header_bytes:
        return ""
    text = "".join(_HEADER_MAP[b] for b in header_bytes)
    return "=?%s?q?%s?=" % (charset, text)


def _wrap_line(line, maxlinelen, soft_break, out):
    # Cut one coded line into pieces of at most maxlinelen characters
    # ending in '=' (never inside an =XX escape); trailing white space is
    # quoted.
    room = maxlinelen - 1
    at = 0
    last = len(line) - 1 - maxlinelen
    while at <= last:
        end = at + room
        if line[end - 2] == "=":
            out.append(line[at:end - 1])
            at = end - 2
        elif line[end - 1] == "=":
            out.append(line[at:end])
            at = end - 1
        else:
            out.append(line[at:end] + "=")
            at = end
    if line and line[-1] in " \t":
        spare = at - last
        if spare >= 3:
            tail = quote(line[-1])
        elif spare == 2:
            tail = line[-1] + soft_break
        else:
            tail = soft_break + quote(line[-1])
        out.append(line[at:-1] + tail)
    else:
        out.append(line[at:])


def body_encode(body, maxlinelen=76, eol="\n"):
    """Quoted-printable text of body, lines at most maxlinelen long and
    ended by eol."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    body = body.translate(_BODY_TABLE)
    out = []
    for line in body.splitlines():
        _wrap_line(line, maxlinelen, "=" + eol, out)
    if body[-1] in "\r\n":
        out.append("")
    return eol.join(out)


def decode(encoded, eol="\n"):
    """The text quoted-printable input stands for, lines ended by eol."""
    if not encoded:
        return encoded
    out = []
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            out.append(eol)
            continue
        i, n = 0, len(line)
        while i < n:
            ch = line[i]
            if ch != "=":
                out.append(ch)
                i += 1
            elif i + 1 == n:
                # a soft line break
                i += 1
                continue
            elif i + 2 < n and line[i + 1] in _HEX and line[i + 2] in _HEX:
                out.append(unquote(line[i:i + 3]))
                i += 3
            else:
                out.append(ch)
                i += 1
            if i == n:
                out.append(eol)
    text = "".join(out)
    if encoded[-1] not in "\r\n" and text.endswith(eol):
        text = text[:-1]
    return text


body_decode = decode
decodestring = decode

_ESCAPE = re.compile(r"=[a-fA-F0-9]{2}", re.ASCII)


def header_decode(s):
    """The text of a 'Q' encoded word's payload."""
    return _ESCAPE.sub(lambda m: unquote(m.group(0)), s.replace("_", " "))
