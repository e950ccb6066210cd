"""FeedParser: a message parser fed text piece by piece.

Text is collected as it is fed; close() reads the whole of it into a
message tree. Problems found on the way are recorded as defects on the
message concerned (or raised, under a policy with raise_on_defect).
"""

import re

from email import errors
from email._policybase import compat32

__all__ = ["FeedParser", "BytesFeedParser"]

# What BufferedSubFile.readline gives when a line is not complete yet.
NeedMoreData = object()

NLCRE = re.compile(r"\r\n|\r|\n")
NLCRE_bol = re.compile(r"(\r\n|\r|\n)")
NLCRE_eol = re.compile(r"(\r\n|\r|\n)\Z")
NLCRE_crack = re.compile(r"(\r\n|\r|\n)")
headerRE = re.compile(r"^(From |[\041-\071\073-\176]*:|[\t ])")
EMPTYSTRING = ""
NL = "\n"


def _split_lines(text):
    # The lines of text, each keeping its line end (\r\n, \r or \n);
    # plain string operations so lone surrogates pass untouched.
    out = []
    parts = text.split("\n")
    last = len(parts) - 1
    for n, part in enumerate(parts):
        if "\r" in part:
            pieces = part.split("\r")
            out.extend(p + "\r" for p in pieces[:-1])
            part = pieces[-1]
            if n < last and not part:
                out[-1] += "\n"
                continue
        if n < last:
            out.append(part + "\n")
        elif part:
            out.append(part)
    return out


def _is_blank(line):
    # What NLCRE.match says of a line: it starts with a line end.
    return line[:1] in ("\r", "\n")


def _strip_eol(text):
    # text without one trailing line end.
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith("\n") or text.endswith("\r"):
        return text[:-1]
    return text


class _Lines:
    # A cursor over the input lines; a stack of predicates marks false
    # ends of input (the boundary of the part being read).

    def __init__(self, lines):
        self.lines = lines
        self.at = 0
        self.ends = []

    def readline(self):
        if self.at >= len(self.lines):
            return ""
        line = self.lines[self.at]
        for at_end in reversed(self.ends):
            if at_end(line):
                return ""
        self.at += 1
        return line

    def unreadline(self, line):
        if not line:
            # nothing was read: the cursor is where it was
            return
        self.at -= 1
        self.lines[self.at] = line

    def rest(self):
        out = []
        while True:
            line = self.readline()
            if not line:
                return out
            out.append(line)


class BufferedSubFile:
    """Lines from text pushed in pieces: readline gives complete lines,
    NeedMoreData while the next line is unfinished, and '' at the end
    (or at a false end set by push_eof_matcher)."""

    def __init__(self):
        self._lines, self._eofstack = [], []
        self._partial, self._closed = "", False

    def push_eof_matcher(self, pred):
        """Make lines for which pred is true read as the end."""
        self._eofstack.append(pred)

    def pop_eof_matcher(self):
        """Forget the newest end-of-input predicate."""
        return self._eofstack.pop()

    def close(self):
        self.pushlines(_split_lines(self._partial))
        self._partial = ""
        self._closed = True

    def readline(self):
        if not self._lines:
            return "" if self._closed else NeedMoreData
        line = self._lines.pop(0)
        for at_end in reversed(self._eofstack):
            if at_end(line):
                self._lines.insert(0, line)
                return ""
        return line

    def unreadline(self, line):
        assert line is not NeedMoreData
        self._lines.insert(0, line)

    def push(self, data):
        """Add text; a last line without its line end (or ending in a
        CR that may be half of a CRLF) waits for more."""
        lines = _split_lines(self._partial + data)
        self._partial = ""
        if lines and not lines[-1].endswith("\n"):
            self._partial = lines.pop()
        self.pushlines(lines)

    def pushlines(self, lines):
        self._lines += lines

    def __iter__(self):
        return self

    def __next__(self):
        got = self.readline()
        if got == "":
            raise StopIteration
        return got


def _boundary_matcher(boundary):
    # A function telling whether a line is "--boundary" or
    # "--boundary--" (trailing blanks allowed): None, or (is_close,
    # line end).
    sep = "--" + boundary

    def match(line):
        if not line.startswith(sep):
            return None
        rest = line[len(sep):]
        close = rest.startswith("--")
        if close:
            rest = rest[2:]
        body = _strip_eol(rest)
        if body.strip(" \t") != "":
            return None
        return close, rest[len(body):]
    return match


