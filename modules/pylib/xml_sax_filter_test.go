package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of the xml.sax parts the
// earlier tests did not reach: XMLFilterBase, XMLGenerator writing into
// byte streams and codecs writers, the locator after an incomplete
// document, and external entities through an EntityResolver.

const saxFilterPrelude = pytesting.ShowRepr + `import io, codecs, xml.sax
from xml.sax import handler, saxutils, xmlreader, make_parser
from xml.sax.saxutils import XMLFilterBase, XMLGenerator
from xml.sax.handler import feature_namespaces, feature_external_ges
DOC = '<?xml version="1.0"?><root a="1"><!-- c --><?pi data?><x:e xmlns:x="urn:x" x:k="v">t&amp;</x:e><z/></root>'
class Upper(XMLFilterBase):
    def characters(self, content):
        XMLFilterBase.characters(self, content.upper())
    def startElement(self, name, attrs):
        XMLFilterBase.startElement(self, name.upper(), attrs)
    def endElement(self, name):
        XMLFilterBase.endElement(self, name.upper())
class Log(handler.ContentHandler):
    def __init__(self):
        handler.ContentHandler.__init__(self)
        self.ev = []
    def __getattribute__(self, name):
        if name in ("startElement", "endElement", "characters", "processingInstruction",
                    "startDocument", "endDocument", "startPrefixMapping", "endPrefixMapping",
                    "startElementNS", "endElementNS", "ignorableWhitespace"):
            ev = object.__getattribute__(self, "ev")
            return lambda *a: ev.append((name,) + tuple(x if isinstance(x, (str, tuple, type(None))) else sorted(x.items()) for x in a))
        return object.__getattribute__(self, name)
def filtered(flt, doc=DOC, ns=False):
    base = make_parser()
    base.setFeature(feature_namespaces, ns)
    flt.setParent(base)
    log = Log()
    flt.setContentHandler(log)
    flt.parse(io.StringIO(doc))
    return log.ev
def gen(out, encoding, text="caf\u00e9 \u20ac \u2603"):
    g = XMLGenerator(out, encoding)
    g.startDocument()
    g.startElement("doc", {"a": text})
    g.characters(text)
    g.endElement("doc")
    g.endDocument()
    return out
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e)
class Resolver:
    def __init__(self):
        self.asked = []
    def resolveEntity(self, publicId, systemId):
        self.asked.append((publicId, systemId))
        src = xmlreader.InputSource()
        src.setByteStream(io.BytesIO(b"<inner>in</inner>"))
        return src
`

var saxFilterCases = []pytesting.Case{
	{"plain filter", `filtered(XMLFilterBase())`},
	{"upper filter", `filtered(Upper())`},
	{"ns filter", `filtered(XMLFilterBase(), ns=True)`},
	{"parent", `(lambda p: (XMLFilterBase(p).getParent() is p, XMLFilterBase().getParent()))(make_parser())`},
	{"features via parent", `(lambda f: (f.getFeature(feature_namespaces), f.setFeature(feature_namespaces, True), f.getFeature(feature_namespaces)))(XMLFilterBase(make_parser()))`},
	{"unknown feature", `err(XMLFilterBase(make_parser()).getFeature, "urn:nope")`},
	{"unknown property", `err(XMLFilterBase(make_parser()).setProperty, "urn:nope", 1)`},
	{"locale", `err(XMLFilterBase(make_parser()).setLocale, "fr")`},
	{"no parent", `err(XMLFilterBase().parse, io.StringIO("<a/>"))`},
	{"relay to handlers", `(lambda f, l: (f.setContentHandler(l), f.startElement("q", {}), f.characters("z"), f.endElement("q"), l.ev))(XMLFilterBase(), Log())`},
	{"error relay", `(lambda f: err(f.fatalError, xml.sax.SAXParseException("boom", None, xmlreader.Locator())))(XMLFilterBase())`},
	{"resolve relay", `(lambda f, r: (f.setEntityResolver(r), f.resolveEntity("p", "s").getByteStream().read(), r.asked))(XMLFilterBase(), Resolver())`},
	{"filter is reader", `(issubclass(XMLFilterBase, xmlreader.XMLReader), XMLFilterBase.characters.__name__, XMLFilterBase.setFeature.__qualname__)`},
	{"filter parse error", `(lambda f: (f.setParent(make_parser()), err(f.parse, io.StringIO("<a><b></a>")))[1])(XMLFilterBase())`},
	{"utf-8 bytes", `gen(io.BytesIO(), "utf-8").getvalue()`},
	{"latin-1 refs", `gen(io.BytesIO(), "iso-8859-1").getvalue()`},
	{"utf-16 bom once", `gen(io.BytesIO(), "utf-16").getvalue()`},
	{"utf-8-sig bom once", `gen(io.BytesIO(), "utf-8-sig").getvalue()`},
	{"ascii refs", `gen(io.BytesIO(), "ascii").getvalue()`},
	{"codecs writer", `(lambda raw: (gen(codecs.getwriter("ascii")(raw, "xmlcharrefreplace"), "iso-8859-1"), raw.getvalue())[1])(io.BytesIO())`},
	{"text stream", `gen(io.StringIO(), "utf-8").getvalue()`},
	{"raw file object", `(lambda b: (gen(b, "utf-8"), b.getvalue())[1])(io.BytesIO())`},
	{"incomplete locator", `(lambda p: (p.setContentHandler(handler.ContentHandler()), err(p.parse, io.StringIO("<foo>")), p.getColumnNumber(), p.getLineNumber()))(make_parser())`},
	{"incomplete two lines", `(lambda p: (err(p.parse, io.StringIO("<foo>\n<bar>")), p.getColumnNumber(), p.getLineNumber()))(make_parser())`},
	{"after success", `(lambda p: (p.parse(io.StringIO("<foo/>")), p.getColumnNumber(), p.getLineNumber()))(make_parser())`},
	{"external entity", `(lambda p, r, out: (p.setFeature(feature_external_ges, True), p.setEntityResolver(r), p.setContentHandler(XMLGenerator(out)), [p.feed(s) for s in ('<!DOCTYPE doc [\n', '<!ENTITY ext SYSTEM "some.xml">\n', ']>\n', '<doc>&ext;</doc>')], p.close(), out.getvalue(), r.asked))(make_parser(), Resolver(), io.BytesIO())`},
	{"external entity off", `(lambda p, r, out: (p.setEntityResolver(r), p.setContentHandler(XMLGenerator(out)), p.feed('<!DOCTYPE doc [<!ENTITY ext SYSTEM "x.xml">]><doc>&ext;</doc>'), p.close(), out.getvalue(), r.asked))(make_parser(), Resolver(), io.BytesIO())`},
	{"close twice", `(lambda p: (p.feed("<a/>"), p.close(), p.close()))(make_parser())`},
}

func TestSAXFilterDifferential(t *testing.T) {
	pytesting.DiffCases(t, "xml_sax_filter", saxFilterPrelude, saxFilterCases)
}
