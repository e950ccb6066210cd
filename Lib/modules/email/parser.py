"""Parsers from text or bytes to a message tree, over FeedParser."""

from io import StringIO, TextIOWrapper

from email.feedparser import FeedParser, BytesFeedParser
from email._policybase import compat32

__all__ = ["Parser", "HeaderParser", "BytesParser", "BytesHeaderParser",
           "FeedParser", "BytesFeedParser"]

_CHUNK = 8192


class Parser:
    """Text (a file or a string) to a message tree. _class makes the
    messages (default: the policy's message_factory); policy steers the
    parse."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class, self.policy = _class, policy

    def parse(self, fp, headersonly=False):
        """Parse a text file; with headersonly the body is kept as text."""
        feeder = FeedParser(self._class, policy=self.policy)
        if headersonly:
            feeder._set_headersonly()
        data = fp.read(_CHUNK)
        while data:
            feeder.feed(data)
            data = fp.read(_CHUNK)
        return feeder.close()

    def parsestr(self, text, headersonly=False):
        """Parse a string."""
        return self.parse(StringIO(text), headersonly=headersonly)


class HeaderParser(Parser):
    """A Parser that leaves every body unparsed."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)

    def parsestr(self, text, headersonly=True):
        return super().parsestr(text, headersonly=True)


class BytesParser:
    """Bytes to a message tree; bytes beyond ASCII are kept as surrogate
    escapes. The arguments are Parser's."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parsebytes(self, text, headersonly=False):
        """Parse a bytes object."""
        decoded = text.decode("ASCII", errors="surrogateescape")
        return self.parser.parsestr(decoded, headersonly)

    def parse(self, fp, headersonly=False):
        """Parse a binary file (left open)."""
        reader = TextIOWrapper(fp, encoding="ascii", errors="surrogateescape")
        try:
            return self.parser.parse(reader, headersonly)
        finally:
            reader.detach()


class BytesHeaderParser(BytesParser):
    """A BytesParser that leaves every body unparsed."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return super().parsebytes(text, headersonly=True)
