"""The ElementTree API: a tree of Element objects, built from XML by an
expat-based parser and written back out as XML, HTML or plain text.

Element holds a tag, an attribute dict, text (before the first child),
tail (after the element's end tag) and a list of children. ElementTree
wraps a root element for whole-document reading and writing."""

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "iselement", "iterparse", "parse", "ParseError",
    "PI", "ProcessingInstruction", "QName", "SubElement", "tostring",
    "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser",
    "XMLPullParser", "register_namespace",
]

VERSION = "1.3.0"

import sys
import re
import io
import warnings
from operator import index as _operator_index

from . import ElementPath


class ParseError(SyntaxError):
    """Raised when XML cannot be parsed; code is expat's error number and
    position the (line, column) pair where it happened."""

    def __init__(self, *args):
        SyntaxError.__init__(self, *args)
        # SyntaxError's fields, None until given, as on 3.6.
        for name in ("msg", "filename", "lineno", "offset", "text",
                     "print_file_and_line"):
            if name not in vars(self):
                setattr(self, name, None)
        if args and len(args) != 2:
            self.msg = args[0]


def iselement(element):
    """True when element looks like an Element (it has a tag)."""
    return hasattr(element, "tag")


def _slice_bounds(start, stop, step, n):
    # slice.indices for a sequence of n items, any size of int allowed.
    if step == 0:
        raise ValueError("slice step cannot be zero")
    low, high = (-1, n - 1) if step < 0 else (0, n)

    def clamp(i, default):
        if i is None:
            return default
        i = _operator_index(i)
        if i < 0:
            i += n
            return low if i < 0 else i
        return high if i >= n else i
    return clamp(start, high if step < 0 else 0), clamp(stop, low if step < 0 else n), step


_ELEMENT_NAME = "xml.etree.ElementTree.Element"


def _need_element(value, what):
    if not isinstance(value, Element):
        raise TypeError("%s must be %s, not %s" % (what, _ELEMENT_NAME, type(value).__name__))


