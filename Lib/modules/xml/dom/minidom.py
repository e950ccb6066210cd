"""A small implementation of the DOM: parse() and parseString() build a
Document of Element, Text, Comment, CDATASection, ProcessingInstruction
and DocumentType nodes with the expat parser; toxml() and toprettyxml()
write a tree back out."""

import io
import warnings

import xml.dom
from xml.dom import (Node as _DomNode, EMPTY_NAMESPACE, XMLNS_NAMESPACE,
                     HierarchyRequestErr, NotFoundErr, UserDataHandler)


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
    _user_data = None

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
        if not self.childNodes:
            return
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
        return _copy_tree(self, deep, self.ownerDocument)

    def isSameNode(self, other):
        """True when other is this very node."""
        return self is other

    def isSupported(self, feature, version):
        return _implementation.hasFeature(feature, version)

    def getInterface(self, feature):
        return self if self.isSupported(feature, None) else None

    def getUserData(self, key):
        """The data stored under key by setUserData, or None."""
        entry = (self._user_data or {}).get(key)
        return entry[0] if entry is not None else None

    def setUserData(self, key, data, handler):
        """Store data under key (None removes it); handler.handle() is told
        when the node is cloned, imported or renamed. Returns the data
        stored before."""
        store = self._user_data
        if store is None:
            store = self._user_data = {}
        before = store.get(key)
        if data is None:
            store.pop(key, None)
        else:
            store[key] = (data, handler)
        return before[0] if before is not None else None

    def _tell_handlers(self, operation, src, dst):
        if not self._user_data:
            return
        for key, (data, handler) in list(self._user_data.items()):
            if handler is not None:
                handler.handle(operation, key, data, src, dst)

    def __bool__(self):
        return True

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
    childNodes = EmptyNodeList()

    def __init__(self, data=""):
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

    def _shallow_copy(self, doc):
        twin = self.__class__(self.data)
        twin.ownerDocument = doc
        return twin

    def appendChild(self, node):
        raise HierarchyRequestErr("%s nodes cannot have children" % self.nodeName)

    insertBefore = lambda self, newChild, refChild: self.appendChild(newChild)


_TEXTUAL = (_DomNode.TEXT_NODE, _DomNode.CDATA_SECTION_NODE)


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

    def _run(self):
        # the text and CDATA siblings around this node, in order, with
        # this node's own index among them
        parent = self.parentNode
        if parent is None:
            return [self], 0
        kids = parent.childNodes
        at = parent._position(self)
        first = at
        while first > 0 and kids[first - 1].nodeType in _TEXTUAL:
            first -= 1
        last = at
        while last + 1 < len(kids) and kids[last + 1].nodeType in _TEXTUAL:
            last += 1
        return list(kids[first:last + 1]), at - first

    @property
    def wholeText(self):
        """This node's text joined with that of the adjacent text nodes."""
        run, _ = self._run()
        return "".join(node.data for node in run)

    def replaceWholeText(self, content):
        """Replace the adjacent text nodes by this one holding content
        (or by nothing when content is empty); returns the node kept."""
        run, _ = self._run()
        parent = self.parentNode
        for node in run:
            if node is not self and parent is not None:
                parent.removeChild(node)
        if content:
            self.data = content
            return self
        if parent is not None:
            parent.removeChild(self)
        return None

    @property
    def isWhitespaceInElementContent(self):
        if self.data.strip():
            return False
        parent = self.parentNode
        if parent is None or parent.nodeType != _DomNode.ELEMENT_NODE:
            return False
        doc = self.ownerDocument
        return bool(doc is not None and doc._element_content.get(parent.tagName))


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
    childNodes = EmptyNodeList()

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeName(self):
        return self.target

    @nodeName.setter
    def nodeName(self, value):
        self.target = value

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    def _shallow_copy(self, doc):
        twin = ProcessingInstruction(self.target, self.data)
        twin.ownerDocument = doc
        return twin

    def appendChild(self, node):
        raise HierarchyRequestErr("%s nodes cannot have children" % self.nodeName)

    insertBefore = lambda self, newChild, refChild: self.appendChild(newChild)

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class TypeInfo:
    """The schema type of an element or attribute: namespace and name
    (both None when nothing is known)."""

    __slots__ = ("namespace", "name")

    def __init__(self, namespace, name):
        self.namespace, self.name = namespace, name

    def __repr__(self):
        if self.namespace:
            return "<%s %r (from %r)>" % (type(self).__name__, self.name, self.namespace)
        return "<%s %r>" % (type(self).__name__, self.name)


