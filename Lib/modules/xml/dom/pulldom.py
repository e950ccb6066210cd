"""A pull parser over SAX building DOM nodes: iterating a DOMEventStream
(from parse() or parseString()) gives (event, node) pairs, and
expandNode() fills in the subtree of an element on demand."""

import xml.sax
import xml.sax.handler

# The event kinds, each a str spelling its own name.
(START_DOCUMENT, END_DOCUMENT, START_ELEMENT, END_ELEMENT, CHARACTERS,
 IGNORABLE_WHITESPACE, COMMENT, PROCESSING_INSTRUCTION) = (
    "START_DOCUMENT", "END_DOCUMENT", "START_ELEMENT", "END_ELEMENT", "CHARACTERS",
    "IGNORABLE_WHITESPACE", "COMMENT", "PROCESSING_INSTRUCTION")

default_bufsize = (2 ** 14) - 20


def _queue(pulldom, event, node):
    """Chain (event, node) to pulldom's queue."""
    cell = [(event, node), None]
    pulldom.lastEvent[1] = cell
    pulldom.lastEvent = cell


class PullDOM(xml.sax.ContentHandler):
    """A content handler that turns SAX events into DOM nodes and queues
    them as (event, node) pairs.

    The queue is a chain of two-item lists [pair, next]: firstEvent is a
    head cell whose next is the oldest pending pair, lastEvent the cell
    the next pair is chained to."""

    document = None  # built at the document element
    _locator = None

    def __init__(self, documentFactory=None):
        from xml.dom import XML_NAMESPACE
        self.firstEvent = [None, None]
        self.documentFactory = documentFactory
        self.lastEvent = self.firstEvent
        self.elementStack = []
        self.push = self.elementStack.append
        self._ns_contexts = [{XML_NAMESPACE: "xml"}]
        self._current_context = self._ns_contexts[-1]
        self._xmlns_attrs = []
        # Comments and processing instructions met before the document
        # element exists, as (event, data) until the document is built.
        self.pending_events = []

    def pop(self):
        return self.elementStack.pop()

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startPrefixMapping(self, prefix, uri):
        self._xmlns_attrs.append((prefix or "xmlns", uri))
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix or None

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def _qualify(self, uri, localname):
        prefix = self._current_context[uri]
        return prefix + ":" + localname if prefix else localname

    def startElementNS(self, name, tagName, attrs):
        from xml.dom import XMLNS_NAMESPACE
        uri, localname = name
        if uri:
            if tagName is None:
                tagName = self._qualify(uri, localname)
        elif tagName is None:
            tagName = localname
        if self.document is not None:
            if uri:
                node = self.document.createElementNS(uri, tagName)
            else:
                node = self.document.createElement(tagName)
        else:
            node = self.buildDocument(uri or None, tagName)

        for prefix, ns in self._xmlns_attrs:
            qname = "xmlns" if prefix == "xmlns" else "xmlns:" + prefix
            declaration = self.document.createAttributeNS(XMLNS_NAMESPACE, qname)
            declaration.value = ns
            node.setAttributeNodeNS(declaration)
        self._xmlns_attrs = []
        for (a_uri, a_localname), value in attrs.items():
            if a_uri:
                attr = self.document.createAttributeNS(a_uri, self._qualify(a_uri, a_localname))
                node.setAttributeNodeNS(attr)
            else:
                attr = self.document.createAttribute(a_localname)
                node.setAttributeNode(attr)
            attr.value = value

        _queue(self, START_ELEMENT, node)
        self.push(node)

    def endElementNS(self, name, tagName):
        _queue(self, END_ELEMENT, self.pop())

    def startElement(self, name, attrs):
        if self.document is not None:
            node = self.document.createElement(name)
        else:
            node = self.buildDocument(None, name)
        for aname, value in attrs.items():
            attr = self.document.createAttribute(aname)
            attr.value = value
            node.setAttributeNode(attr)
        _queue(self, START_ELEMENT, node)
        self.push(node)

    def endElement(self, name):
        _queue(self, END_ELEMENT, self.pop())

    def comment(self, s):
        if self.document is None:
            self.pending_events.append((COMMENT, s))
        else:
            _queue(self, COMMENT, self.document.createComment(s))

    def processingInstruction(self, target, data):
        if self.document is None:
            self.pending_events.append((PROCESSING_INSTRUCTION, (target, data)))
        else:
            _queue(self, PROCESSING_INSTRUCTION, self.document.createProcessingInstruction(target, data))

    def ignorableWhitespace(self, chars):
        _queue(self, IGNORABLE_WHITESPACE, self.document.createTextNode(chars))

    def characters(self, chars):
        _queue(self, CHARACTERS, self.document.createTextNode(chars))

    def startDocument(self):
        if self.documentFactory is None:
            import xml.dom.minidom
            self.documentFactory = xml.dom.minidom.Document.implementation

    def buildDocument(self, uri, tagname):
        """Create the document (its element named tagname) and queue
        START_DOCUMENT, then what came before the document element."""
        doc = self.documentFactory.createDocument(uri, tagname, None)
        self.document = doc
        _queue(self, START_DOCUMENT, doc)
        self.push(doc)
        for event, data in self.pending_events:
            if event == COMMENT:
                node = doc.createComment(data)
            else:
                node = doc.createProcessingInstruction(*data)
            _queue(self, event, node)
        self.pending_events = None
        return doc.firstChild

    def endDocument(self):
        _queue(self, END_DOCUMENT, self.document)
        self.pop()

    def clear(self):
        """Drop the document."""
        self.document = None


