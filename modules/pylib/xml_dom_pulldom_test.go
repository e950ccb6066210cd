package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of xml.dom.pulldom and xml.dom.minicompat
// (Lib/modules/xml/dom) against CPython 3.6.

const pulldomPrelude = pytesting.ShowRepr + `import io, os, tempfile, copy, pickle, xml.dom, xml.sax
from xml.dom import pulldom, minicompat
from xml.dom.minicompat import NodeList, EmptyNodeList, defproperty, StringTypes
DOC = '''<?xml version="1.0"?>
<!-- before -->
<?early stuff?>
<lib xmlns:b="urn:b" id="L">
  <b:book n="1">Dune &amp; more</b:book>
  <book n="2"><title>Emma</title><![CDATA[raw <text>]]></book>
  <!-- inside -->
  <?late x?>
</lib>'''
def show(node):
    if node is None:
        return None
    kind = type(node).__name__
    if hasattr(node, "tagName"):
        return (kind, node.tagName, sorted((a.name, a.value) for a in node.attributes.values()) if node.attributes else [])
    if hasattr(node, "target"):
        return (kind, node.target, node.data)
    if hasattr(node, "data"):
        return (kind, node.data)
    return (kind,)
def events(stream):
    return [(e, show(n)) for e, n in stream]
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e)
d = tempfile.mkdtemp()
P = os.path.join(d, "doc.xml")
with open(P, "w") as f:
    f.write(DOC)
class Flat(xml.sax.xmlreader.XMLReader):
    # A reader with no feed(): DOMEventStream parses it all at once.
    def __init__(self):
        xml.sax.xmlreader.XMLReader.__init__(self)
        self.feats = {}
    def setFeature(self, name, value):
        self.feats[name] = value
    def parse(self, source):
        h = self.getContentHandler()
        h.startDocument()
        h.comment("c0")
        h.startElement("r", {"k": "v"})
        h.characters("hi")
        h.processingInstruction("t", "d")
        h.ignorableWhitespace(" ")
        h.endElement("r")
        h.endDocument()
`

var pulldomCases = []pytesting.Case{
	{"parseString events", `events(pulldom.parseString(DOC))`},
	{"parse file name", `events(pulldom.parse(P)) == events(pulldom.parseString(DOC))`},
	{"parse binary file", `len(events(pulldom.parse(open(P, "rb"), bufsize=7)))`},
	{"small bufsize", `events(pulldom.parse(io.BytesIO(b"<a><b>x</b></a>"), bufsize=1))`},
	{"expandNode", `(lambda s: [(e, n.toxml()) for e, n in s if e == pulldom.START_ELEMENT and n.tagName == "book" and not s.expandNode(n)])(pulldom.parseString(DOC))`},
	{"expand then continue", `(lambda s: (next(s)[0], s.expandNode(next(s)[1]) if False else None, [e for e, n in s][:3]))(pulldom.parseString("<a><b/><c>t</c></a>"))`},
	{"expand root", `(lambda s: (next(s)[0], (lambda n: (s.expandNode(n), n.toxml()))(next(s)[1]), err(next, s)))(pulldom.parseString("<r><x a='1'>y</x><z/></r>"))`},
	{"document node", `(lambda s: (lambda e, n: (e, type(n).__name__, hasattr(n, "createElement")))(*next(s)))(pulldom.parseString("<a/>"))`},
	{"namespace attrs", `[(n.tagName, n.namespaceURI, n.getAttribute("xmlns:b")) for e, n in pulldom.parseString(DOC) if e == pulldom.START_ELEMENT][:2]`},
	{"end event same node", `(lambda evs: evs[1][1] is evs[-2][1])(list(pulldom.parseString("<a><b/></a>")))`},
	{"getitem", `(lambda s: (s[0][0], s[5][0], err(lambda: [s[i] for i in range(99)])))(pulldom.parseString("<a/>"))`},
	{"getEvent end", `(lambda s: ([s.getEvent()[0] for _ in range(4)], s.getEvent()))(pulldom.parseString("<a/>"))`},
	{"clear", `(lambda s: (list(s) and None, s.clear(), s.parser, s.stream, hasattr(s, "pulldom")))(pulldom.parseString("<a/>"))`},
	{"reset", `(lambda s: (next(s)[0], s.reset(), type(s.pulldom).__name__))(pulldom.parseString("<a/>"))`},
	{"external ges off", `pulldom.parseString("<a/>").parser.getFeature(xml.sax.handler.feature_external_ges)`},
	{"namespaces on", `pulldom.parseString("<a/>").parser.getFeature(xml.sax.handler.feature_namespaces)`},
	{"malformed", `err(lambda: list(pulldom.parseString("<a><b></a>")))`},
	{"empty", `err(lambda: list(pulldom.parseString("")))`},
	{"flat reader", `(lambda s: [(s.getEvent()[0], show(s.getEvent()[1]) if False else None) for _ in range(1)] and events([s.getEvent() for _ in range(7)]))(pulldom.parse(None, parser=Flat()))`},
	{"flat reader features", `pulldom.parse(None, parser=Flat()).parser.feats`},
	{"PullDOM by hand", `(lambda h: (h.startDocument(), h.startElement("x", {"a": "b"}), h.characters("t"), h.endElement("x"), h.endDocument(), h.firstEvent[1][0][0], h.document.toxml()))(pulldom.PullDOM())`},
	{"SAX2DOM", `(lambda h: (h.startDocument(), h.startElement("x", {}), h.startElement("y", {}), h.characters("t"), h.processingInstruction("p", "q"), h.endElement("y"), h.ignorableWhitespace(" "), h.endElement("x"), h.endDocument(), h.document.toxml()))(pulldom.SAX2DOM())`},
	{"ErrorHandler", `(lambda h: (h.warning("w"), err(h.error, ValueError("e")), err(h.fatalError, KeyError("f"))))(pulldom.ErrorHandler())`},
	{"constants", `(pulldom.START_ELEMENT, pulldom.END_ELEMENT, pulldom.COMMENT, pulldom.START_DOCUMENT, pulldom.END_DOCUMENT, pulldom.PROCESSING_INSTRUCTION, pulldom.IGNORABLE_WHITESPACE, pulldom.CHARACTERS, pulldom.default_bufsize)`},
	{"names", `sorted(k for k in vars(pulldom) if not k.startswith("_"))`},
	{"comments before root", `[e for e, n in pulldom.parseString("<!--x--><?p q?><r/>")]`},
}