_no_type = TypeInfo(None, None)


def _type_info(declared):
    # the TypeInfo of an attribute type from an ATTLIST declaration
    if declared is None:
        return _no_type
    return TypeInfo(None, "enumeration" if declared.startswith("(") else declared.lower())


class Attr(Node):
    """An attribute: name and value, owned by at most one element."""

    nodeType = _DomNode.ATTRIBUTE_NODE
    specified = False
    ownerElement = None
    _is_id = False

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        Node.__init__(self)
        self.name = qName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.localName = localName if localName is not None else qName.rpartition(":")[2]
        self.value = ""

    @property
    def nodeName(self):
        return self.name

    @nodeName.setter
    def nodeName(self, value):
        self.name = value

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, value):
        self.value = value

    def _declared_type(self):
        owner, doc = self.ownerElement, self.ownerDocument
        if owner is None or doc is None or not doc._attr_types:
            return None
        return doc._attr_types.get((owner.tagName, self.name))

    @property
    def isId(self):
        """True for an ID attribute: made one by setIdAttribute*() or
        declared ID by the document's DTD."""
        return self._is_id or self._declared_type() == "ID"

    @property
    def schemaType(self):
        return _type_info(self._declared_type())

    def _shallow_copy(self, doc):
        twin = Attr(self.name, self.namespaceURI, self.localName, self.prefix)
        twin.value = self.value
        twin.specified = True
        twin.ownerDocument = doc
        return twin

    def cloneNode(self, deep):
        # an attribute's copy always carries its value
        return _copy_tree(self, True, self.ownerDocument)

    def unlink(self):
        owner = self.ownerElement
        if owner is not None:
            owner._drop_attr(self)
        Node.unlink(self)


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

    def __getitem__(self, key):
        if isinstance(key, tuple):
            attr = self._owner._ns_attr(*key)
            if attr is None:
                raise KeyError(key)
            return attr
        return self._owner._attrs[key]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            owner = self._owner
            attr = owner._attrs.get(name)
            if attr is None:
                attr = Attr(name)
                attr.ownerDocument = owner.ownerDocument
                owner.setAttributeNode(attr)
            attr.value = value
            return
        if not isinstance(value, Attr):
            raise TypeError("value must be a string or Attr object")
        self.setNamedItem(value)

    def __delitem__(self, key):
        if isinstance(key, tuple):
            self.removeNamedItemNS(*key)
        else:
            self.removeNamedItem(key)

    def __contains__(self, key):
        if isinstance(key, tuple):
            return self._owner._ns_attr(*key) is not None
        return key in self._owner._attrs

    def get(self, name, value=None):
        return self._owner._attrs.get(name, value)

    def getNamedItem(self, name):
        return self._owner._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._owner._ns_attr(namespaceURI, localName)

    def removeNamedItem(self, name):
        attr = self._owner._attrs.get(name)
        if attr is None:
            raise NotFoundErr()
        self._owner._drop_attr(attr)
        return attr

    def removeNamedItemNS(self, namespaceURI, localName):
        attr = self._owner._ns_attr(namespaceURI, localName)
        if attr is None:
            raise NotFoundErr()
        self._owner._drop_attr(attr)
        return attr

    def setNamedItem(self, node):
        if not isinstance(node, Attr):
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))
        return self._owner.setAttributeNode(node)

    setNamedItemNS = setNamedItem

    def keys(self):
        return self._owner._attrs.keys()

    def keysNS(self):
        return [(a.namespaceURI, a.localName) for a in self._owner._attrs.values()]

    def values(self):
        return self._owner._attrs.values()

    def items(self):
        return [(name, node.value) for name, node in self._owner._attrs.items()]

    def itemsNS(self):
        return [((a.namespaceURI, a.localName), a.value) for a in self._owner._attrs.values()]


AttributeList = NamedNodeMap


