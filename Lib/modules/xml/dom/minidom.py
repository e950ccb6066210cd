"""A small implementation of the DOM: parse() and parseString() build a
Document of Element, Text, Comment, CDATASection, ProcessingInstruction
and DocumentType nodes with the expat parser; toxml() and toprettyxml()
write a tree back out."""

import io

import xml.dom
from xml.dom import (Node as _DomNode, EMPTY_NAMESPACE, XMLNS_NAMESPACE,
                     HierarchyRequestErr, NotFoundErr)


def _escape(text):
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), ('"', "&quot;"), (">", "&gt;")):
        text = text.replace(char, entity)
    return text


from xml.dom.minicompat import NodeList, EmptyNodeList, StringTypes, defproperty


class Node(_DomNode):
    """What every node has: its place in the tree and serialization."""

    parentNode = None
    ownerDocument = None
    attributes = None
    nodeValue = None
    namespaceURI = EMPTY_NAMESPACE
    prefix = None
    localName = None
    _kids_allowed = ()

    def __init__(self):
        self.childNodes = NodeList()

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _sibling(self, step):
        parent = self.parentNode
        if parent is None:
            return None
        kids = parent.childNodes
        for i, kid in enumerate(kids):
            if kid is self:
                j = i + step
                return kids[j] if 0 <= j < len(kids) else None
        return None

    @property
    def previousSibling(self):
        return self._sibling(-1)

    @property
    def nextSibling(self):
        return self._sibling(1)

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _position(self, child):
        for i, kid in enumerate(self.childNodes):
            if kid is child:
                return i
        return -1

    def _adopt(self, node):
        if node.nodeType == _DomNode.DOCUMENT_FRAGMENT_NODE:
            return list(node.childNodes)
        if node.nodeType not in self._kids_allowed:
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))
        return [node]

    def insertBefore(self, newChild, refChild):
        """Insert newChild before refChild (at the end when refChild is
        None); returns newChild."""
        nodes = self._adopt(newChild)
        if refChild is not None and self._position(refChild) < 0:
            raise NotFoundErr()
        for node in nodes:
            if node.parentNode is not None:
                node.parentNode.removeChild(node)
            where = len(self.childNodes) if refChild is None else self._position(refChild)
            self.childNodes.insert(where, node)
            node.parentNode = self
        return newChild

    def appendChild(self, node):
        """Add node as the last child; returns it."""
        return self.insertBefore(node, None)

    def removeChild(self, oldChild):
        """Take oldChild out of the children; returns it."""
        where = self._position(oldChild)
        if where < 0:
            raise NotFoundErr()
        del self.childNodes[where]
        oldChild.parentNode = None
        return oldChild

    def replaceChild(self, newChild, oldChild):
        """Put newChild where oldChild was; returns oldChild."""
        if newChild is oldChild:
            return oldChild
        if self._position(oldChild) < 0:
            raise NotFoundErr()
        self.insertBefore(newChild, oldChild)
        return self.removeChild(oldChild)

    def normalize(self):
        """Merge adjacent text nodes and drop empty ones, throughout."""
        merged = NodeList()
        for kid in self.childNodes:
            if kid.nodeType == _DomNode.TEXT_NODE:
                if not kid.data:
                    kid.parentNode = None
                    continue
                if merged and merged[-1].nodeType == _DomNode.TEXT_NODE:
                    merged[-1].data = merged[-1].data + kid.data
                    kid.parentNode = None
                    continue
            elif kid.nodeType == _DomNode.ELEMENT_NODE:
                kid.normalize()
            merged.append(kid)
        self.childNodes[:] = merged

    def cloneNode(self, deep):
        """A copy of this node (with copies of its descendants if deep),
        in the same document but not in the tree."""
        twin = self._shallow_copy()
        if deep:
            for kid in self.childNodes:
                twin.appendChild(kid.cloneNode(True))
        return twin

    def unlink(self):
        """Break the references between this subtree's nodes."""
        for kid in self.childNodes:
            kid.unlink()
        self.childNodes = NodeList()
        self.parentNode = None

    def toprettyxml(self, indent="\t", newl="\n", encoding=None):
        """The subtree as XML, one node a line, indented; bytes when
        encoding is given."""
        out = io.StringIO()
        if self.nodeType == _DomNode.DOCUMENT_NODE:
            self.writexml(out, "", indent, newl, encoding)
        else:
            self.writexml(out, "", indent, newl)
        text = out.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    def toxml(self, encoding=None):
        """The subtree as XML as parsed; bytes when encoding is given."""
        return self.toprettyxml("", "", encoding)

    def _descendants(self):
        for kid in self.childNodes:
            if kid.nodeType == _DomNode.ELEMENT_NODE:
                yield kid
                yield from kid._descendants()

    def _by_tag(self, name):
        return NodeList(e for e in self._descendants() if name == "*" or e.tagName == name)

    def _by_tag_ns(self, uri, local):
        return NodeList(e for e in self._descendants()
                        if (local == "*" or e.localName == local) and (uri == "*" or e.namespaceURI == uri))


