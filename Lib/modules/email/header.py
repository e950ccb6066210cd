"""Headers holding non-ASCII text: RFC 2047 encoded words, made
(Header, make_header) and read (decode_header)."""

import binascii
import re

from email import base64mime, quoprimime
from email import charset as _charset
from email.errors import HeaderParseError

__all__ = ["Header", "decode_header", "make_header"]

Charset = _charset.Charset

MAXLINELEN = 78
NL = "\n"
SPACE = " "
BSPACE = b" "
SPACE8 = " " * 8
EMPTYSTRING = ""
FWS = " \t"

USASCII = Charset("us-ascii")
UTF8 = Charset("utf-8")

# An encoded word: =?charset?encoding?text?=
ecre = re.compile(r"=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?"
                  r"(?P<encoded>.*?)\?=", re.MULTILINE)
fcre = re.compile(r"[\041-\176]+:$")
_embedded_header = re.compile(r"\n[^ \t]+:")


def _split_words(header):
    # (text, encoding, charset) for each plain run and encoded word of
    # every line; white space alone between two encoded words is dropped.
    words = []
    for line in header.splitlines():
        parts = ecre.split(line)
        plain = parts[0].lstrip()
        if plain:
            words.append((plain, None, None))
        for at in range(1, len(parts), 4):
            charset, encoding, text = parts[at:at + 3]
            words.append((text, encoding.lower(), charset.lower()))
            plain = parts[at + 3]
            if plain:
                words.append((plain, None, None))
    kept = []
    for n, word in enumerate(words):
        if 0 < n < len(words) - 1 and word[1] is None and word[0].isspace() \
                and words[n - 1][1] and words[n + 1][1]:
            continue
        kept.append(word)
    return kept


def _decode_word(text, encoding):
    if encoding is None:
        return text
    if encoding == "q":
        return quoprimime.header_decode(text)
    if encoding == "b":
        missing = len(text) % 4
        if missing:
            text += "==="[:4 - missing]
        try:
            return base64mime.decode(text)
        except binascii.Error:
            raise HeaderParseError("Base64 decoding error")
    raise AssertionError("Unexpected encoding: " + encoding)


