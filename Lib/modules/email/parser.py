"""Parsers from text or bytes to email.message.Message (multipart bodies
are split into their parts)."""

import re

from email.message import Message

__all__ = ["Parser", "HeaderParser", "BytesParser", "BytesHeaderParser"]

# A header line: a field name and ':', the envelope 'From ', or a
# continuation starting with white space.
_FIELD_LINE = re.compile(r"From |[\041-\071\073-\176]*:|[\t ]")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")


def _lines(text):
    # The lines of text, each with its line end.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _lines_by_char(text)
    out = []
    at = 0
    while at < len(text):
        m = _LINE.match(text, at)
        out.append(m.group(0))
        at = m.end()
    return out


def _lines_by_char(text):
    # _lines for text holding lone surrogates (undecodable bytes), which
    # the regular expression engine does not keep whole.
    out, line = [], []
    pending_cr = False
    for ch in text:
        if pending_cr:
            pending_cr = False
            if ch == "\n":
                line.append(ch)
                out.append("".join(line))
                line = []
                continue
            out.append("".join(line))
            line = []
        line.append(ch)
        if ch == "\r":
            pending_cr = True
        elif ch == "\n":
            out.append("".join(line))
            line = []
    if line:
        out.append("".join(line))
    return out


def _field(lines):
    # (name, value) of one field given its lines, as compat32 keeps it.
    name, _, rest = lines[0].partition(":")
    value = rest.lstrip(" \t") + "".join(lines[1:])
    return name, value.rstrip("\r\n")


def _read_headers(msg, lines):
    # Store the fields at the head of lines into msg; the index of the
    # first body line.
    current = []
    count = 0
    for count, line in enumerate(lines):
        if not _FIELD_LINE.match(line):
            if line in ("\n", "\r\n", "\r") or line[:1] in "\r\n":
                count += 1
            break
        if line[0] in " \t":
            if current:
                current.append(line)
            continue
        if current:
            msg.set_raw(*_field(current))
            current = []
        if line.startswith("From "):
            if count == 0:
                msg.set_unixfrom(line.rstrip("\r\n"))
            continue
        if line.startswith(":"):
            continue
        current = [line]
    else:
        count = len(lines)
    if current:
        msg.set_raw(*_field(current))
    return count


class Parser:
    """Text to Message: header fields, then the rest as the payload."""

    def __init__(self, _class=None, *, policy=None):
        self._class = _class
        self.policy = policy

    def _new(self):
        if self._class is None:
            return Message(policy=self.policy)
        if self.policy is None:
            return self._class()
        return self._class(policy=self.policy)

    def parsestr(self, text, headersonly=False):
        msg = self._new()
        lines = _lines(text)
        start = _read_headers(msg, lines)
        boundary = msg.get_boundary()
        if headersonly or msg.get_content_maintype() != "multipart" or not boundary:
            msg.set_payload("".join(lines[start:]))
            return msg
        self._split_parts(msg, lines[start:], boundary)
        return msg

    def _split_parts(self, msg, body, boundary):
        # Sections between the "--boundary" lines become the parts; what
        # comes before the first is the preamble, after the closing
        # "--boundary--" the epilogue. The line end before a delimiter
        # belongs to the delimiter.
        opening = "--" + boundary
        closing = opening + "--"
        sections, current, closed = [], [], False
        epilogue = []
        for line in body:
            if closed:
                epilogue.append(line)
                continue
            bare = line.rstrip("\r\n").rstrip(" \t")
            if bare == closing:
                sections.append(current)
                closed = True
            elif bare == opening:
                sections.append(current)
                current = []
            else:
                current.append(line)
        if not closed:
            sections.append(current)

        def text(section):
            joined = "".join(section)
            for end in ("\r\n", "\n", "\r"):
                if joined.endswith(end):
                    return joined[:-len(end)]
            return joined

        preamble = text(sections[0]) if sections else ""
        msg.preamble = preamble if sections and sections[0] else None
        msg._payload = []
        for section in sections[1:]:
            msg.attach(self.parsestr(text(section)))
        if closed:
            msg.epilogue = "".join(epilogue)

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)


class HeaderParser(Parser):
    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Bytes to Message; non-ASCII bytes are kept as surrogate escapes."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parsebytes(self, text, headersonly=False):
        text = text.decode("ascii", "surrogateescape")
        return self.parser.parsestr(text, headersonly)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)


class BytesHeaderParser(BytesParser):
    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, True)