class _CharacterData(Node):
    """Text-like nodes: data, its alias nodeValue, length."""

    _label = ""

    def __init__(self, data=""):
        Node.__init__(self)
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        shown = self.data[:10]
        more = "..." if len(self.data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self._label, shown, more)

    def _shallow_copy(self):
        twin = self.__class__(self.data)
        twin.ownerDocument = self.ownerDocument
        return twin

    def appendChild(self, node):
        raise HierarchyRequestErr("%s nodes cannot have children" % self.nodeName)

    insertBefore = lambda self, newChild, refChild: self.appendChild(newChild)


class Text(_CharacterData):
    nodeType = _DomNode.TEXT_NODE
    nodeName = "#text"
    _label = "Text"

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + _escape(self.data) + newl)

    def splitText(self, offset):
        """Cut the text at offset; the rest becomes a new following Text."""
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        rest = self.__class__(self.data[offset:])
        rest.ownerDocument = self.ownerDocument
        self.data = self.data[:offset]
        parent = self.parentNode
        if parent is not None:
            after = self.nextSibling
            if after is None:
                parent.appendChild(rest)
            else:
                parent.insertBefore(rest, after)
        return rest


class CDATASection(Text):
    nodeType = _DomNode.CDATA_SECTION_NODE
    nodeName = "#cdata-section"
    _label = "CDATASection"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[" + self.data + "]]>")


class Comment(_CharacterData):
    nodeType = _DomNode.COMMENT_NODE
    nodeName = "#comment"
    _label = "Comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write(indent + "<!--" + self.data + "-->" + newl)


class ProcessingInstruction(Node):
    nodeType = _DomNode.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        Node.__init__(self)
        self.target = target
        self.data = data

    nodeName = property(lambda self: self.target)

    @property
    def nodeValue(self):
        return self.data

    def _shallow_copy(self):
        twin = ProcessingInstruction(self.target, self.data)
        twin.ownerDocument = self.ownerDocument
        return twin

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class Attr(Node):
    """An attribute: name and value, owned by at most one element."""

    nodeType = _DomNode.ATTRIBUTE_NODE
    specified = False
    ownerElement = None

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        Node.__init__(self)
        self.name = qName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.localName = localName if localName is not None else qName.rpartition(":")[2]
        self.value = ""

    nodeName = property(lambda self: self.name)

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, value):
        self.value = value

    def _shallow_copy(self):
        twin = Attr(self.name, self.namespaceURI, self.localName, self.prefix)
        twin.value = self.value
        twin.ownerDocument = self.ownerDocument
        return twin


