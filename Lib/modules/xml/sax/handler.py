"""The SAX handler interfaces (ContentHandler, ErrorHandler, DTDHandler,
EntityResolver), whose methods do nothing until overridden, and the
standard feature and property names."""

version = "2.0beta"


def _ignore(self, *event):
    """Does nothing: override it to receive the event."""


class ErrorHandler:
    """Receives errors and warnings: errors are raised, warnings
    printed, unless overridden."""

    def fatalError(self, exception):
        raise exception

    error = fatalError

    def warning(self, exception):
        print(exception)


class ContentHandler:
    """Receives the logical content of a document as events: override the
    methods for the events wanted (startDocument, endDocument,
    startPrefixMapping, endPrefixMapping, startElement, endElement,
    startElementNS, endElementNS, characters, ignorableWhitespace,
    processingInstruction, skippedEntity)."""

    def __init__(self):
        self._locator = None

    def setDocumentLocator(self, locator):
        self._locator = locator


class DTDHandler:
    """Receives notation and unparsed entity declarations (notationDecl,
    unparsedEntityDecl)."""


for _cls, _events in ((ContentHandler, "startDocument endDocument startPrefixMapping endPrefixMapping "
                                      "startElement endElement startElementNS endElementNS characters "
                                      "ignorableWhitespace processingInstruction skippedEntity"),
                      (DTDHandler, "notationDecl unparsedEntityDecl")):
    for _event in _events.split():
        setattr(_cls, _event, _ignore)
del _cls, _events, _event


class EntityResolver:
    """Resolves external entities; by default to their system id."""

    def resolveEntity(self, publicId, systemId):
        return systemId


_SAX = "http://xml.org/sax/"

feature_namespaces = _SAX + "features/namespaces"
feature_namespace_prefixes = _SAX + "features/namespace-prefixes"
feature_string_interning = _SAX + "features/string-interning"
feature_validation = _SAX + "features/validation"
feature_external_ges = _SAX + "features/external-general-entities"
feature_external_pes = _SAX + "features/external-parameter-entities"
all_features = [feature_namespaces, feature_namespace_prefixes, feature_string_interning,
                feature_validation, feature_external_ges, feature_external_pes]

property_lexical_handler = _SAX + "properties/lexical-handler"
property_declaration_handler = _SAX + "properties/declaration-handler"
property_dom_node = _SAX + "properties/dom-node"
property_xml_string = _SAX + "properties/xml-string"
property_encoding = "http://www.python.org/sax/properties/encoding"
property_interning_dict = "http://www.python.org/sax/properties/interning-dict"
all_properties = [property_lexical_handler, property_dom_node, property_declaration_handler,
                  property_xml_string, property_encoding, property_interning_dict]
del _SAX