class FeedParser:
    """An incremental parser: feed() text, then close() for the message."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        self._old_style_factory = False
        if _factory is None:
            if policy.message_factory is None:
                from email.message import Message
                _factory = Message
            else:
                _factory = policy.message_factory
        else:
            try:
                _factory(policy=self.policy)
            except TypeError:
                self._old_style_factory = True
        self._factory = _factory
        self._chunks = []
        self._headersonly = False
        self._closed = None

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        """Add text to what is parsed."""
        self._chunks.append(data)

    def close(self):
        """Parse what was fed and return the root message."""
        if self._closed is not None:
            return self._closed
        self._input = _Lines(_split_lines(EMPTYSTRING.join(self._chunks)))
        self._cur = self._last = None
        root = self._parse_part(None)
        if root.get_content_maintype() == "multipart" and not root.is_multipart():
            self.policy.handle_defect(
                root, errors.MultipartInvariantViolationDefect())
        self._closed = root
        return root

    def _new_message(self, parent):
        if self._old_style_factory:
            msg = self._factory()
        else:
            msg = self._factory(policy=self.policy)
        if parent is not None and parent.get_content_type() == "multipart/digest":
            msg.set_default_type("message/rfc822")
        if parent is not None:
            parent.attach(msg)
        self._last = msg
        return msg

    def _parse_part(self, parent):
        msg = self._new_message(parent)
        source = self._input
        headers = []
        while True:
            line = source.readline()
            if not line:
                break
            if not headerRE.match(line):
                if not _is_blank(line):
                    self.policy.handle_defect(
                        msg, errors.MissingHeaderBodySeparatorDefect())
                    source.unreadline(line)
                break
            headers.append(line)
        self._parse_headers(msg, headers)
        if self._headersonly:
            msg.set_payload(EMPTYSTRING.join(source.rest()))
            return msg
        ctype = msg.get_content_type()
        if ctype == "message/delivery-status":
            self._parse_status_blocks(msg)
        elif msg.get_content_maintype() == "message":
            self._parse_part(msg)
        elif msg.get_content_maintype() == "multipart":
            self._parse_multipart(msg)
        else:
            msg.set_payload(EMPTYSTRING.join(source.rest()))
        return msg

    def _parse_status_blocks(self, msg):
        # Each block of header lines, up to a blank line, is a message.
        source = self._input
        while True:
            source.ends.append(_is_blank)
            self._parse_part(msg)
            source.ends.pop()
            source.readline()
            line = source.readline()
            if not line:
                return
            source.unreadline(line)

    def _parse_headers(self, msg, lines):
        name = ""
        value = []
        for n, line in enumerate(lines):
            if line[0] in " \t":
                if not name:
                    self.policy.handle_defect(
                        msg, errors.FirstHeaderLineIsContinuationDefect(line))
                else:
                    value.append(line)
                continue
            if name:
                msg.set_raw(*self.policy.header_source_parse(value))
                name, value = "", []
            if line.startswith("From "):
                if n == 0:
                    msg.set_unixfrom(_strip_eol(line))
                elif n == len(lines) - 1:
                    self._input.unreadline(line)
                    return
                else:
                    msg.defects.append(
                        errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            colon = line.find(":")
            if colon == 0:
                msg.defects.append(
                    errors.InvalidHeaderDefect("Missing header name."))
                continue
            name = line[:colon]
            value = [line]
        if name:
            msg.set_raw(*self.policy.header_source_parse(value))

    def _parse_multipart(self, msg):
        source = self._input
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(EMPTYSTRING.join(source.rest()))
            return
        cte = str(msg.get("content-transfer-encoding", "8bit")).lower()
        if cte not in ("7bit", "8bit", "binary"):
            self.policy.handle_defect(
                msg, errors.InvalidMultipartContentTransferEncodingDefect())
        match = _boundary_matcher(boundary)
        in_preamble = True
        preamble = []
        closed = False
        close_eol = ""
        while True:
            line = source.readline()
            if not line:
                break
            found = match(line)
            if found is None:
                preamble.append(line)
                continue
            if found[0]:
                closed = True
                close_eol = found[1]
                break
            if in_preamble:
                if preamble:
                    preamble[-1] = _strip_eol(preamble[-1])
                    msg.preamble = EMPTYSTRING.join(preamble)
                in_preamble = False
                source.unreadline(line)
                continue
            # skip repeated delimiter lines, then read one part
            while True:
                line = source.readline()
                if not match(line):
                    source.unreadline(line)
                    break
            source.ends.append(match)
            self._parse_part(msg)
            self._trim_last()
            source.ends.pop()
            self._last = msg
        if in_preamble:
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.set_payload(EMPTYSTRING.join(preamble))
            msg.epilogue = EMPTYSTRING.join(source.rest())
            return
        if not closed:
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
            return
        epilogue = [""] if close_eol else []
        epilogue.extend(source.rest())
        if epilogue:
            first = epilogue[0]
            if _is_blank(first):
                epilogue[0] = first[2:] if first.startswith("\r\n") else first[1:]
        msg.epilogue = EMPTYSTRING.join(epilogue)

    def _trim_last(self):
        # The line end before a delimiter belongs to the delimiter: take
        # it off the text of the message read last.
        last = self._last
        if last.get_content_maintype() == "multipart":
            if last.epilogue == "":
                last.epilogue = None
            elif last.epilogue is not None:
                last.epilogue = _strip_eol(last.epilogue)
        elif isinstance(last._payload, str):
            last._payload = _strip_eol(last._payload)


class BytesFeedParser(FeedParser):
    """A FeedParser fed bytes; bytes beyond ASCII become surrogate
    escapes."""

    def feed(self, data):
        super().feed(data.decode("ascii", "surrogateescape"))