class ErrorHandler:
    """Raises errors, prints warnings."""

    def fatalError(self, exception):
        raise exception

    error = fatalError

    def warning(self, exception):
        print(exception)


class DOMEventStream:
    """The (event, node) pairs of a document read from stream by a SAX
    parser, bufsize characters at a time."""

    def __init__(self, stream, parser, bufsize):
        self.stream = stream
        self.parser = parser
        self.bufsize = bufsize
        self.reset()
        if not hasattr(parser, "feed"):
            # A parser that only parses whole documents: everything at
            # the first request.
            self.getEvent = self._slurp

    def reset(self):
        self.pulldom = PullDOM()
        self.parser.setFeature(xml.sax.handler.feature_namespaces, 1)
        self.parser.setContentHandler(self.pulldom)

    def __getitem__(self, pos):
        event = self.getEvent()
        if event:
            return event
        raise IndexError

    def __next__(self):
        event = self.getEvent()
        if event:
            return event
        raise StopIteration

    def __iter__(self):
        return self

    def expandNode(self, node):
        """Read on until node's end, attaching what comes to it."""
        open_elements = [node]
        event = self.getEvent()
        while event:
            kind, current = event
            if current is node:
                return
            if kind != END_ELEMENT:
                open_elements[-1].appendChild(current)
            if kind == START_ELEMENT:
                open_elements.append(current)
            elif kind == END_ELEMENT:
                open_elements.pop()
            event = self.getEvent()

    def _emit(self):
        head = self.pulldom.firstEvent
        pair = head[1][0]
        head[1] = head[1][1]
        return pair

    def getEvent(self):
        """The next (event, node) pair, or None at the end."""
        head = self.pulldom.firstEvent
        if not head[1]:
            self.pulldom.lastEvent = head
        while not head[1]:
            data = self.stream.read(self.bufsize)
            if not data:
                self.parser.close()
                return None
            self.parser.feed(data)
        return self._emit()

    def _slurp(self):
        self.parser.parse(self.stream)
        self.getEvent = self._emit
        return self._emit()

    def clear(self):
        """Let go of the document, the parser and the stream."""
        self.stream = self.parser = None
        self.pulldom.clear()
        del self.pulldom


class SAX2DOM(PullDOM):
    """A PullDOM that also builds the tree: every node joins its parent."""

    def startElementNS(self, name, tagName, attrs):
        PullDOM.startElementNS(self, name, tagName, attrs)
        self.elementStack[-2].appendChild(self.elementStack[-1])

    def startElement(self, name, attrs):
        PullDOM.startElement(self, name, attrs)
        self.elementStack[-2].appendChild(self.elementStack[-1])

    def processingInstruction(self, target, data):
        PullDOM.processingInstruction(self, target, data)
        self.elementStack[-1].appendChild(self.lastEvent[0][1])

    def ignorableWhitespace(self, chars):
        PullDOM.ignorableWhitespace(self, chars)
        self.elementStack[-1].appendChild(self.lastEvent[0][1])

    def characters(self, chars):
        PullDOM.characters(self, chars)
        self.elementStack[-1].appendChild(self.lastEvent[0][1])


def parse(stream_or_string, parser=None, bufsize=None):
    """A DOMEventStream over a file name or a binary file."""
    if bufsize is None:
        bufsize = default_bufsize
    stream = stream_or_string
    if isinstance(stream, str):
        stream = open(stream, "rb")
    return DOMEventStream(stream, parser or xml.sax.make_parser(), bufsize)


def parseString(string, parser=None):
    """A DOMEventStream over a document held in a str."""
    from io import StringIO
    return DOMEventStream(StringIO(string), parser or xml.sax.make_parser(), len(string))
