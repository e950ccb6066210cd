"""SAX 2 (the Simple API for XML): parse() and parseString() report a
document's content to a ContentHandler as events; make_parser() gives
a reader to configure first."""

from .xmlreader import InputSource
from .handler import ContentHandler, ErrorHandler
from ._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                          SAXNotSupportedException, SAXReaderNotAvailable)


def _reader(handler, errorHandler):
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    return reader


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parse source (file name or file) reporting to handler."""
    _reader(handler, errorHandler).parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parse a document held in bytes (or str) reporting to handler."""
    import io
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    _reader(handler, errorHandler).parse(source)


default_parser_list = ["xml.sax.expatreader"]


def make_parser(parser_list=()):
    """A SAX reader: the first of parser_list, then of
    default_parser_list, whose module loads."""
    import importlib
    for name in list(parser_list) + default_parser_list:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.create_parser()
    raise SAXReaderNotAvailable("No parsers found", None)