class Element(Node):
    """An element: tag name, attributes and children."""

    nodeType = _DomNode.ELEMENT_NODE
    _kids_allowed = (1, 7, 8, 3, 4, 5)
    schemaType = _no_type

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        Node.__init__(self)
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.localName = localName if localName is not None else tagName.rpartition(":")[2]
        self._attrs = {}

    attributes = property(lambda self: NamedNodeMap(self))

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def _shallow_copy(self, doc):
        twin = Element(self.tagName, self.namespaceURI, self.prefix, self.localName)
        twin.ownerDocument = doc
        for attr in self._attrs.values():
            twin._put_attr(attr._shallow_copy(doc))
        return twin

    def _put_attr(self, attr):
        self._attrs[attr.name] = attr
        attr.ownerElement = self

    def _drop_attr(self, attr):
        for name, held in self._attrs.items():
            if held is attr:
                del self._attrs[name]
                break
        attr.ownerElement = None
        attr._is_id = False

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
        attr = self._attrs.get(name)
        if attr is None:
            raise NotFoundErr()
        self._drop_attr(attr)

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def getAttributeNode(self, name):
        return self._attrs.get(name)

    def setAttributeNode(self, attr):
        """Attach attr, returning the attribute it replaces (or None)."""
        if attr.ownerElement not in (None, self):
            raise xml.dom.InuseAttributeErr("attribute node already owned")
        old = self._attrs.get(attr.name)
        if old is attr:
            return None
        if old is not None:
            self._drop_attr(old)
        same = self._ns_attr(attr.namespaceURI, attr.localName)
        if same is not None and same is not attr:
            self._drop_attr(same)
            if old is None:
                old = same
        self._put_attr(attr)
        return old

    setAttributeNodeNS = setAttributeNode

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise NotFoundErr()
        self._drop_attr(node)
        return node

    removeAttributeNodeNS = removeAttributeNode

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

    def removeAttributeNS(self, namespaceURI, localName):
        attr = self._ns_attr(namespaceURI, localName)
        if attr is None:
            raise NotFoundErr()
        self._drop_attr(attr)

    def setIdAttribute(self, name):
        """Make the attribute called name an ID of this element."""
        self.setIdAttributeNode(self._attrs.get(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self._ns_attr(namespaceURI, localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or idAttr.ownerElement is not self:
            raise NotFoundErr()
        idAttr._is_id = True

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

    def _shallow_copy(self, doc):
        twin = DocumentFragment()
        twin.ownerDocument = doc
        return twin


class ReadOnlySequentialNamedNodeMap:
    """The entities or notations of a DocumentType: a read-only list of
    nodes that can also be looked up by name."""

    def __init__(self, seq=()):
        self._seq = list(seq)

    def __len__(self):
        return len(self._seq)

    @property
    def length(self):
        return len(self._seq)

    def item(self, index):
        if 0 <= index < len(self._seq):
            return self._seq[index]
        return None

    def getNamedItem(self, name):
        for node in self._seq:
            if node.nodeName == name:
                return node
        return None

    def getNamedItemNS(self, namespaceURI, localName):
        for node in self._seq:
            if node.namespaceURI == namespaceURI and node.localName == localName:
                return node
        return None

    def __getitem__(self, key):
        if isinstance(key, tuple):
            node = self.getNamedItemNS(*key)
        else:
            node = self.getNamedItem(key)
        if node is None:
            raise KeyError(key)
        return node

    def _refuse(self, *args):
        raise xml.dom.NoModificationAllowedErr("NamedNodeMap instance is read-only")

    removeNamedItem = removeNamedItemNS = setNamedItem = setNamedItemNS = _refuse


class _DeclaredNode(Node):
    # what Entity and Notation share: public and system identifiers
    publicId = None
    systemId = None

    def appendChild(self, node):
        raise HierarchyRequestErr("cannot append children to a %s node" % type(self).__name__.lower())

    insertBefore = lambda self, newChild, refChild: self.appendChild(newChild)


class Entity(_DeclaredNode):
    """An entity declared by the DTD (the replacement text of an internal
    entity is its Text child)."""

    nodeType = _DomNode.ENTITY_NODE
    actualEncoding = None
    encoding = None
    version = None

    def __init__(self, name, publicId, systemId, notation):
        Node.__init__(self)
        self.nodeName = name
        self.publicId = publicId
        self.systemId = systemId
        self.notationName = notation

    def _shallow_copy(self, doc):
        twin = Entity(self.nodeName, self.publicId, self.systemId, self.notationName)
        twin.actualEncoding = self.actualEncoding
        twin.encoding = self.encoding
        twin.version = self.version
        twin.ownerDocument = doc
        return twin


class Notation(_DeclaredNode):
    """A notation declared by the DTD."""

    nodeType = _DomNode.NOTATION_NODE
    childNodes = EmptyNodeList()

    def __init__(self, name, publicId, systemId):
        self.nodeName = name
        self.publicId = publicId
        self.systemId = systemId

    def _shallow_copy(self, doc):
        twin = Notation(self.nodeName, self.publicId, self.systemId)
        twin.ownerDocument = doc
        return twin


class DocumentType(Node):
    """The <!DOCTYPE> of a document: name, ids, internal subset, and the
    entities and notations it declares."""

    nodeType = _DomNode.DOCUMENT_TYPE_NODE
    internalSubset = None
    childNodes = EmptyNodeList()

    def __init__(self, qualifiedName, publicId=None, systemId=None):
        self.name = qualifiedName.rpartition(":")[2]
        self.publicId = publicId
        self.systemId = systemId
        self.entities = ReadOnlySequentialNamedNodeMap()
        self.notations = ReadOnlySequentialNamedNodeMap()

    nodeName = property(lambda self: self.name)

    def appendChild(self, node):
        raise HierarchyRequestErr("%s nodes cannot have children" % self.nodeName)

    insertBefore = lambda self, newChild, refChild: self.appendChild(newChild)

    def _copy_for(self, doc, deep, operation):
        # As CPython 3.6's: neither copy keeps the internal subset (nor,
        # with it, the DTD's ID attributes), and cloneNode's copy loses the
        # public and system ids as well.
        if operation == UserDataHandler.NODE_CLONED:
            twin = DocumentType(self.name)
        else:
            twin = DocumentType(self.name, self.publicId, self.systemId)
        twin.ownerDocument = doc
        if deep:
            for source, target in ((self.notations, twin.notations), (self.entities, twin.entities)):
                for node in source._seq:
                    copied = node._shallow_copy(doc)
                    target._seq.append(copied)
                    node._tell_handlers(operation, node, copied)
        self._tell_handlers(operation, self, twin)
        return twin

    def cloneNode(self, deep):
        """A copy, unless the doctype belongs to a document (then None)."""
        if self.ownerDocument is not None:
            return None
        return self._copy_for(None, deep, UserDataHandler.NODE_CLONED)

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


def _copy_tree(node, deep, doc):
    # node copied for doc (its own document: cloneNode; another:
    # importNode), with copies of its descendants if deep; the user data
    # handlers of each copied node are told
    if node.ownerDocument is doc:
        operation = UserDataHandler.NODE_CLONED
    else:
        operation = UserDataHandler.NODE_IMPORTED
    twin = node._shallow_copy(doc)
    if deep:
        for kid in node.childNodes:
            copied = _copy_tree(kid, True, doc)
            copied.parentNode = twin
            twin.childNodes.append(copied)
    node._tell_handlers(operation, node, twin)
    return twin


class _AsyncAlias:
    # Document.async, the deprecated spelling of Document.async_
    def __get__(self, doc, owner=None):
        warnings.warn("Document.async is deprecated; use Document.async_",
                      DeprecationWarning, stacklevel=2)
        return (owner if doc is None else doc).async_

    def __set__(self, doc, value):
        warnings.warn("Document.async is deprecated; use Document.async_",
                      DeprecationWarning, stacklevel=2)
        doc.async_ = value


class Document(Node):
    """A whole document: at most one element child, documentElement."""

    nodeType = _DomNode.DOCUMENT_NODE
    nodeName = "#document"
    doctype = None
    _kids_allowed = (1, 7, 8, 10)
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    documentURI = None
    errorHandler = None
    strictErrorChecking = False
    async_ = False
    _attr_types = None
    _element_content = {}

    def __init__(self):
        Node.__init__(self)
        self.implementation = _implementation

    @property
    def documentElement(self):
        for kid in self.childNodes:
            if kid.nodeType == _DomNode.ELEMENT_NODE:
                return kid
        return None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.unlink()

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

    def unlink(self):
        self.doctype = None
        Node.unlink(self)

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

    def getElementById(self, id):
        """The first element with an ID attribute whose value is id, or
        None."""
        for element in self._descendants():
            for attr in element._attrs.values():
                if attr.value == id and attr.isId:
                    return element
        return None

    def importNode(self, node, deep):
        """A copy of node (from any document) owned by this document."""
        if node.nodeType == _DomNode.DOCUMENT_NODE:
            raise xml.dom.NotSupportedErr("cannot import document nodes")
        if node.nodeType == _DomNode.DOCUMENT_TYPE_NODE:
            raise xml.dom.NotSupportedErr("cannot import document type nodes")
        return _copy_tree(node, deep, self)

    def renameNode(self, n, namespaceURI, name):
        """Give the element or attribute n a new name and namespace."""
        if n.ownerDocument is not self:
            raise xml.dom.WrongDocumentErr(
                "cannot rename nodes from other documents;\n"
                "expected %s,\nfound %s" % (self, n.ownerDocument))
        if n.nodeType not in (_DomNode.ELEMENT_NODE, _DomNode.ATTRIBUTE_NODE):
            raise xml.dom.NotSupportedErr(
                "renameNode() only applies to element and attribute nodes")
        if namespaceURI != XMLNS_NAMESPACE:
            if ":" in name:
                if name.split(":", 1)[0] == "xmlns":
                    raise xml.dom.NamespaceErr("illegal use of 'xmlns' prefix")
            elif name == "xmlns" and n.nodeType == _DomNode.ATTRIBUTE_NODE:
                raise xml.dom.NamespaceErr("illegal use of the 'xmlns' attribute")
        prefix, local = (name.split(":", 1) if ":" in name else (None, name))
        owner = None
        if n.nodeType == _DomNode.ATTRIBUTE_NODE:
            owner = n.ownerElement
            was_id = n._is_id
            if owner is not None:
                owner._drop_attr(n)
            n.name = name
        else:
            n.tagName = n.nodeName = name
        n.prefix = prefix
        n.namespaceURI = namespaceURI
        n.localName = None if namespaceURI == EMPTY_NAMESPACE else local
        if owner is not None:
            owner.setAttributeNode(n)
            n._is_id = was_id
        return n

    def cloneNode(self, deep):
        """A deep copy of the document (None when deep is false)."""
        if not deep:
            return None
        twin = Document()
        for name in ("encoding", "standalone", "version"):
            if name in self.__dict__:
                setattr(twin, name, self.__dict__[name])
        for kid in self.childNodes:
            if kid.nodeType == _DomNode.DOCUMENT_TYPE_NODE:
                copied = kid._copy_for(twin, True, UserDataHandler.NODE_IMPORTED)
                twin.doctype = copied
            else:
                copied = _copy_tree(kid, True, twin)
            copied.parentNode = twin
            twin.childNodes.append(copied)
        self._tell_handlers(UserDataHandler.NODE_CLONED, self, twin)
        return twin

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None):
        if encoding is None:
            writer.write('<?xml version="1.0" ?>' + newl)
        else:
            writer.write('<?xml version="1.0" encoding="%s"?>%s' % (encoding, newl))
        for kid in self.childNodes:
            kid.writexml(writer, indent, addindent, newl)


setattr(Document, "async", _AsyncAlias())


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
        if len(parts) > 3:
            raise ValueError("Unsupported syntax: spaces in URIs not supported: %r" % raw)
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
            node._put_attr(attr)
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
            if self.doc.doctype.internalSubset:
                self._read_declarations(self.doc.doctype)

    def _read_declarations(self, doctype):
        # The declarations of the internal subset, read by a parser of
        # their own: with handlers for them set, the main parser would no
        # longer pass their text to the default handler that collects the
        # subset.
        from xml.parsers import expat
        p = expat.ParserCreate()
        p.EntityDeclHandler = self.entity_decl
        p.NotationDeclHandler = self.notation_decl
        p.AttlistDeclHandler = self.attlist_decl
        try:
            p.Parse("<!DOCTYPE %s [%s]><%s/>" % (doctype.name, doctype.internalSubset, doctype.name), True)
        except expat.ExpatError:
            pass

    def _declared(self, seq, node):
        node.ownerDocument = self.doc
        doctype = self.doc.doctype
        if doctype is not None:
            seq(doctype)._seq.append(node)

    def entity_decl(self, name, is_parameter, value, base, system_id, public_id, notation):
        if is_parameter:
            return
        node = Entity(name, public_id, system_id, notation)
        if value is not None:
            child = Text(value)
            child.ownerDocument = self.doc
            child.parentNode = node
            node.childNodes.append(child)
        self._declared(lambda d: d.entities, node)

    def notation_decl(self, name, base, system_id, public_id):
        self._declared(lambda d: d.notations, Notation(name, public_id, system_id))

    def attlist_decl(self, element, attribute, kind, default, required):
        if self.doc._attr_types is None:
            self.doc._attr_types = {}
        self.doc._attr_types.setdefault((element, attribute), kind)

    def feed_all(self, data):
        self.parser.Parse(data, True)
        return self.doc

    def feed_file(self, stream):
        # read() may give str (a text file) or bytes: Parse takes either
        while True:
            chunk = stream.read(16384)
            if not chunk:
                break
            self.parser.Parse(chunk, False)
        self.parser.Parse(b"", True)
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