class NamedNodeMap:
    """An element's attributes, by name: a live view."""

    def __init__(self, owner):
        self._owner = owner

    @property
    def length(self):
        return len(self._owner._attrs)

    def __len__(self):
        return len(self._owner._attrs)

    def item(self, index):
        nodes = list(self._owner._attrs.values())
        if 0 <= index < len(nodes):
            return nodes[index]
        return None

    def __getitem__(self, name):
        return self._owner._attrs[name]

    def __contains__(self, name):
        return name in self._owner._attrs

    def get(self, name, value=None):
        return self._owner._attrs.get(name, value)

    def getNamedItem(self, name):
        return self._owner._attrs.get(name)

    def keys(self):
        return self._owner._attrs.keys()

    def values(self):
        return self._owner._attrs.values()

    def items(self):
        return [(name, node.value) for name, node in self._owner._attrs.items()]


class Element(Node):
    """An element: tag name, attributes and children."""

    nodeType = _DomNode.ELEMENT_NODE
    _kids_allowed = (1, 7, 8, 3, 4, 5)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        Node.__init__(self)
        self.tagName = tagName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.localName = localName if localName is not None else tagName.rpartition(":")[2]
        self._attrs = {}

    nodeName = property(lambda self: self.tagName)
    attributes = property(lambda self: NamedNodeMap(self))

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def _shallow_copy(self):
        twin = Element(self.tagName, self.namespaceURI, self.prefix, self.localName)
        twin.ownerDocument = self.ownerDocument
        for attr in self._attrs.values():
            twin.setAttributeNode(attr._shallow_copy())
        return twin

    def getAttribute(self, name):
        """The attribute's value, '' when it is not set."""
        attr = self._attrs.get(name)
        return attr.value if attr is not None else ""

    def setAttribute(self, name, value):
        attr = self._attrs.get(name)
        if attr is None:
            attr = Attr(name)
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        attr.value = value

    def removeAttribute(self, name):
        if name not in self._attrs:
            raise NotFoundErr()
        self._attrs.pop(name).ownerElement = None

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def getAttributeNode(self, name):
        return self._attrs.get(name)

    def setAttributeNode(self, attr):
        """Attach attr, returning the attribute it replaces (or None)."""
        old = self._attrs.get(attr.name)
        if old is attr:
            return None
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        if old is not None:
            old.ownerElement = None
        return old

    setAttributeNodeNS = setAttributeNode

    def removeAttributeNode(self, node):
        if self._attrs.get(node.name) is not node:
            raise NotFoundErr()
        del self._attrs[node.name]
        node.ownerElement = None
        return node

    def _ns_attr(self, namespaceURI, localName):
        for attr in self._attrs.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr
        return None

    def getAttributeNS(self, namespaceURI, localName):
        attr = self._ns_attr(namespaceURI, localName)
        return attr.value if attr is not None else ""

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._ns_attr(namespaceURI, localName)

    def hasAttributeNS(self, namespaceURI, localName):
        return self._ns_attr(namespaceURI, localName) is not None

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, _, local = qualifiedName.rpartition(":")
        attr = self._ns_attr(namespaceURI, local)
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, local, prefix or None)
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        attr.value = value

    def getElementsByTagName(self, name):
        return self._by_tag(name)

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return self._by_tag_ns(namespaceURI, localName)

    def unlink(self):
        for attr in self._attrs.values():
            attr.ownerElement = None
        self._attrs = {}
        Node.unlink(self)

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name in sorted(self._attrs):
            writer.write(' %s="%s"' % (name, _escape(self._attrs[name].value)))
        kids = self.childNodes
        if not kids:
            writer.write("/>" + newl)
            return
        writer.write(">")
        if len(kids) == 1 and kids[0].nodeType == _DomNode.TEXT_NODE:
            kids[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            for kid in kids:
                kid.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write("</" + self.tagName + ">" + newl)


class DocumentFragment(Node):
    nodeType = _DomNode.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _kids_allowed = (1, 3, 4, 5, 7, 8)

    def _shallow_copy(self):
        twin = DocumentFragment()
        twin.ownerDocument = self.ownerDocument
        return twin


class DocumentType(Node):
    """The <!DOCTYPE> of a document: name, ids and internal subset."""

    nodeType = _DomNode.DOCUMENT_TYPE_NODE
    internalSubset = None

    def __init__(self, qualifiedName, publicId=None, systemId=None):
        Node.__init__(self)
        self.name = qualifiedName.rpartition(":")[2]
        self.publicId = publicId
        self.systemId = systemId

    nodeName = property(lambda self: self.name)

    def _shallow_copy(self):
        twin = DocumentType(self.name, self.publicId, self.systemId)
        twin.internalSubset = self.internalSubset
        twin.ownerDocument = self.ownerDocument
        return twin

    def writexml(self, writer, indent="", addindent="", newl=""):
        parts = ["<!DOCTYPE ", self.name]
        if self.publicId:
            parts.append("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            parts.append("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            parts.append(" [" + self.internalSubset + "]")
        parts.append(">" + newl)
        writer.write("".join(parts))


class Document(Node):
    """A whole document: at most one element child, documentElement."""

    nodeType = _DomNode.DOCUMENT_NODE
    nodeName = "#document"
    doctype = None
    _kids_allowed = (1, 7, 8, 10)

    def __init__(self):
        Node.__init__(self)
        self.implementation = _implementation

    @property
    def documentElement(self):
        for kid in self.childNodes:
            if kid.nodeType == _DomNode.ELEMENT_NODE:
                return kid
        return None

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == _DomNode.ELEMENT_NODE and self.documentElement is not None \
                and self.documentElement is not newChild:
            raise HierarchyRequestErr("two document elements disallowed")
        if newChild.nodeType == _DomNode.DOCUMENT_TYPE_NODE:
            self.doctype = newChild
        return Node.insertBefore(self, newChild, refChild)

    def removeChild(self, oldChild):
        Node.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return oldChild

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, _, local = qualifiedName.rpartition(":")
        return self._own(Element(qualifiedName, namespaceURI, prefix or None, local))

    def _text(self, kind, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(kind(data))

    def createTextNode(self, data):
        return self._text(Text, data)

    def createCDATASection(self, data):
        return self._text(CDATASection, data)

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, _, local = qualifiedName.rpartition(":")
        return self._own(Attr(qualifiedName, namespaceURI, local, prefix or None))

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def getElementsByTagName(self, name):
        return self._by_tag(name)

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return self._by_tag_ns(namespaceURI, localName)

    def _shallow_copy(self):
        return Document()

    def cloneNode(self, deep):
        twin = Document()
        if deep:
            for kid in self.childNodes:
                copied = kid.cloneNode(True)
                for node in [copied] + list(_walk(copied)):
                    node.ownerDocument = twin
                twin.appendChild(copied)
        return twin

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None):
        if encoding is None:
            writer.write('<?xml version="1.0" ?>' + newl)
        else:
            writer.write('<?xml version="1.0" encoding="%s"?>%s' % (encoding, newl))
        for kid in self.childNodes:
            kid.writexml(writer, indent, addindent, newl)


def _walk(node):
    for kid in node.childNodes:
        yield kid
        yield from _walk(kid)


class DOMImplementation:
    """Creates documents and document types."""

    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml") and version in (None, "", "1.0", "2.0")

    def createDocumentType(self, qualifiedName, publicId, systemId):
        return DocumentType(qualifiedName, publicId, systemId)

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if doctype is not None:
            doctype.ownerDocument = doc
            doc.appendChild(doctype)
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc


_implementation = DOMImplementation()
Document.implementation = _implementation


def getDOMImplementation(features=None):
    """minidom's DOMImplementation."""
    return _implementation


class _Builder:
    """Builds a Document from expat's events."""

    def __init__(self):
        from xml.parsers import expat
        self.doc = Document()
        self.current = self.doc
        self.pending_ns = []
        self.subset = None
        p = self.parser = expat.ParserCreate(namespace_separator=" ")
        p.namespace_prefixes = True
        p.buffer_text = True
        p.ordered_attributes = True
        p.specified_attributes = False
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.text
        p.CommentHandler = self.comment
        p.ProcessingInstructionHandler = self.pi
        p.StartCdataSectionHandler = self.start_cdata
        p.EndCdataSectionHandler = self.end_cdata
        p.StartNamespaceDeclHandler = self.start_ns
        p.StartDoctypeDeclHandler = self.start_doctype
        p.EndDoctypeDeclHandler = self.end_doctype
        self.in_cdata = False

    def _split(self, raw):
        parts = raw.split(" ")
        if len(parts) == 3:
            uri, local, prefix = parts
            return prefix + ":" + local, uri, prefix, local
        if len(parts) == 2:
            return parts[1], parts[0], None, parts[1]
        return raw, EMPTY_NAMESPACE, None, raw

    def _append(self, node):
        node.ownerDocument = self.doc
        node.parentNode = self.current
        self.current.childNodes.append(node)

    def start(self, name, attrs):
        qname, uri, prefix, local = self._split(name)
        node = Element(qname, uri, prefix, local)
        node.ownerDocument = self.doc
        for ns_prefix, ns_uri in self.pending_ns:
            if ns_prefix:
                attr = Attr("xmlns:" + ns_prefix, XMLNS_NAMESPACE, ns_prefix, "xmlns")
            else:
                attr = Attr("xmlns", XMLNS_NAMESPACE, "xmlns", None)
            attr.value = ns_uri or ""
            attr.ownerDocument = self.doc
            node.setAttributeNode(attr)
        self.pending_ns = []
        for i in range(0, len(attrs), 2):
            aname, auri, aprefix, alocal = self._split(attrs[i])
            attr = Attr(aname, auri, alocal, aprefix)
            attr.value = attrs[i + 1]
            attr.ownerDocument = self.doc
            node.setAttributeNode(attr)
        self._append(node)
        self.current = node

    def end(self, name):
        self.current = self.current.parentNode

    def text(self, data):
        kids = self.current.childNodes
        if self.in_cdata:
            if kids and kids[-1].nodeType == _DomNode.CDATA_SECTION_NODE and self.cdata_open is kids[-1]:
                kids[-1].data += data
                return
            node = CDATASection(data)
            self.cdata_open = node
            self._append(node)
            return
        if kids and kids[-1].nodeType == _DomNode.TEXT_NODE:
            kids[-1].data += data
            return
        self._append(Text(data))

    def start_cdata(self):
        self.in_cdata = True
        self.cdata_open = None

    def end_cdata(self):
        self.in_cdata = False

    def comment(self, data):
        self._append(Comment(data))

    def pi(self, target, data):
        self._append(ProcessingInstruction(target, data))

    def start_ns(self, prefix, uri):
        self.pending_ns.append((prefix, uri))

    def start_doctype(self, name, sysid, pubid, has_internal):
        node = DocumentType(name, pubid, sysid)
        self._append(node)
        self.doc.doctype = node
        if has_internal:
            self.subset = []
            self.parser.DefaultHandlerExpand = self.subset.append

    def end_doctype(self):
        if self.subset is not None:
            self.parser.DefaultHandlerExpand = None
            self.doc.doctype.internalSubset = "".join(self.subset).strip() or None
            self.subset = None

    def feed_all(self, data):
        self.parser.Parse(data, True)
        return self.doc

    def feed_file(self, stream):
        self.parser.ParseFile(stream)
        return self.doc


def parseString(string, parser=None):
    """Parse a document held in a str or bytes into a Document."""
    if parser is not None:
        raise NotImplementedError("only the expat builder is available")
    return _Builder().feed_all(string)


def parse(file, parser=None, bufsize=None):
    """Parse a document from a file name or binary file into a Document."""
    if parser is not None:
        raise NotImplementedError("only the expat builder is available")
    if hasattr(file, "read"):
        return _Builder().feed_file(file)
    with open(file, "rb") as stream:
        return _Builder().feed_file(stream)
