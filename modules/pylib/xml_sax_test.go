package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of xml.sax, its expat driver and xml.sax.saxutils
// against CPython 3.6.

const saxPrelude = pytesting.ShowRepr + `import io, os, re, tempfile
import xml.sax
from xml.sax import handler, saxutils, xmlreader, expatreader
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator
def M(x):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(x))
class H(handler.ContentHandler):
    def __init__(self):
        handler.ContentHandler.__init__(self)
        self.ev = []
    def setDocumentLocator(self, l):
        self.ev.append(('loc', type(l).__name__))
        self.loc = l
    def startDocument(self):
        self.ev.append(('sd',))
    def endDocument(self):
        self.ev.append(('ed',))
    def startElement(self, n, a):
        self.ev.append(('se', n, sorted(a.items()), a.getNames(), a.getLength(), type(a).__name__, self.loc.getLineNumber(), self.loc.getColumnNumber()))
    def endElement(self, n):
        self.ev.append(('ee', n))
    def characters(self, c):
        self.ev.append(('ch', c))
    def ignorableWhitespace(self, c):
        self.ev.append(('iw', c))
    def processingInstruction(self, t, d):
        self.ev.append(('pi', t, d))
    def startPrefixMapping(self, p, u):
        self.ev.append(('spm', p, u))
    def endPrefixMapping(self, p):
        self.ev.append(('epm', p))
    def startElementNS(self, n, q, a):
        self.ev.append(('sens', n, q, sorted(a.items()), a.getQNames(), [a.getQNameByName(k) for k in a.keys()]))
    def endElementNS(self, n, q):
        self.ev.append(('eens', n, q))
    def skippedEntity(self, name):
        self.ev.append(('skip', name))
def run(doc, ns=False, **kw):
    h = H()
    try:
        if ns:
            p = xml.sax.make_parser()
            p.setFeature(handler.feature_namespaces, True)
            p.setContentHandler(h)
            p.parse(io.BytesIO(doc))
        else:
            xml.sax.parseString(doc, h)
    except xml.sax.SAXParseException as e:
        h.ev.append(('!!', str(e), e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e.getSystemId(), e.getPublicId(), type(e.getException()).__name__))
    return h.ev
def gen(events, out=None, **kw):
    out = io.StringIO() if out is None else out
    g = XMLGenerator(out, **kw)
    for name, *args in events:
        getattr(g, name)(*args)
    return out.getvalue()
def regen(doc, ns=False, **kw):
    out = io.StringIO()
    g = XMLGenerator(out, **kw)
    if ns:
        p = xml.sax.make_parser()
        p.setFeature(handler.feature_namespaces, True)
        p.setContentHandler(g)
        p.parse(io.BytesIO(doc))
    else:
        xml.sax.parseString(doc, g)
    return out.getvalue()
def bad(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
def features():
    p = xml.sax.make_parser()
    names = [handler.feature_namespaces, handler.feature_external_ges, handler.feature_validation, handler.feature_namespace_prefixes, handler.feature_string_interning, handler.feature_external_pes]
    out = [type(p).__name__, [p.getFeature(n) for n in names]]
    out.append([bad(lambda: p.setFeature(n, True)) for n in names + ['bogus']])
    out.append([bad(lambda: p.getProperty(n)) for n in (handler.property_lexical_handler, handler.property_interning_dict, 'bogus')])
    return out
def incremental():
    h = H()
    p = xml.sax.make_parser()
    p.setContentHandler(h)
    for piece in ('<a>', 'x<b', '/>y', '</a>'):
        p.feed(piece)
    p.close()
    return h.ev
def from_file():
    d = tempfile.mkdtemp()
    path = os.path.join(d, 'doc.xml')
    with open(path, 'wb') as f:
        f.write(b'<a><b>x</b></a>')
    h = H()
    xml.sax.parse(path, h)
    with open(path, 'rb') as f:
        h2 = H()
        xml.sax.parse(f, h2)
    os.remove(path)
    os.rmdir(d)
    return h.ev == h2.ev, h.ev
class Lex:
    def __init__(self):
        self.ev = []
    def comment(self, c):
        self.ev.append(('comment', c))
    def startCDATA(self):
        self.ev.append(('cdata',))
    def endCDATA(self):
        self.ev.append(('/cdata',))
    def startDTD(self, name, pubid, sysid):
        self.ev.append(('dtd', name, pubid, sysid))
    def endDTD(self):
        self.ev.append(('/dtd',))
def lexical():
    p = xml.sax.make_parser()
    lex = Lex()
    p.setProperty(handler.property_lexical_handler, lex)
    h = H()
    p.setContentHandler(h)
    p.parse(io.BytesIO(b'<!DOCTYPE a SYSTEM "x.dtd"><a><!--c--><![CDATA[d]]></a>'))
    return lex.ev, h.ev, p.getProperty(handler.property_lexical_handler) is lex
class DTD(handler.DTDHandler):
    def __init__(self):
        self.ev = []
    def notationDecl(self, *a):
        self.ev.append(('notation',) + a)
    def unparsedEntityDecl(self, *a):
        self.ev.append(('unparsed',) + a)
def dtd():
    p = xml.sax.make_parser()
    d = DTD()
    p.setDTDHandler(d)
    p.parse(io.BytesIO(b'<!DOCTYPE a [<!NOTATION n PUBLIC "pub"><!ENTITY u SYSTEM "u.bin" NDATA n>]><a/>'))
    return d.ev
class Collect(handler.ErrorHandler):
    def __init__(self):
        self.seen = []
    def fatalError(self, e):
        self.seen.append(str(e))
def error_handler():
    c = Collect()
    xml.sax.parseString(b'<a><b></a>', handler.ContentHandler(), c)
    return c.seen
def attrs_api():
    a = xmlreader.AttributesImpl({'x': '1', 'y': '2'})
    n = xmlreader.AttributesNSImpl({('u', 'x'): '1'}, {('u', 'x'): 'p:x'})
    return (a.getLength(), len(a), a.getType('x'), a.getValue('x'), a.getValueByQName('y'), a.getNameByQName('x'), a.getQNameByName('y'), sorted(a.getNames()), sorted(a.keys()), 'x' in a, a.get('z', 'd'), sorted(a.items()), sorted(a.values()), a.copy().getValue('x'), bad(lambda: a.getNameByQName('zz')), bad(lambda: a['zz']),
            n.getValueByQName('p:x'), n.getNameByQName('p:x'), n.getQNameByName(('u', 'x')), n.getQNames(), bad(lambda: n.getValueByQName('q')), n.copy().getQNames())
def input_source():
    s = xmlreader.InputSource('sys-id')
    s.setPublicId('pub')
    s.setEncoding('utf-8')
    b = io.BytesIO(b'')
    s.setByteStream(b)
    return s.getSystemId(), s.getPublicId(), s.getEncoding(), s.getByteStream() is b, s.getCharacterStream(), xmlreader.InputSource().getSystemId()
`

