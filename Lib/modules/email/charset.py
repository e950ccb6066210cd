"""Character sets as email uses them: which transfer encoding a charset's
headers and bodies get, which name goes on the wire and which Python
codec reads it."""

from email import errors
from email.encoders import encode_7or8bit

__all__ = ["Charset", "add_alias", "add_charset", "add_codec"]

QP = 1
BASE64 = 2
SHORTEST = 3

RFC2047_CHROME_LEN = 7
DEFAULT_CHARSET = "us-ascii"
UNKNOWN8BIT = "unknown-8bit"
EMPTYSTRING = ""

# charset -> (header encoding, body encoding, output charset)
CHARSETS = {"us-ascii": (None, None, None),
            "big5": (BASE64, BASE64, None),
            "gb2312": (BASE64, BASE64, None),
            "euc-jp": (BASE64, None, "iso-2022-jp"),
            "shift_jis": (BASE64, None, "iso-2022-jp"),
            "iso-2022-jp": (BASE64, None, None),
            "koi8-r": (BASE64, BASE64, None),
            "utf-8": (SHORTEST, BASE64, "utf-8")}
for _n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16):
    CHARSETS["iso-8859-%d" % _n] = (QP, QP, None)
CHARSETS["windows-1252"] = (QP, QP, None)
CHARSETS["viscii"] = (QP, QP, None)

ALIASES = {"cp949": "ks_c_5601-1987", "euc_jp": "euc-jp",
           "euc_kr": "euc-kr", "ascii": "us-ascii"}
for _latin, _iso in ((1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (6, 10),
                     (7, 13), (8, 14), (9, 15), (10, 16)):
    ALIASES["latin_%d" % _latin] = "iso-8859-%d" % _iso
    ALIASES["latin-%d" % _latin] = "iso-8859-%d" % _iso
del _n, _latin, _iso

CODEC_MAP = {"gb2312": "eucgb2312_cn", "big5": "big5_tw", "us-ascii": None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register how a charset is encoded in headers and bodies."""
    if body_enc == SHORTEST:
        raise ValueError("SHORTEST not allowed for body_enc")
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    """Make alias another name for the charset canonical."""
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    """Name the Python codec that reads charset."""
    CODEC_MAP[charset] = codecname


def _encode(string, codec):
    if codec == UNKNOWN8BIT:
        return string.encode("ascii", "surrogateescape")
    return string.encode(codec)


class Charset:
    """A charset's email properties: input_charset (its canonical name),
    header_encoding and body_encoding (QP, BASE64, SHORTEST or None),
    output_charset and the input and output codecs."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode("ascii")
            else:
                input_charset = str(input_charset, "ascii")
        except UnicodeError:
            raise errors.CharsetError(input_charset)
        name = input_charset.lower()
        self.input_charset = name = ALIASES.get(name, name)
        henc, benc, conv = CHARSETS.get(name, (SHORTEST, BASE64, None))
        conv = conv or name
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(name, name)
        out = self.output_charset
        self.output_codec = CODEC_MAP.get(out, out)

    def __repr__(self):
        return self.input_charset

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(str(self))

    def get_body_encoding(self):
        """The Content-Transfer-Encoding for bodies: 'quoted-printable',
        'base64' or the encode_7or8bit function."""
        assert self.body_encoding != SHORTEST
        if self.body_encoding == QP:
            return "quoted-printable"
        if self.body_encoding == BASE64:
            return "base64"
        return encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _header_module(self, header_bytes):
        # base64mime, quoprimime or None for the header encoding.
        from email import base64mime, quoprimime
        if self.header_encoding == BASE64:
            return base64mime
        if self.header_encoding == QP:
            return quoprimime
        if self.header_encoding == SHORTEST:
            if base64mime.header_length(header_bytes) < \
                    quoprimime.header_length(header_bytes):
                return base64mime
            return quoprimime
        return None

    def header_encode(self, string):
        """string as one encoded word (or unchanged for charsets sent as
        they are)."""
        codec = self.output_codec or "us-ascii"
        data = _encode(string, codec)
        module = self._header_module(data)
        if module is None:
            return string
        return module.header_encode(data, codec)

    def header_encode_lines(self, string, maxlengths):
        """string as encoded words, the n-th no longer than the n-th
        length maxlengths yields; whole characters stay together."""
        codec = self.output_codec or "us-ascii"
        module = self._header_module(_encode(string, codec))
        if module is None:
            return [string]
        codec_len = len(codec) + RFC2047_CHROME_LEN
        words = []
        limit = next(maxlengths) - codec_len
        current = []
        for ch in string:
            current.append(ch)
            if module.header_length(_encode("".join(current), codec)) <= limit:
                continue
            current.pop()
            if words or current:
                words.append(module.header_encode(
                    _encode("".join(current), codec), codec))
            else:
                words.append(None)
            current = [ch]
            limit = next(maxlengths) - codec_len
        words.append(module.header_encode(_encode("".join(current), codec), codec))
        return words

    def body_encode(self, string):
        """A body in this charset's body encoding."""
        if not string:
            return string
        if self.body_encoding == BASE64:
            from email import base64mime
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return base64mime.body_encode(string)
        if self.body_encoding == QP:
            from email import quoprimime
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return quoprimime.body_encode(string.decode("latin1"))
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode("ascii")
        return string