def decode_header(header):
    """[(bytes or str, charset)] for a header value: a value with no
    encoded words comes back whole as (str, None); otherwise runs of words
    of one charset are joined as bytes."""
    if hasattr(header, "_chunks"):
        return [(_charset._encode(text, str(cs)), str(cs))
                for text, cs in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    runs = []
    for text, encoding, charset in _split_words(header):
        data = _decode_word(text, encoding)
        if isinstance(data, str):
            data = bytes(data, "raw-unicode-escape")
        if runs and runs[-1][1] == charset:
            glue = BSPACE if charset is None else b""
            runs[-1][0] += glue + data
        else:
            runs.append([data, charset])
    return [tuple(run) for run in runs]


def make_header(decoded_seq, maxlinelen=None, header_name=None,
                continuation_ws=" "):
    """A Header from decode_header's pairs."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for text, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(text, charset)
    return h


def _as_charset(charset, default):
    # A Charset for a name or Charset; default for None.
    if charset is None:
        return default
    return charset if isinstance(charset, Charset) else Charset(charset)


def _is_break(ch):
    # Characters after or before which no space is needed between
    # encoded and plain text.
    return ch.isspace() or ch in ("(", ")", "\\")


class Header:
    """A header value made of chunks of text, each in its own charset,
    encoded into RFC 2047 words and folded by encode()."""

    def __init__(self, s=None, charset=None, maxlinelen=None,
                 header_name=None, continuation_ws=" ", errors="strict"):
        self._charset = _as_charset(charset, USASCII)
        self._chunks = []
        self._continuation_ws = continuation_ws
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2
        if s is not None:
            self.append(s, self._charset, errors)

    def __str__(self):
        """The text of the chunks, a space between encoded and plain
        chunks where neither brings white space."""
        self._normalize()
        out = []
        last_cs = None
        last_break = None
        for text, cs in self._chunks:
            this_cs = cs
            if this_cs == _charset.UNKNOWN8BIT:
                text = text.encode("ascii", "surrogateescape").decode(
                    "ascii", "replace")
            if out:
                starts_break = text and _is_break(text[0])
                if last_cs not in (None, "us-ascii"):
                    if this_cs in (None, "us-ascii") and not starts_break:
                        out.append(SPACE)
                        this_cs = None
                elif this_cs not in (None, "us-ascii") and not last_break:
                    out.append(SPACE)
            last_break = text and _is_break(text[-1])
            last_cs = this_cs
            out.append(text)
        return EMPTYSTRING.join(out)

    def __eq__(self, other):
        return other == str(self)

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = None

    def append(self, s, charset=None, errors="strict"):
        """Add text (bytes are decoded with charset's input codec). Text
        that us-ascii cannot hold is kept as utf-8."""
        charset = _as_charset(charset, self._charset)
        if not isinstance(s, str):
            codec = charset.input_codec or "us-ascii"
            if codec == _charset.UNKNOWN8BIT:
                s = s.decode("us-ascii", "surrogateescape")
            else:
                s = s.decode(codec, errors)
        codec = charset.output_codec or "us-ascii"
        if codec != _charset.UNKNOWN8BIT:
            try:
                s.encode(codec, errors)
            except UnicodeEncodeError:
                if codec != "us-ascii":
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def _nonctext(self, s):
        return _is_break(s)

    def _normalize(self):
        # Join neighbouring chunks of one charset, with a space.
        merged = []
        for text, cs in self._chunks:
            if merged and merged[-1][1] == cs:
                merged[-1][0].append(text)
            else:
                merged.append([[text], cs])
        self._chunks = [(SPACE.join(texts), cs) for texts, cs in merged]

    def encode(self, splitchars=";, \t", maxlinelen=None, linesep="\n"):
        """The value as header text: non-ASCII chunks as encoded words,
        lines folded at splitchars to fit maxlinelen (0: no limit)."""
        self._normalize()
        width = self._maxlinelen if maxlinelen is None else maxlinelen
        maxlinelen = width or 1000000
        folder = _Folder(self._headerlen, maxlinelen,
                         self._continuation_ws, splitchars)
        last_cs = None
        last_break = None
        first = True
        for text, cs in self._chunks:
            if not first:
                starts_break = text and _is_break(text[0])
                if last_cs not in (None, "us-ascii"):
                    if not starts_break or cs not in (None, "us-ascii"):
                        folder.add_transition()
                elif cs not in (None, "us-ascii") and not last_break:
                    folder.add_transition()
            first = False
            last_break = text and _is_break(text[-1])
            last_cs = cs
            lines = text.splitlines()
            folder.feed("", lines[0] if lines else "", cs)
            for line in lines[1:]:
                folder.newline()
                if cs.header_encoding is not None:
                    folder.feed(self._continuation_ws, " " + line.lstrip(), cs)
                else:
                    rest = line.lstrip()
                    folder.feed(line[:len(line) - len(rest)], rest, cs)
            if len(lines) > 1:
                folder.newline()
        if self._chunks:
            folder.add_transition()
        value = folder.text(linesep)
        if _embedded_header.search(value):
            raise HeaderParseError("header value appears to contain "
                                   "an embedded header: {!r}".format(value))
        return value


class _Line:
    # One output line being built: [white space, text] pieces after a
    # prefix of `lead` characters (the header name on the first line).

    def __init__(self, lead=0, pieces=None):
        self.lead = lead
        self.pieces = pieces or []

    def size(self):
        return self.lead + sum(len(ws) + len(t) for ws, t in self.pieces)

    def text(self):
        return "".join(ws + t for ws, t in self.pieces)

    def take_last(self):
        return self.pieces.pop() if self.pieces else ("", "")

    def blank(self):
        return self.lead == 0 and (not self.pieces or self.text().isspace())


class _Folder:
    # Collects (white space, text) pieces into lines no longer than
    # maxlen, breaking at the split characters.

    def __init__(self, lead, maxlen, continuation_ws, splitchars):
        self.maxlen = maxlen
        self.cws = continuation_ws
        self.splitchars = splitchars
        self.lines = []
        self.line = _Line(lead)

    def text(self, linesep):
        self.newline()
        return linesep.join(self.lines)

    def __str__(self):
        return self.text(NL)

    def newline(self):
        last = self.line.take_last()
        if last != (" ", ""):
            self.line.pieces.append(last)
        if self.line.size() > 0:
            if self.line.blank() and self.lines:
                self.lines[-1] += self.line.text()
            else:
                self.lines.append(self.line.text())
        self.line = _Line()

    def add_transition(self):
        self.line.pieces.append((" ", ""))

    def _room(self):
        yield self.maxlen - self.line.size()
        while True:
            yield self.maxlen - len(self.cws)

    def feed(self, fws, string, charset):
        if charset.header_encoding is None:
            parts = re.split("([" + FWS + "]+)", fws + string)
            if parts[0]:
                parts.insert(0, "")
            else:
                del parts[0]
            for at in range(0, len(parts) - 1, 2):
                self._add(parts[at], parts[at + 1])
            return
        words = charset.header_encode_lines(string, self._room())
        head = words.pop(0)
        if head is not None:
            self._add(fws, head)
        if not words:
            return
        tail = words.pop()
        self.newline()
        self.line.pieces.append((self.cws, tail))
        for word in words:
            self.lines.append(self.cws + word)

    def _split_point(self):
        # The index of the last piece a line may start with, trying each
        # split character in turn; None when there is none.
        pieces = self.line.pieces
        for ch in self.splitchars:
            for i in range(len(pieces) - 1, 0, -1):
                if ch.isspace() and pieces[i][0][:1] == ch:
                    return i
                before = pieces[i - 1][1]
                if before and before[-1] == ch:
                    return i
        return None

    def _add(self, fws, string):
        self.line.pieces.append((fws, string))
        if self.line.size() <= self.maxlen:
            return
        at = self._split_point()
        if at is None:
            fws, part = self.line.take_last()
            if self.line.lead > 0:
                self.newline()
                if not fws:
                    fws = " "
            self.line.pieces.append((fws, part))
            return
        rest = self.line.pieces[at:]
        del self.line.pieces[at:]
        self.lines.append(self.line.text())
        self.line = _Line(0, rest)