var minicompatCases = []pytesting.Case{
	{"NodeList item", `(lambda n: (n.item(0), n.item(1), n.item(2), n.item(-1), n.length, len(n)))(NodeList([10, 20]))`},
	{"NodeList length readonly", `err(setattr, NodeList(), "length", 3)`},
	{"NodeList index errors", `(err(lambda: NodeList()[0]), err(lambda: NodeList()[-1]))`},
	{"NodeList add", `(lambda a, b: (type(a).__name__, a, type(b).__name__, b))(NodeList([3]) + [1], [1] + NodeList([3]))`},
	{"NodeList copy", `(lambda n: (copy.copy(n), copy.deepcopy(n), copy.copy(n)[0] is n[0], copy.deepcopy(n)[0] is n[0], type(copy.copy(n)).__name__))(NodeList([[1], [2]]))`},
	{"NodeList pickle", `[(lambda r: (type(r).__name__, r))(pickle.loads(pickle.dumps(NodeList([1, "a"]), p))) for p in range(pickle.HIGHEST_PROTOCOL + 1)]`},
	{"NodeList setstate", `(lambda n: (n.__setstate__(None), list(n), n.__setstate__([4]), list(n)))(NodeList([1]))`},
	{"NodeList no dict", `err(setattr, NodeList(), "x", 1)`},
	{"EmptyNodeList", `(lambda e: (e.item(0), e.length, len(e), err(lambda: e[0]), err(setattr, e, "length", 1), e == ()))(EmptyNodeList())`},
	{"EmptyNodeList add", `(lambda a, b: (type(a).__name__, a, type(b).__name__, b))(EmptyNodeList() + [1, 2], [1, 2] + EmptyNodeList())`},
	{"defproperty", `(lambda C: (defproperty(C, "size", doc="d"), C().size, err(setattr, C(), "size", 2), C.size.__doc__))(type("C", (), {"_get_size": lambda self: 7}))`},
	{"defproperty setter present", `err(defproperty, type("D", (), {"_get_v": lambda s: 1, "_set_v": lambda s, v: 0}), "v", "")`},
	{"defproperty missing getter", `err(defproperty, type("E", (), {}), "w", "")`},
	{"StringTypes", `(StringTypes, minicompat.__all__)`},
	{"length doc", `(NodeList.length.__doc__, EmptyNodeList.length.__doc__)`},
	{"minidom uses it", `(lambda doc: (type(doc.childNodes).__name__, type(doc.documentElement.childNodes).__name__, doc.childNodes.length))(__import__("xml.dom.minidom").dom.minidom.parseString("<a><b/></a>"))`},
}

func TestPulldomDifferential(t *testing.T) {
	pytesting.DiffCases(t, "xml_dom_pulldom", pulldomPrelude, pulldomCases)
}

func TestMinicompatDifferential(t *testing.T) {
	pytesting.DiffCases(t, "xml_dom_minicompat", pulldomPrelude, minicompatCases)
}
