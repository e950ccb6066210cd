"""Base64 for MIME: the 'B' encoded-word form of RFC 2047 for headers and
line-wrapped base64 for bodies."""

import binascii

__all__ = ["body_decode", "body_encode", "decode", "decodestring",
           "header_encode", "header_length"]


def header_length(bytearray):
    """How many characters base64 makes of the given bytes."""
    whole, extra = divmod(len(bytearray), 3)
    return whole * 4 + (4 if extra else 0)


def header_encode(header_bytes, charset="iso-8859-1"):
    """One encoded word =?charset?b?...?= holding header_bytes (a str is
    first encoded with charset)."""
    if not header_bytes:
        return ""
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    text = binascii.b2a_base64(header_bytes).decode("ascii").rstrip("\n")
    return "=?%s?b?%s?=" % (charset, text)


def body_encode(s, maxlinelen=76, eol="\n"):
    """Base64 lines of at most maxlinelen characters, each ended by eol."""
    if not s:
        return s
    step = maxlinelen * 3 // 4
    pieces = []
    for at in range(0, len(s), step):
        line = binascii.b2a_base64(s[at:at + step]).decode("ascii")
        if eol != "\n" and line.endswith("\n"):
            line = line[:-1] + eol
        pieces.append(line)
    return "".join(pieces)


def decode(string):
    """The bytes base64 text (str or bytes) stands for."""
    if not string:
        return bytes()
    if isinstance(string, str):
        string = string.encode("raw-unicode-escape")
    return binascii.a2b_base64(string)


body_decode = decode
decodestring = decode