var saxCases = []pytesting.Case{
	{"escape", `(escape('<&>"\''), escape('abc', {'a': 'A', 'b': 'B'}), escape(''), escape('&amp;'))`},
	{"unescape", `(unescape('&lt;&amp;&gt;&quot;'), unescape('&x;', {'&x;': 'X'}), unescape('&amp;lt;'), unescape(''))`},
	{"quoteattr", `[quoteattr(s) for s in ('a"b', "a'b\"", 'x\ny\tz\r', "plain", "it's", '<&>')] + [quoteattr('a', {'a': '&#97;'})]`},
	{"events", `run(b"<?xml version='1.0'?><a x='1' y='&amp;'>t&amp;<b/><?p d?><!--c--></a>")`},
	{"events text pieces", `run(b'<a>line1\nline2 &#65;&#x42; <![CDATA[<raw>]]>\n</a>')`},
	{"events str", `run('<a>\u00e9</a>')`},
	{"namespaces", `run(b"<a xmlns='u' xmlns:q='v' q:k='1' j='2'><q:b/><c xmlns=''/></a>", ns=True)`},
	{"namespace plain mode", `run(b"<a xmlns:q='v' q:k='1'><q:b/></a>")`},
	{"parse error", `run(b'<a><b></a>')`},
	{"parse errors", `[run(d)[-1] for d in (b'', b'<a>', b'<a/><b/>', b'<a x=1/>', b'<a>&undef;</a>')]`},
	{"error handler", `error_handler()`},
	{"skipped entity", `run(b'<!DOCTYPE a SYSTEM "x.dtd"><a>&ext;</a>')`},
	{"internal entity", `run(b'<!DOCTYPE a [<!ENTITY e "val">]><a>&e;</a>')`},
	{"features", `features()`},
	{"incremental", `incremental()`},
	{"parse file", `from_file()`},
	{"lexical handler", `lexical()`},
	{"dtd handler", `dtd()`},
	{"attributes api", `attrs_api()`},
	{"input source", `input_source()`},
	{"generator", `gen([('startDocument',), ('startElement', 'a', {'k': '<"\''}), ('characters', 'x<&>'), ('ignorableWhitespace', ' '), ('processingInstruction', 'p', 'd'), ('startElement', 'e', {}), ('endElement', 'e'), ('endElement', 'a'), ('endDocument',)])`},
	{"generator short empty", `gen([('startDocument',), ('startElement', 'a', {}), ('startElement', 'b', {}), ('endElement', 'b'), ('characters', ''), ('startElement', 'c', {}), ('characters', 'x'), ('endElement', 'c'), ('endElement', 'a')], short_empty_elements=True)`},
	{"generator bytes", `gen([('startDocument',), ('startElement', 'a', {}), ('characters', '\u20ac\u00e9'), ('endElement', 'a'), ('endDocument',)], io.BytesIO(), encoding='latin-1').__class__`},
	{"generator bytes value", `(lambda b: (gen([('startDocument',), ('startElement', 'a', {'k': '\u00e9'}), ('characters', '\u20ac\u00e9'), ('endElement', 'a'), ('endDocument',)], b, encoding='latin-1'), b.getvalue())[1])(io.BytesIO())`},
	{"generator utf-8", `(lambda b: (gen([('startDocument',), ('startElement', 'a', {}), ('characters', '\u20ac'), ('endElement', 'a'), ('endDocument',)], b, encoding='utf-8'), b.getvalue())[1])(io.BytesIO())`},
	{"generator ns", `gen([('startDocument',), ('startPrefixMapping', 'p', 'urn:p'), ('startPrefixMapping', None, 'urn:d'), ('startElementNS', ('urn:p', 'a'), 'p:a', xmlreader.AttributesNSImpl({('urn:p', 'k'): 'v', (None, 'j'): 'w'}, {})), ('startElementNS', ('urn:d', 'b'), 'b', xmlreader.AttributesNSImpl({}, {})), ('endElementNS', ('urn:d', 'b'), 'b'), ('startElementNS', ('http://www.w3.org/XML/1998/namespace', 'x'), None, xmlreader.AttributesNSImpl({}, {})), ('endElementNS', ('http://www.w3.org/XML/1998/namespace', 'x'), None), ('endElementNS', ('urn:p', 'a'), 'p:a'), ('endPrefixMapping', None), ('endPrefixMapping', 'p'), ('endDocument',)])`},
	{"roundtrip", `regen(b"<r xmlns:p='u'><p:a p:k='1'>t&amp;&lt;</p:a><?pi x?><e/></r>")`},
	{"roundtrip ns", `regen(b"<r xmlns='d' xmlns:p='u'><p:a p:k='1'>t</p:a><b/></r>", ns=True)`},
	{"roundtrip short", `regen(b"<r><e/><f>x</f></r>", short_empty_elements=True, encoding='utf-8')`},
	{"exceptions", `(xml.sax.SAXException('m').getMessage(), str(xml.sax.SAXException('m', ValueError('v'))), M(xml.sax.SAXException('m').getException()), str(xml.sax.SAXParseException('m', None, xmlreader.Locator())), [c.__name__ for c in xml.sax.SAXParseException.__mro__], [c.__name__ for c in xml.sax.SAXReaderNotAvailable.__mro__], bad(lambda: xml.sax.SAXException('m')[0]))`},
	{"module names", `([k for k in dir(xml.sax) if not k.startswith('_')], [k for k in dir(handler) if not k.startswith('_')], xml.sax.default_parser_list)`},
	{"handler constants", `(handler.feature_namespaces, handler.feature_external_ges, handler.property_lexical_handler, handler.property_encoding, handler.property_interning_dict, len(handler.all_features), len(handler.all_properties), handler.version)`},
	{"base handlers", `(handler.ContentHandler().startElement('a', {}), handler.ContentHandler()._locator, handler.EntityResolver().resolveEntity('p', 's'), bad(lambda: handler.ErrorHandler().fatalError(ValueError('x'))), bad(lambda: handler.ErrorHandler().error(ValueError('y'))))`},
	{"reader base", `(lambda r: (bad(lambda: r.parse('x')), bad(lambda: r.getFeature('f')), bad(lambda: r.setProperty('p', 1)), bad(lambda: r.setLocale('en')), type(r.getContentHandler()).__name__, type(r.getErrorHandler()).__name__))(xmlreader.XMLReader())`},
	{"make parser", `(type(xml.sax.make_parser()).__name__, type(xml.sax.make_parser(['no.such.module'])).__name__, type(expatreader.create_parser()).__name__)`},
}

func TestXMLSax(t *testing.T) {
	pytesting.DiffCases(t, "xml_sax", saxPrelude, saxCases)
}
