"""Helpers for SAX applications: escaping text for XML (escape,
unescape, quoteattr), XMLGenerator (a ContentHandler that writes the
events back out as XML) and prepare_input_source."""

import io
import os
import sys

from . import handler, xmlreader


def _replace_all(data, pairs):
    for old, new in pairs:
        data = data.replace(old, new)
    return data


def escape(data, entities={}):
    """Replace &, < and > in data by entity references, then every key of
    entities by its value."""
    data = _replace_all(data, (("&", "&amp;"), (">", "&gt;"), ("<", "&lt;")))
    return _replace_all(data, entities.items())


def unescape(data, entities={}):
    """Undo escape(): &lt;, &gt;, the keys of entities, and &amp; last."""
    data = _replace_all(data, (("&lt;", "<"), ("&gt;", ">")))
    data = _replace_all(data, entities.items())
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """data escaped and quoted for use as an attribute value: newlines,
    carriage returns and tabs as character references, and the quote
    character chosen so that it need not be escaped when possible."""
    table = dict(entities)
    table.update({"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
    data = escape(data, table)
    if '"' not in data:
        return '"' + data + '"'
    if "'" not in data:
        return "'" + data + "'"
    return '"' + data.replace('"', "&quot;") + '"'


def _text_writer(out, encoding):
    """A writer of str for out: out itself when it takes text, else an
    encoder into it (character references for what encoding lacks, a
    byte order mark at most once)."""
    if out is None:
        return sys.stdout
    if isinstance(out, io.TextIOBase) or any(
            cls.__module__ == "codecs" and cls.__name__ in ("StreamWriter", "StreamReaderWriter")
            for cls in type(out).__mro__):
        return out
    return _EncodingWriter(out, encoding)


class _EncodingWriter:
    def __init__(self, out, encoding):
        import codecs
        self._out = out
        self._encoder = codecs.getincrementalencoder(encoding)("xmlcharrefreplace")

    def write(self, text):
        data = self._encoder.encode(text)
        if data:
            self._out.write(data)

    def flush(self):
        if hasattr(self._out, "flush"):
            self._out.flush()


class XMLGenerator(handler.ContentHandler):
    """A ContentHandler writing the document it receives as XML to out
    (sys.stdout by default) in encoding."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        writer = _text_writer(out, encoding)
        self._write = writer.write
        self._flush = getattr(writer, "flush", lambda: None)
        self._encoding = encoding
        self._short_empty = short_empty_elements
        self._open_tag = False
        self._scopes = [{}]
        self._new_prefixes = []

    def _close_open_tag(self):
        if self._open_tag:
            self._write(">")
            self._open_tag = False

    def _qualified(self, name):
        uri, local = name
        if not uri:
            return local
        if uri == "http://www.w3.org/XML/1998/namespace":
            return "xml:" + local
        prefix = self._scopes[-1][uri]
        return prefix + ":" + local if prefix else local

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        scope = dict(self._scopes[-1])
        scope[uri] = prefix
        self._scopes.append(scope)
        self._new_prefixes.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._scopes.pop()

    def _start(self, tag, attributes):
        # With short_empty_elements the ">" waits: an element with no
        # content is closed as "<tag/>".
        self._close_open_tag()
        text = "<" + tag + "".join(" %s=%s" % (k, quoteattr(v)) for k, v in attributes)
        self._write(text if self._short_empty else text + ">")
        self._open_tag = self._short_empty

    def _end(self, tag):
        closing = "/>" if self._open_tag else "</" + tag + ">"
        self._open_tag = False
        self._write(closing)

    def startElement(self, name, attrs):
        self._start(name, attrs.items())

    def endElement(self, name):
        self._end(name)

    def startElementNS(self, name, qname, attrs):
        declared = []
        for prefix, uri in self._new_prefixes:
            declared.append(("xmlns:" + prefix if prefix else "xmlns", uri))
        self._new_prefixes = []
        pairs = [(self._qualified(key), value) for key, value in attrs.items()]
        self._start(self._qualified(name), declared + pairs)

    def endElementNS(self, name, qname):
        self._end(self._qualified(name))

    def _text(self, content, markup_safe):
        # Character data is escaped; ignorable whitespace needs no escaping.
        if not content:
            return
        self._close_open_tag()
        text = content if isinstance(content, str) else str(content, self._encoding)
        self._write(escape(text) if markup_safe else text)

    characters = lambda self, content: self._text(content, True)
    ignorableWhitespace = lambda self, content: self._text(content, False)

    def processingInstruction(self, target, data):
        self._close_open_tag()
        self._write("<?" + target + " " + data + "?>")


def prepare_input_source(source, base=""):
    """An InputSource for source (a file name, a file object or an
    InputSource), with its stream open."""
    if isinstance(source, (str, os.PathLike)):
        return _open_system_id(xmlreader.InputSource(os.fspath(source)), base)
    if hasattr(source, "read"):
        stream, source = source, xmlreader.InputSource()
        name = getattr(stream, "name", None)
        source.setSystemId(name if isinstance(name, str) else None)
        text = isinstance(stream.read(0), str)
        (source.setCharacterStream if text else source.setByteStream)(stream)
    return _open_system_id(source, base)


def _open_system_id(source, base):
    """Open source's system id (a file, else a URL) when it has no
    stream yet."""
    if source.getCharacterStream() is None and source.getByteStream() is None:
        sysid = source.getSystemId()
        local = os.path.join(os.path.dirname(os.path.normpath(base)), sysid)
        if os.path.isfile(local):
            source.setSystemId(local)
            source.setByteStream(open(local, "rb"))
        else:
            import urllib.parse
            import urllib.request
            source.setSystemId(urllib.parse.urljoin(base, sysid))
            source.setByteStream(urllib.request.urlopen(source.getSystemId()))
    return source


def _relay(slot, event):
    """A method passing event on to the handler in self's slot."""
    def forward(self, *args):
        return getattr(self._slots[slot], event)(*args)
    forward.__name__ = event
    forward.__qualname__ = "XMLFilterBase." + event
    return forward


class XMLFilterBase(xmlreader.XMLReader):
    """A reader standing between a parent reader and the application: it
    receives the parent's events and hands each unchanged to its own
    handlers. Subclasses override the events they want to alter."""

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    def parse(self, source):
        parent = self._parent
        parent.setContentHandler(self)
        parent.setErrorHandler(self)
        parent.setEntityResolver(self)
        parent.setDTDHandler(self)
        parent.parse(source)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


for _slot, _events in (
        ("ErrorHandler", ("error", "fatalError", "warning")),
        ("ContentHandler", ("setDocumentLocator", "startDocument", "endDocument",
                            "startPrefixMapping", "endPrefixMapping", "startElement",
                            "endElement", "startElementNS", "endElementNS", "characters",
                            "ignorableWhitespace", "processingInstruction", "skippedEntity")),
        ("DTDHandler", ("notationDecl", "unparsedEntityDecl")),
        ("EntityResolver", ("resolveEntity",))):
    for _event in _events:
        setattr(XMLFilterBase, _event, _relay(_slot, _event))


def _ask_parent(setting):
    """A method putting the question setting to self's parent reader."""
    def ask(self, *args):
        return getattr(self._parent, setting)(*args)
    ask.__name__ = setting
    ask.__qualname__ = "XMLFilterBase." + setting
    return ask


# Locale, features and properties are the parent reader's.
for _event in ("setLocale", "getFeature", "setFeature", "getProperty", "setProperty"):
    setattr(XMLFilterBase, _event, _ask_parent(_event))
del _slot, _events, _event
