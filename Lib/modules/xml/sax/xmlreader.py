"""The SAX reader interfaces: XMLReader, IncrementalParser, Locator,
InputSource and the attribute collections handed to startElement."""

from . import handler
from ._exceptions import SAXNotSupportedException, SAXNotRecognizedException


def _add_accessors(cls, names):
    """Give cls a getX and setX method for each X, over self._slots."""
    for name in names:
        def get(self, _name=name):
            return self._slots[_name]

        def put(self, value, _name=name):
            self._slots[_name] = value
        get.__name__, put.__name__ = "get" + name, "set" + name
        setattr(cls, get.__name__, get)
        setattr(cls, put.__name__, put)


def _unknown(kind):
    def refuse(self, name, *value):
        raise SAXNotRecognizedException("%s '%s' not recognized" % (kind, name))
    return refuse


class XMLReader:
    """A SAX parser: handlers (get/setContentHandler, DTDHandler,
    EntityResolver, ErrorHandler), features and properties, and parse()."""

    def __init__(self):
        self._slots = {
            "ContentHandler": handler.ContentHandler(),
            "DTDHandler": handler.DTDHandler(),
            "EntityResolver": handler.EntityResolver(),
            "ErrorHandler": handler.ErrorHandler(),
        }

    def parse(self, source):
        """Parse the document in source (a file name, URL, file or
        InputSource)."""
        raise NotImplementedError("This method must be implemented!")

    def setLocale(self, locale):
        raise SAXNotSupportedException("Locale support not implemented")

    getFeature = setFeature = _unknown("Feature")
    getProperty = setProperty = _unknown("Property")


_add_accessors(XMLReader, ("ContentHandler", "DTDHandler", "EntityResolver", "ErrorHandler"))


class IncrementalParser(XMLReader):
    """A reader that can also be fed a document piece by piece."""

    def __init__(self, bufsize=2 ** 16):
        XMLReader.__init__(self)
        self._bufsize = bufsize

    def parse(self, source):
        from .saxutils import prepare_input_source
        prepared = prepare_input_source(source)
        self.prepareParser(prepared)
        stream = prepared.getCharacterStream() or prepared.getByteStream()
        for piece in iter(lambda: stream.read(self._bufsize), stream.read(0)):
            self.feed(piece)
        self.close()

    def _abstract(self, *args):
        raise NotImplementedError("This method must be implemented!")

    # feed(data), prepareParser(source), close() and reset() are what a
    # subclass provides.
    feed = close = reset = _abstract

    def prepareParser(self, source):
        raise NotImplementedError("prepareParser must be overridden!")


class Locator:
    """Where in the document the current event comes from (unknown here:
    -1 and None)."""

    getColumnNumber = getLineNumber = lambda self: -1
    getPublicId = getSystemId = lambda self: None


class InputSource:
    """A document to parse: get/set SystemId, PublicId, Encoding,
    ByteStream and CharacterStream."""

    def __init__(self, system_id=None):
        self._slots = dict.fromkeys(("PublicId", "Encoding", "ByteStream", "CharacterStream"))
        self._slots["SystemId"] = system_id


_add_accessors(InputSource, ("SystemId", "PublicId", "Encoding", "ByteStream", "CharacterStream"))


class AttributesImpl:
    """The attributes of an element, by name (a read-only mapping)."""

    def __init__(self, attrs):
        self._attrs = attrs

    def _name(self, name):
        if name in self._attrs:
            return name
        raise KeyError(name)

    getValue = getValueByQName = __getitem__ = lambda self, name: self._attrs[name]
    getNameByQName = getQNameByName = _name
    getLength = __len__ = lambda self: len(self._attrs)
    getNames = getQNames = keys = lambda self: list(self._attrs)
    __contains__ = lambda self, name: name in self._attrs
    items = lambda self: list(self._attrs.items())
    values = lambda self: list(self._attrs.values())

    def getType(self, name):
        return "CDATA"

    def get(self, name, alternative=None):
        return self._attrs.get(name, alternative)

    def copy(self):
        return type(self)(self._attrs)


class AttributesNSImpl(AttributesImpl):
    """Attributes keyed by (uri, localname), with their qualified names."""

    def __init__(self, attrs, qnames):
        AttributesImpl.__init__(self, attrs)
        self._qnames = qnames

    def _key_of(self, qname):
        found = [key for key, value in self._qnames.items() if value == qname]
        if not found:
            raise KeyError(qname)
        return found[0]

    def getValueByQName(self, name):
        return self._attrs[self._key_of(name)]

    def getNameByQName(self, name):
        return self._key_of(name)

    getQNameByName = lambda self, name: self._qnames[name]
    getQNames = lambda self: list(self._qnames.values())

    def copy(self):
        return type(self)(self._attrs, self._qnames)