class Element:
    """One node of the tree: tag, attrib, text, tail and children."""

    text = None
    tail = None

    def __init__(*args, **extra):
        if len(args) < 2:
            raise TypeError("Element() takes at least 1 argument (0 given)")
        if len(args) > 3:
            raise TypeError("Element() takes at most 2 arguments (%d given)" % (len(args) - 1))
        self, tag = args[0], args[1]
        if len(args) == 3:
            attrib = args[2]
            if not isinstance(attrib, dict):
                raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        else:
            attrib = extra.pop("attrib", {})
            if not isinstance(attrib, dict):
                raise TypeError("attrib must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = dict(attrib)
        self.attrib.update(extra)
        self._children = []

    def __repr__(self):
        return "<Element %r at %#x>" % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        """A new element of this element's kind."""
        return self.__class__(tag, attrib)

    def __copy__(self):
        twin = self.makeelement(self.tag, {})
        twin.attrib = self.attrib
        twin.text = self.text
        twin.tail = self.tail
        twin._children = list(self._children)
        return twin

    def __deepcopy__(self, memo):
        import copy
        twin = self.makeelement(copy.deepcopy(self.tag, memo), copy.deepcopy(self.attrib, memo))
        twin.text = copy.deepcopy(self.text, memo)
        twin.tail = copy.deepcopy(self.tail, memo)
        twin._children = [copy.deepcopy(kid, memo) for kid in self._children]
        return twin

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range")

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            value = list(value)
            if index.step not in (None, 1):
                # The step's __index__ runs first: it may change the
                # children, whose count then bounds the slice.
                step = _operator_index(index.step)
                start, stop, step = _slice_bounds(index.start, index.stop,
                                                  step, len(self._children))
                if step > 0:
                    span = max(0, (stop - start + step - 1) // step)
                else:
                    span = max(0, (start - stop - step - 1) // -step)
                if span != len(value):
                    raise ValueError("attempt to assign sequence of size %d to extended slice of size %d"
                                     % (len(value), span))
                for i, item in enumerate(value):
                    self._children[start + i * step] = item
                return
            self._children[index] = value
            return
        try:
            self._children[index] = value
        except IndexError:
            raise IndexError("child assignment index out of range")

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._children[index]
            return
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range")

    def append(self, subelement):
        """Add subelement as the last child."""
        _need_element(subelement, "append() argument")
        self._children.append(subelement)

    def extend(self, elements):
        """Add each element of the sequence elements as a child."""
        try:
            items = list(elements)
        except TypeError:
            raise TypeError('expected sequence, not "%s"' % type(elements).__name__)
        for item in items:
            if not isinstance(item, Element):
                raise TypeError('expected an Element, not "%s"' % type(item).__name__)
        self._children.extend(items)

    def insert(self, index, subelement):
        """Put subelement before the child at index."""
        _need_element(subelement, "insert() argument 2")
        self._children.insert(index, subelement)

    def remove(self, subelement):
        """Take away the child that is subelement (compared by identity
        first, then equality)."""
        _need_element(subelement, "remove() argument")
        for i, kid in enumerate(self._children):
            if kid is subelement or kid == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def getchildren(self):
        """The children as a new list (deprecated: use list(elem))."""
        return list(self._children)

    def find(self, path, namespaces=None):
        """The first element that path matches, or None."""
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """The text of the first element path matches ('' if it has none),
        or default."""
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """Every element path matches, as a list."""
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """Every element path matches, as an iterator."""
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        """Drop the attributes, the children, text and tail."""
        self.attrib.clear()
        self._children = []
        self.text = None
        self.tail = None

    def get(self, key, default=None):
        """The value of attribute key, or default."""
        return self.attrib.get(key, default)

    def set(self, key, value):
        """Give attribute key the value."""
        self.attrib[key] = value

    def keys(self):
        """The attribute names, as a list."""
        return list(self.attrib)

    def items(self):
        """The (name, value) pairs of the attributes, as a list."""
        return list(self.attrib.items())

    def iter(self, tag=None):
        """This element and its descendants in document order; with tag,
        only those whose tag equals it ("*" means any)."""
        if tag == "*":
            tag = None
        pending = [self]
        while pending:
            node = pending.pop()
            if tag is None or node.tag == tag:
                yield node
            pending.extend(reversed(node._children))

    def getiterator(self, tag=None):
        """The elements iter(tag) gives, as a list (deprecated)."""
        return list(self.iter(tag))

    def itertext(self):
        """The text pieces of this element and its descendants in document
        order (comments and processing instructions add only their tail)."""
        tag = self.tag
        if tag is not None and not isinstance(tag, str):
            return
        text = self.text
        if text:
            yield text
        for kid in self._children:
            yield from kid.itertext()
            tail = kid.tail
            if tail:
                yield tail


def SubElement(parent, tag, attrib={}, **extra):
    """Make an element with tag and attributes, appended to parent."""
    _need_element(parent, "SubElement() argument 1")
    merged = dict(attrib)
    merged.update(extra)
    child = parent.makeelement(tag, merged)
    parent.append(child)
    return child


def Comment(text=None):
    """An element the serializer writes as <!--text-->."""
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    """An element the serializer writes as <?target text?>."""
    node = Element(ProcessingInstruction)
    node.text = target if not text else target + " " + text
    return node


PI = ProcessingInstruction


class QName:
    """A qualified name "{uri}local" that is serialized with a prefix,
    as a tag, attribute name, attribute value or text."""

    def __init__(self, text_or_uri, tag=None):
        self.text = text_or_uri
        if tag:
            self.text = "{" + str(text_or_uri) + "}" + str(tag)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    __str__ = lambda self: self.text
    __hash__ = lambda self: hash(self.text)
    __repr__ = lambda self: "<%s %r>" % (type(self).__name__, self.text)

    def __eq__(self, other):
        return self.text == self._key(other)

    def __ne__(self, other):
        return self.text != self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


class ElementTree:
    """A document: a root element, with parsing and writing of the whole."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        """The root element."""
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Read the document in source (a file name or a binary file)
        into this tree and return its root."""
        own_file = None if hasattr(source, "read") else open(source, "rb")
        reader = (own_file or source).read
        try:
            parser = parser or XMLParser(target=TreeBuilder())
            chunk = reader(65536)
            while chunk:
                parser.feed(chunk)
                chunk = reader(65536)
            self._root = parser.close()
        finally:
            if own_file is not None:
                own_file.close()
        return self._root

    def iter(self, tag=None):
        """The root's iter(tag)."""
        return self._root.iter(tag)

    def getiterator(self, tag=None):
        """The root's iter(tag) as a list (deprecated)."""
        return list(self.iter(tag))

    def _relative(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed "
                "in a future version.  If you rely on the current behaviour, "
                "change it to %r" % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        """The root's find(path), a leading "/" read as "./"."""
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """The root's findtext(path)."""
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        """The root's findall(path)."""
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        """The root's iterfind(path)."""
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        """Serialize the tree to a file name or file object.

        encoding defaults to "us-ascii"; "unicode" writes str to a text
        file. An XML declaration is written when xml_declaration is true,
        or when it is None and the encoding is neither us-ascii nor utf-8.
        method is "xml" (the default), "html" or "text"."""
        text = _serialize(self._root, encoding, xml_declaration, default_namespace,
                          method, short_empty_elements)
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(text)
            return
        mode = "w" if isinstance(text, str) else "wb"
        if mode == "w":
            with open(file_or_filename, mode, encoding="utf-8") as out:
                out.write(text)
        else:
            with open(file_or_filename, mode) as out:
                out.write(text)


# prefix, uri: the namespaces written with a fixed prefix on output.
_WELL_KNOWN = (
    ("xml", "http://www.w3.org/XML/1998/namespace"),
    ("html", "http://www.w3.org/1999/xhtml"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("wsdl", "http://schemas.xmlsoap.org/wsdl/"),
    ("xs", "http://www.w3.org/2001/XMLSchema"),
    ("xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ("dc", "http://purl.org/dc/elements/1.1/"),
)
_namespace_map = dict((uri, prefix) for prefix, uri in _WELL_KNOWN)


def register_namespace(prefix, uri):
    """Write names in namespace uri with prefix from now on."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    stale = [key for key, value in _namespace_map.items() if value == prefix]
    _namespace_map.pop(uri, None)
    for key in stale:
        _namespace_map.pop(key, None)
    _namespace_map[uri] = prefix


# The map register_namespace keeps, reachable from the function as well.
register_namespace._namespace_map = _namespace_map


def _cannot_serialize(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


_TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))


def _escape_text(text):
    if not isinstance(text, str):
        _cannot_serialize(text)
    for char, entity in _TEXT_ESCAPES:
        if char in text:
            text = text.replace(char, entity)
    return text


def _escape_attr(text):
    text = _escape_text(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "&#10;").replace("\t", "&#09;")


def _escape_attr_html(text):
    if not isinstance(text, str):
        _cannot_serialize(text)
    return text.replace("&", "&amp;").replace(">", "&gt;").replace('"', "&quot;")


class _Names:
    """The prefixed spelling of every qualified name in a tree, and the
    prefix declarations the root element must carry."""

    def __init__(self, root, default_namespace):
        self.spelled = {None: None}
        self.declared = {}
        self.default = default_namespace
        if default_namespace:
            self.declared[default_namespace] = ""
        for node in root.iter():
            tag = node.tag
            if isinstance(tag, QName):
                self.add(tag.text)
            elif isinstance(tag, str):
                self.add(tag)
            elif tag is not None and tag is not Comment and tag is not ProcessingInstruction:
                _cannot_serialize(tag)
            for key, value in node.items():
                self.add(key.text if isinstance(key, QName) else key)
                if isinstance(value, QName):
                    self.add(value.text)
            if isinstance(node.text, QName):
                self.add(node.text.text)

    def add(self, name):
        if name in self.spelled:
            return
        if not isinstance(name, str):
            _cannot_serialize(name)
        if name[:1] != "{":
            if self.default:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            self.spelled[name] = name
            return
        uri, _, local = name[1:].partition("}")
        prefix = self.declared.get(uri)
        if prefix is None:
            prefix = _namespace_map.get(uri) or "ns%d" % len(self.declared)
            if prefix != "xml":
                self.declared[uri] = prefix
        self.spelled[name] = prefix + ":" + local if prefix else local


_HTML_VOID = ("area", "base", "basefont", "br", "col", "frame", "hr", "img",
              "input", "isindex", "link", "meta", "param")


def _write_xml(out, node, names, declare, short_empty):
    tag = node.tag
    if tag is Comment:
        out.append("<!--%s-->" % node.text)
    elif tag is ProcessingInstruction:
        out.append("<?%s?>" % node.text)
    elif tag is None:
        if node.text:
            out.append(_escape_text(node.text))
        for kid in node:
            _write_xml(out, kid, names, None, short_empty)
    else:
        name = names.spelled[tag.text if isinstance(tag, QName) else tag]
        out.append("<" + name)
        if declare:
            for uri, prefix in sorted(declare.items(), key=lambda pair: pair[1]):
                attr = "xmlns:" + prefix if prefix else "xmlns"
                out.append(' %s="%s"' % (attr, _escape_attr(uri)))
        for key, value in sorted(node.items()):
            if isinstance(key, QName):
                key = key.text
            value = names.spelled[value.text] if isinstance(value, QName) else _escape_attr(value)
            out.append(' %s="%s"' % (names.spelled[key], value))
        if node.text or len(node) or not short_empty:
            out.append(">")
            if node.text:
                text = node.text
                out.append(names.spelled[text.text] if isinstance(text, QName) else _escape_text(text))
            for kid in node:
                _write_xml(out, kid, names, None, short_empty)
            out.append("</" + name + ">")
        else:
            out.append(" />")
    if node.tail:
        out.append(_escape_text(node.tail))


def _write_html(out, node, names, declare, short_empty):
    tag = node.tag
    if tag is Comment:
        out.append("<!--%s-->" % _escape_text(node.text))
    elif tag is ProcessingInstruction:
        out.append("<?%s?>" % _escape_text(node.text))
    elif tag is None:
        if node.text:
            out.append(_escape_text(node.text))
        for kid in node:
            _write_html(out, kid, names, None, short_empty)
    else:
        name = names.spelled[tag.text if isinstance(tag, QName) else tag]
        out.append("<" + name)
        if declare:
            for uri, prefix in sorted(declare.items(), key=lambda pair: pair[1]):
                attr = "xmlns:" + prefix if prefix else "xmlns"
                out.append(' %s="%s"' % (attr, _escape_attr(uri)))
        for key, value in sorted(node.items()):
            if isinstance(key, QName):
                key = key.text
            value = names.spelled[value.text] if isinstance(value, QName) else _escape_attr_html(value)
            out.append(' %s="%s"' % (names.spelled[key], value))
        out.append(">")
        lower = name.lower()
        if node.text:
            out.append(node.text if lower in ("script", "style") else _escape_text(node.text))
        for kid in node:
            _write_html(out, kid, names, None, short_empty)
        if lower not in _HTML_VOID:
            out.append("</" + name + ">")
    if node.tail:
        out.append(_escape_text(node.tail))


def _render(root, encoding, xml_declaration, default_namespace, method, short_empty):
    """The document as the list of str pieces the serializer writes, and
    the encoding to apply ("unicode": none)."""
    if not method:
        method = "xml"
    elif method not in ("xml", "html", "text"):
        raise ValueError("unknown method %r" % method)
    if not encoding:
        encoding = "utf-8" if method == "c14n" else "us-ascii"
    lowered = encoding.lower()
    out = []
    if method == "xml" and (xml_declaration or
                            (xml_declaration is None and lowered not in ("utf-8", "us-ascii", "unicode"))):
        declared = encoding
        if lowered == "unicode":
            import locale
            declared = locale.getpreferredencoding()
        out.append("<?xml version='1.0' encoding='%s'?>\n" % declared)
    if method == "text":
        out.extend(root.itertext())
        if root.tail:
            out.append(root.tail)
    else:
        names = _Names(root, default_namespace)
        writer = _write_xml if method == "xml" else _write_html
        writer(out, root, names, names.declared, short_empty)
    return out, encoding


def _serialize(root, encoding, xml_declaration, default_namespace, method, short_empty):
    """The document as str (encoding "unicode") or encoded bytes."""
    pieces, encoding = _render(root, encoding, xml_declaration, default_namespace, method, short_empty)
    text = "".join(pieces)
    if encoding.lower() == "unicode":
        return text
    return text.encode(encoding, "xmlcharrefreplace")


def tostring(element, encoding=None, method=None, *, short_empty_elements=True):
    """element and its descendants as XML: bytes in encoding (default
    us-ascii), or str with encoding="unicode"."""
    if encoding is not None and encoding != "unicode" and encoding.lower() == "unicode":
        raise TypeError("a bytes-like object is required, not 'str'")
    return _serialize(element, encoding, None, None, method, short_empty_elements)


def tostringlist(element, encoding=None, method=None, *, short_empty_elements=True):
    """tostring's output as a list of pieces."""
    if encoding == "unicode":
        return _render(element, encoding, None, None, method, short_empty_elements)[0]
    return [tostring(element, encoding, method, short_empty_elements=short_empty_elements)]


def dump(elem):
    """Print elem (or an ElementTree) to sys.stdout, for debugging."""
    tree = elem if isinstance(elem, ElementTree) else ElementTree(elem)
    tree.write(sys.stdout, encoding="unicode")
    if not (tree.getroot().tail or "").endswith("\n"):
        sys.stdout.write("\n")


def parse(source, parser=None):
    """Parse the document in source (file name or binary file) into an
    ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class TreeBuilder:
    """A parser target that builds Elements (or what element_factory
    makes) from start, data and end calls."""

    def __init__(self, element_factory=None):
        self._factory = element_factory or Element
        self._open = []
        self._text = []
        self._previous = None
        self._after_end = False
        self._root = None

    def _settle_text(self):
        if not self._text:
            return
        if self._previous is not None:
            joined = "".join(self._text)
            if self._after_end:
                self._previous.tail = joined
            else:
                self._previous.text = joined
        self._text = []

    def start(self, tag, attrs):
        """Open an element; returns it."""
        self._settle_text()
        node = self._factory(tag, attrs)
        if self._open:
            self._open[-1].append(node)
        elif self._root is None:
            self._root = node
        self._open.append(node)
        self._previous = node
        self._after_end = False
        return node

    def data(self, data):
        """Add character data to the current text or tail."""
        self._text.append(data)

    def end(self, tag):
        """Close the innermost open element; returns it."""
        self._settle_text()
        self._previous = self._open.pop()
        self._after_end = True
        return self._previous

    def close(self):
        """Finish; returns the root element (None without one)."""
        self._settle_text()
        return self._root


def _fix_name(name):
    return "{" + name if "}" in name else name


class XMLParser:
    """An expat-driven parser that calls a target's start, end, data,
    comment, pi, doctype and close methods (a TreeBuilder by default).
    feed() takes data piece by piece; close() returns target.close()."""

    def __init__(self, html=0, target=None, encoding=None):
        from xml.parsers import expat
        self._expat = expat
        self.parser = self._parser = expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        self.target = self._target = target
        self._error = expat.error
        self._names = {}
        self._events = None
        self._wanted = ()
        self.entity = {}
        self.version = "Expat %d.%d.%d" % expat.version_info
        p = self._parser
        p.DefaultHandlerExpand = self._on_default
        if hasattr(target, "start"):
            p.StartElementHandler = self._on_start
        if hasattr(target, "end"):
            p.EndElementHandler = self._on_end
        if hasattr(target, "data"):
            p.CharacterDataHandler = target.data
        if hasattr(target, "comment"):
            p.CommentHandler = target.comment
        if hasattr(target, "pi"):
            p.ProcessingInstructionHandler = target.pi
        p.StartDoctypeDeclHandler = self._on_doctype
        p.ordered_attributes = 1
        p.specified_attributes = 1

    def _setevents(self, queue, events):
        """Report the events named in events ("start", "end", "start-ns",
        "end-ns") by appending (event, value) to queue."""
        wanted = []
        for name in events:
            if name in ("start", "end", "start-ns", "end-ns"):
                wanted.append(name)
            else:
                raise ValueError("unknown event %r" % name)
        self._events = queue
        self._wanted = tuple(wanted)
        p = self._parser
        if "start" in wanted:
            p.StartElementHandler = self._on_start
        if "end" in wanted:
            p.EndElementHandler = self._on_end
        if "start-ns" in wanted:
            p.StartNamespaceDeclHandler = self._on_start_ns
        if "end-ns" in wanted:
            p.EndNamespaceDeclHandler = self._on_end_ns

    def _name(self, raw):
        name = self._names.get(raw)
        if name is None:
            name = self._names[raw] = _fix_name(raw)
        return name

    def _on_start(self, tag, attr_list):
        attrs = {}
        for i in range(0, len(attr_list), 2):
            attrs[self._name(attr_list[i])] = attr_list[i + 1]
        node = self._target.start(self._name(tag), attrs)
        if "start" in self._wanted:
            self._events.append(("start", node))
        return node

    def _on_end(self, tag):
        node = self._target.end(self._name(tag))
        if "end" in self._wanted:
            self._events.append(("end", node))
        return node

    def _on_start_ns(self, prefix, uri):
        self._events.append(("start-ns", (prefix or "", uri or "")))

    def _on_end_ns(self, prefix):
        self._events.append(("end-ns", None))

    def _on_doctype(self, name, sysid, pubid, has_internal):
        handler = getattr(self._target, "doctype", None)
        if handler is not None:
            handler(name, pubid, sysid)
        elif type(self).doctype is not XMLParser.doctype:
            # A subclass overriding the deprecated hook still hears of the
            # doctype, after the warning.
            XMLParser.doctype(self, name, pubid, sysid)
            self.doctype(name, pubid, sysid)

    def doctype(self, name, pubid, system):
        """Deprecated hook for the document type declaration; a target's
        doctype method is what receives it."""
        warnings.warn("This method of XMLParser is deprecated.  Define"
                      " doctype() method on the TreeBuilder target.",
                      DeprecationWarning, stacklevel=2)

    def _on_default(self, text):
        if text[:1] != "&" or text[-1:] != ";":
            return
        name = text[1:-1]
        if name in self.entity:
            if hasattr(self._target, "data"):
                self._target.data(self.entity[name])
            return
        p = self._parser
        err = ParseError("undefined entity %s: line %d, column %d"
                         % (text, p.ErrorLineNumber, p.ErrorColumnNumber))
        err.code = 11
        err.position = (p.ErrorLineNumber, p.ErrorColumnNumber)
        raise err

    def _drive(self, data, final):
        # expat's errors leave as ParseError with code and position.
        try:
            self._parser.Parse(data, final)
        except self._error as exc:
            failure = ParseError(str(exc))
            failure.code, failure.position = exc.code, (exc.lineno, exc.offset)
            raise failure

    def feed(self, data):
        """Parse the next piece of the document (str or bytes)."""
        self._drive(data, False)

    def close(self):
        """Finish the document; returns what target.close() returns."""
        self._drive(b"", True)
        closer = getattr(self._target, "close", None)
        result = closer() if closer is not None else None
        self._parser = self._target = None
        return result


def XML(text, parser=None):
    """Parse a document held in a str or bytes; returns its root."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    """Parse a document given as a sequence of pieces; returns its root."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    for piece in sequence:
        parser.feed(piece)
    return parser.close()


def XMLID(text, parser=None):
    """Parse text; returns the root and a dict from each id attribute to
    its element."""
    root = XML(text, parser)
    tagged = [(node.get("id"), node) for node in root.iter()]
    return root, dict((key, node) for key, node in tagged if key)


class XMLPullParser:
    """A non-blocking parser: feed() data as it arrives, read_events()
    for the (event, value) pairs parsed so far."""

    def __init__(self, events=None, *, _parser=None):
        self._queue = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        self._parser._setevents(self._queue, events if events is not None else ("end",))

    def feed(self, data):
        """Parse data; a parse error is raised by read_events()."""
        parser = self._parser
        if parser is None:
            raise ValueError("feed() called after end of stream")
        if not data:
            return
        try:
            parser.feed(data)
        except SyntaxError as exc:
            # Kept for read_events(), which raises it in order.
            self._queue.append(exc)

    def _finish(self):
        parser, self._parser = self._parser, None
        return parser.close()

    def close(self):
        """Finish the document."""
        self._finish()

    def read_events(self):
        """Yield the events parsed so far, consuming them."""
        queue = self._queue
        while queue:
            item = queue.pop(0)
            if isinstance(item, Exception):
                raise item
            yield item


class _IterParse:
    """What iterparse returns: an iterator of events with .root set once
    the whole document is read."""

    def __init__(self, source, events, parser):
        self.root = None
        self._opened = not hasattr(source, "read")
        self._source = open(source, "rb") if self._opened else source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._steps = self._run()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._steps)

    def _run(self):
        try:
            while True:
                yield from self._pull.read_events()
                chunk = self._source.read(16 * 1024)
                if not chunk:
                    break
                self._pull.feed(chunk)
            self.root = self._pull._finish()
            yield from self._pull.read_events()
        finally:
            if self._opened:
                self._source.close()


def iterparse(source, events=None, parser=None):
    """Parse source (file name or binary file) step by step, yielding
    (event, element) pairs for the events named ("end" by default)."""
    return _IterParse(source, events, parser)


# The Python classes under the names the C accelerator's users reach for
# (there is no accelerator: these are the only ones).
_Element_Py = Element
