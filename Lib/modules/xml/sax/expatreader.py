"""The SAX driver over the expat parser (xml.parsers.expat)."""

version = "0.20"

from xml.parsers import expat

from . import handler, saxutils, xmlreader
from ._exceptions import SAXParseException, SAXNotRecognizedException, SAXNotSupportedException

AttributesImpl = xmlreader.AttributesImpl
AttributesNSImpl = xmlreader.AttributesNSImpl


class ExpatLocator(xmlreader.Locator):
    """The position of an ExpatParser's current event."""

    def __init__(self, parser):
        self._reader = parser

    def getColumnNumber(self):
        p = self._reader._parser
        return None if p is None else p.ErrorColumnNumber

    def getLineNumber(self):
        p = self._reader._parser
        return 1 if p is None else p.ErrorLineNumber

    def getPublicId(self):
        source = self._reader._source
        return None if source is None else source.getPublicId()

    def getSystemId(self):
        source = self._reader._source
        return None if source is None else source.getSystemId()


# The features this driver knows: name -> (attribute, what setting it
# to true is refused with, or None when it may be set).
_FEATURES = {
    handler.feature_namespaces: ("_namespaces", None),
    handler.feature_validation: ("_validating", "expat does not support validation"),
    handler.feature_external_pes: ("_external_pes", "expat does not read external parameter entities"),
    handler.feature_namespace_prefixes: ("_prefixes", "expat does not report namespace prefixes"),
    handler.feature_external_ges: ("_external_ges", None),
}


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """A SAX2 reader and incremental parser driving expat."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._namespaces = namespaceHandling
        self._parser = self._lexical = self._interning = None
        self._entity_depth = 0
        self._validating = self._external_pes = self._prefixes = self._external_ges = 0
        self._parsing = False
        self._source = xmlreader.InputSource()

    def parse(self, source):
        """Parse a whole document (file name, file or InputSource)."""
        self._source = saxutils.prepare_input_source(source)
        ok = False
        try:
            self.reset()
            self.getContentHandler().setDocumentLocator(ExpatLocator(self))
            xmlreader.IncrementalParser.parse(self, self._source)
            ok = True
        finally:
            if not ok:
                self._close_source()

    def prepareParser(self, source):
        base = source.getSystemId()
        if base is not None:
            self._parser.SetBase(base)

    def getFeature(self, name):
        if name == handler.feature_string_interning:
            return self._interning is not None
        if name not in _FEATURES:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)
        return getattr(self, _FEATURES[name][0])

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == handler.feature_string_interning:
            self._interning = ({} if self._interning is None else self._interning) if state else None
            return
        if name not in _FEATURES:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)
        attribute, refusal = _FEATURES[name]
        if state and refusal:
            raise SAXNotSupportedException(refusal)
        setattr(self, attribute, state)

    def getProperty(self, name):
        known = {handler.property_lexical_handler: lambda: self._lexical,
                 handler.property_interning_dict: lambda: self._interning,
                 handler.property_xml_string: self._input_context}
        if name not in known:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)
        return known[name]()

    def _input_context(self):
        if self._parser is None:
            raise SAXNotSupportedException("This property is only available during a parse")
        return self._parser.GetInputContext()

    def setProperty(self, name, value):
        if name == handler.property_interning_dict:
            self._interning = value
        elif name == handler.property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" % name)
        elif name != handler.property_lexical_handler:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)
        else:
            self._lexical = value
            if self._parsing:
                self._set_lexical(value)

    def feed(self, data, isFinal=0):
        """Parse the next piece of the document."""
        if not self._parsing:
            self.reset()
            self._parsing = True
            self.getContentHandler().startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as failure:
            self.getErrorHandler().fatalError(
                SAXParseException(expat.ErrorString(failure.code), failure, self))

    def _close_source(self):
        source = self._source
        for stream in (source.getCharacterStream(), source.getByteStream()):
            if stream is not None and hasattr(stream, "close") and source.getSystemId() is not None \
                    and getattr(stream, "name", None) == source.getSystemId():
                stream.close()

    def close(self):
        """Finish the document."""
        if self._parser is None or isinstance(self._parser, _Finished):
            return
        if self._entity_depth:
            # An external entity's own parser ends; the document goes on.
            self.feed("", isFinal=1)
            return
        done = False
        try:
            self.feed("", isFinal=1)
            self.getContentHandler().endDocument()
            done = True
        finally:
            self._parsing = False
            # After a failure the locator still tells where it happened.
            self._parser = None if done else _Finished(self._parser)
            self._close_source()

    def _set_lexical(self, lexical):
        p = self._parser
        if lexical is None:
            p.CommentHandler = p.StartCdataSectionHandler = p.EndCdataSectionHandler = None
            p.StartDoctypeDeclHandler = p.EndDoctypeDeclHandler = None
        else:
            p.CommentHandler = lexical.comment
            p.StartCdataSectionHandler = lexical.startCDATA
            p.EndCdataSectionHandler = lexical.endCDATA
            p.StartDoctypeDeclHandler = lambda name, sysid, pubid, has_internal: lexical.startDTD(name, pubid, sysid)
            p.EndDoctypeDeclHandler = lexical.endDTD

    def reset(self):
        encoding = self._source.getEncoding()
        if self._namespaces:
            p = expat.ParserCreate(encoding, " ", intern=self._interning)
            p.namespace_prefixes = 1
            p.StartElementHandler = self._start_ns
            p.EndElementHandler = self._end_ns
        else:
            p = expat.ParserCreate(encoding, intern=self._interning)
            p.StartElementHandler = self._start
            p.EndElementHandler = self._end
        self._parser = p
        content = self.getContentHandler()
        p.ProcessingInstructionHandler = content.processingInstruction
        p.CharacterDataHandler = content.characters
        p.UnparsedEntityDeclHandler = self._unparsed_entity
        p.NotationDeclHandler = self._notation
        p.StartNamespaceDeclHandler = self._start_prefix
        p.EndNamespaceDeclHandler = self._end_prefix
        p.ExternalEntityRefHandler = self._external_entity
        p.SkippedEntityHandler = self._skipped
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
        if self._lexical is not None:
            self._set_lexical(self._lexical)
        self._parsing = False

    # Locator: the reader reports the position of its current event,
    # as ExpatLocator does.
    getColumnNumber = ExpatLocator.getColumnNumber
    getLineNumber = ExpatLocator.getLineNumber
    getPublicId = ExpatLocator.getPublicId
    getSystemId = ExpatLocator.getSystemId
    _reader = property(lambda self: self)

    def _start(self, name, attrs):
        self.getContentHandler().startElement(name, AttributesImpl(attrs))

    def _end(self, name):
        self.getContentHandler().endElement(name)

    @staticmethod
    def _split(name):
        parts = name.split(" ")
        if len(parts) == 1:
            return (None, name), name
        if len(parts) == 3:
            return (parts[0], parts[1]), parts[2] + ":" + parts[1]
        return (parts[0], parts[1]), parts[1]

    def _start_ns(self, name, attrs):
        values, qnames = {}, {}
        for raw, value in attrs.items():
            key, qname = self._split(raw)
            values[key] = value
            qnames[key] = qname
        self.getContentHandler().startElementNS(self._split(name)[0], None, AttributesNSImpl(values, qnames))

    def _end_ns(self, name):
        self.getContentHandler().endElementNS(self._split(name)[0], None)

    def _start_prefix(self, prefix, uri):
        self.getContentHandler().startPrefixMapping(prefix, uri)

    def _end_prefix(self, prefix):
        self.getContentHandler().endPrefixMapping(prefix)

    def _unparsed_entity(self, name, base, sysid, pubid, notation):
        self.getDTDHandler().unparsedEntityDecl(name, pubid, sysid, notation)

    def _notation(self, name, base, sysid, pubid):
        self.getDTDHandler().notationDecl(name, pubid, sysid)

    def _skipped(self, name, is_pe):
        self.getContentHandler().skippedEntity("%" + name if is_pe else name)

    def _external_entity(self, context, base, sysid, pubid):
        if not self._external_ges:
            return 1
        resolved = self.getEntityResolver().resolveEntity(pubid, sysid)
        source = saxutils.prepare_input_source(resolved, self._source.getSystemId() or "")
        saved = self._parser, self._source
        self._parser, self._source = saved[0].ExternalEntityParserCreate(context), source
        self._entity_depth += 1
        try:
            xmlreader.IncrementalParser.parse(self, source)
        except Exception:
            return 0
        finally:
            self._entity_depth -= 1
            self._parser, self._source = saved
        return 1


class _Finished:
    """What stays of a parser whose document failed: where it failed."""

    def __init__(self, parser):
        self.ErrorColumnNumber = parser.ErrorColumnNumber
        self.ErrorLineNumber = parser.ErrorLineNumber


def create_parser(*args, **kwargs):
    """A new ExpatParser."""
    return ExpatParser(*args, **kwargs)
