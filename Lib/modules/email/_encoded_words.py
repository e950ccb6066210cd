"""RFC 2047 encoded words: =?charset*lang?cte?text?= made and read, with
the defects found while decoding."""

import base64
import binascii
import functools
import re

from email import errors

__all__ = ["decode_q", "encode_q", "decode_b", "encode_b", "len_q",
           "len_b", "decode", "encode"]

_Q_ESCAPE = re.compile(br"=([a-fA-F0-9]{2})")


def decode_q(encoded):
    """(bytes, defects) of Q text given as bytes."""
    encoded = encoded.replace(b"_", b" ")
    return _Q_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), encoded), []


# The bytes Q text keeps as they are; a space becomes '_'.
_Q_PLAIN = frozenset(b"-!*+/" + b"abcdefghijklmnopqrstuvwxyz"
                     b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@functools.lru_cache(maxsize=None)
def _q_byte(b):
    if b in _Q_PLAIN:
        return chr(b)
    if b == 32:
        return "_"
    return "={:02X}".format(b)


def encode_q(bstring):
    return "".join(_q_byte(b) for b in bstring)


def len_q(bstring):
    return sum(len(_q_byte(b)) for b in bstring)


def decode_b(encoded):
    """(bytes, defects) of base64 text given as bytes; bad padding, stray
    characters and an impossible length are defects, not errors (text of
    an impossible length comes back undecoded)."""
    short = len(encoded) % 4
    attempts = (
        (encoded + (b"==="[:4 - short] if short else b""), True,
         [errors.InvalidBase64PaddingDefect] if short else []),
        (encoded, False, [errors.InvalidBase64CharactersDefect]),
        (encoded + b"==", False, [errors.InvalidBase64CharactersDefect,
                                  errors.InvalidBase64PaddingDefect]),
    )
    for text, strict, found in attempts:
        try:
            data = base64.b64decode(text, validate=strict)
        except binascii.Error:
            continue
        return data, [defect() for defect in found]
    return encoded, [errors.InvalidBase64LengthDefect()]


def encode_b(bstring):
    return base64.b64encode(bstring).decode("ascii")


def len_b(bstring):
    whole, rest = divmod(len(bstring), 3)
    return whole * 4 + (4 if rest else 0)


_DECODERS = {"q": decode_q, "b": decode_b}
_ENCODERS = {"q": encode_q, "b": encode_b}
_LENGTHS = {"q": len_q, "b": len_b}


def decode(ew):
    """(text, charset, lang, defects) of one encoded word. Bytes the
    charset cannot decode are kept as surrogate escapes (a defect); an
    unknown charset gives the same with an extra defect."""
    _, charset, cte, cte_string, _ = ew.split("?")
    charset, _, lang = charset.partition("*")
    cte = cte.lower()
    data, defects = _DECODERS[cte](cte_string.encode("ascii", "surrogateescape"))
    try:
        text = data.decode(charset)
    except UnicodeError:
        defects.append(errors.UndecodableBytesDefect(
            "Encoded word contains bytes not decodable using {} "
            "charset".format(charset)))
        text = data.decode(charset, "surrogateescape")
    except LookupError:
        text = data.decode("ascii", "surrogateescape")
        if charset.lower() != "unknown-8bit":
            defects.append(errors.CharsetError(
                "Unknown charset {} in encoded word; decoded as "
                "unknown bytes".format(charset)))
    return text, charset, lang, defects


def encode(string, charset="utf-8", encoding=None, lang=""):
    """string as one encoded word; encoding 'q' or 'b', by default q
    unless b is shorter by five characters or more."""
    if charset == "unknown-8bit":
        data = string.encode("ascii", "surrogateescape")
    else:
        data = string.encode(charset)
    if encoding is None:
        qlen, blen = len_q(data), len_b(data)
        encoding = "q" if qlen - blen < 5 else "b"
    text = _ENCODERS[encoding](data)
    if lang:
        lang = "*" + lang
    return "=?{}{}?{}?{}?=".format(charset, lang, encoding, text)
