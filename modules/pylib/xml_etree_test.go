package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of xml.etree.ElementTree and its path language
// against CPython 3.6 (whose ElementTree is the _elementtree
// accelerator). Object addresses in reprs are masked.

const etreePrelude = pytesting.ShowRepr + `import io, re, sys, copy, warnings
import xml.etree.ElementTree as ET
import xml.etree.cElementTree as CET
from xml.etree import ElementPath
def M(x):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(x))
DOC = '''<root xmlns:n="urn:n" a="1">
  <item id="i1" kind="x">one<sub>s1</sub>after</item>
  <item id="i2">two</item>
  <other><item id="i3" kind="y">three</item><n:item>ns</n:item></other>
  <!-- comment --><?pi data?>
  <last>tail &amp; &lt;text&gt;</last>
</root>'''
R = ET.fromstring(DOC)
def tags(elems):
    return [(e.tag, e.get('id'), e.text) for e in elems]
def F(path, ns=None):
    try:
        return tags(R.findall(path, ns))
    except SyntaxError as e:
        return ('SyntaxError', str(e))
def S(e, **kw):
    return ET.tostring(e, **kw)
def perr(doc, parser=None):
    try:
        ET.fromstring(doc, parser) if parser else ET.fromstring(doc)
    except ET.ParseError as e:
        return (type(e).__name__, str(e), e.code, e.position, isinstance(e, SyntaxError))
def write(tree, **kw):
    text = kw.get('encoding', '').lower() == 'unicode'
    f = io.StringIO() if text else io.BytesIO()
    try:
        tree.write(f, **kw)
    except Exception as e:
        return type(e).__name__, str(e)
    return f.getvalue()
def events(doc, evs, chunk=None):
    out = []
    it = ET.iterparse(io.BytesIO(doc), evs)
    for ev, x in it:
        out.append((ev, x if ev in ('start-ns', 'end-ns') else (x.tag, x.text)))
    return out, it.root.tag
class Target:
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append(('start', tag, attrib))
    def end(self, tag):
        self.log.append(('end', tag))
    def data(self, d):
        self.log.append(('data', d))
    def comment(self, d):
        self.log.append(('comment', d))
    def pi(self, t, d):
        self.log.append(('pi', t, d))
    def doctype(self, name, pubid, system):
        self.log.append(('doctype', name, pubid, system))
    def close(self):
        return self.log
def pull(pieces, evs=None):
    p = ET.XMLPullParser(evs) if evs else ET.XMLPullParser()
    out = []
    try:
        for piece in pieces:
            p.feed(piece)
            out.append([(ev, x.tag if hasattr(x, 'tag') else x) for ev, x in p.read_events()])
        p.close()
        out.append([(ev, x.tag if hasattr(x, 'tag') else x) for ev, x in p.read_events()])
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out
def tree_ops():
    e = ET.Element('a', {'k': 'v'}, z='1')
    b = ET.SubElement(e, 'b', {'x': '1'}, y='2')
    c = ET.Element('c')
    e.append(c)
    e.insert(0, ET.Element('first'))
    e.extend([ET.Element('d'), ET.Element('e')])
    e.remove(c)
    out = [[x.tag for x in e], len(e), bool(e), bool(ET.Element('x')), e[1].attrib, e[-1].tag, [x.tag for x in e[1:3]]]
    e[0] = ET.Element('replaced')
    del e[1]
    e[1:2] = [ET.Element('s1'), ET.Element('s2')]
    out.append([x.tag for x in e])
    out.append(sorted(e.keys()))
    out.append(sorted(e.items()))
    e.set('new', 'val')
    out.append((e.get('new'), e.get('missing'), e.get('missing', 'dflt')))
    out.append(S(e))
    e.clear()
    out.append((e.tag, e.attrib, e.text, e.tail, len(e)))
    return out
def bad(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__, str(e)
def copies():
    e = ET.fromstring('<a k="v">t<b>u</b>w</a>')
    c = copy.copy(e)
    d = copy.deepcopy(e)
    d[0].text = 'changed'
    c.append(ET.Element('new'))
    return (S(e), S(c), S(d), c[0] is e[0], d[0] is e[0])
def tree_find():
    t = ET.ElementTree(R)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        found = [tags(t.findall('/item')), t.find('//sub').text]
    return found, [(x.category.__name__, str(x.message)) for x in w], t.findtext('last'), tags(t.iterfind('item')), t.getroot() is R, [x.tag for x in t.iter('item')]
def dumped(e):
    old = sys.stdout
    sys.stdout = io.StringIO()
    try:
        ET.dump(e)
        return sys.stdout.getvalue()
    finally:
        sys.stdout = old
def via_file():
    import tempfile, os
    d = tempfile.mkdtemp()
    path = os.path.join(d, 'x.xml')
    ET.ElementTree(ET.fromstring('<a><b k="1">\u00e9</b></a>')).write(path, encoding='utf-8', xml_declaration=True)
    raw = open(path, 'rb').read()
    t = ET.parse(path)
    os.remove(path)
    os.rmdir(d)
    return raw, t.getroot().tag, t.find('b').text
def builder():
    made = []
    def factory(tag, attrib):
        made.append(tag)
        return ET.Element(tag.upper(), attrib)
    b = ET.TreeBuilder(factory)
    b.start('a', {'k': 'v'})
    b.data('x')
    b.start('b', {})
    b.data('y')
    b.data('z')
    end = b.end('b')
    b.data('tail')
    b.end('a')
    root = b.close()
    return made, S(root), end.tag, ET.TreeBuilder().close()
`

var etreeCases = []pytesting.Case{
	{"roundtrip", `S(R)`},
	{"roundtrip unicode", `S(R, encoding='unicode')`},
	{"repr", `(M(R), M(R[0]), M(ET.Element('x')), M(ET.Comment('c')), M(ET.QName('u', 'l')))`},
	{"text and tail", `[(e.tag, e.text, e.tail) for e in R.iter()]`},
	{"escaping", `S(ET.fromstring("<a k='&lt;&amp;&gt;&quot;&apos;&#10;&#13;&#9; x'>&lt;&amp;&gt;\"'\n\t</a>"))`},
	{"escape built", `(lambda e: (e.set('q', 'a"b<c>&d\r\ne\rf\ng\th'), setattr(e, 'text', '<&>"\''), setattr(e, 'tail', '&tail'), S(e))[-1])(ET.Element('a'))`},
	{"encodings", `[S(ET.fromstring('<a k="\u00e9">\u00e9\u20ac\U0001F600</a>'), encoding=enc) for enc in ('us-ascii', 'utf-8', 'UTF-8', 'latin-1', 'iso-8859-1', 'ascii', 'utf-16', 'unicode')]`},
	{"encoding wrong case unicode", `S(ET.Element('a'), encoding='Unicode')`},
	{"write declarations", `[write(ET.ElementTree(ET.fromstring('<a><b>\u00e9</b></a>')), **kw) for kw in ({}, {'xml_declaration': True}, {'encoding': 'utf-8'}, {'encoding': 'utf-8', 'xml_declaration': True}, {'encoding': 'latin-1'}, {'encoding': 'latin-1', 'xml_declaration': False}, {'encoding': 'unicode'}, {'encoding': 'cp1252', 'method': 'html'}, {'encoding': 'latin-1', 'method': 'text'})]`},
	{"default namespace", `[write(ET.ElementTree(ET.fromstring(d)), default_namespace='urn:d') for d in ('<a xmlns="urn:d"><b xmlns:x="urn:x" x:k="1"/></a>', '<a xmlns="urn:d"><b k="1"/></a>', '<a><b/></a>')]`},
	{"namespaces", `(S(ET.fromstring('<r xmlns:a="urn:a" xmlns:b="urn:b"><a:x b:k="1"/><b:y a:z="2"/><y xml:lang="en"/></r>')), S(ET.fromstring('<d xmlns="http://www.w3.org/1999/xhtml"><p/></d>')))`},
	{"register namespace", `(ET.register_namespace('aa', 'urn:a'), S(ET.fromstring('<r xmlns:q="urn:a"><q:x/></r>')), bad(lambda: ET.register_namespace('ns3', 'urn:z')), ET.register_namespace('bb', 'urn:a'), S(ET.fromstring('<q:r xmlns:q="urn:a"/>')))`},
	{"html method", `S(ET.fromstring('<html><head><meta k="a&amp;b&gt;&lt;&quot;"/><script>if (a &lt; b) x();</script><style>p&gt;q</style></head><body><br/><p>x&amp;y<img src="i"/></p><div/><!--c--></body></html>'), method='html')`},
	{"text method", `(S(R, method='text'), S(ET.fromstring('<a>x<b>y\u00e9</b>z</a>'), method='text', encoding='unicode'))`},
	{"bad method", `S(R, method='bogus')`},
	{"short empty", `(S(ET.fromstring('<a><b/><c></c><d>x</d></a>'), short_empty_elements=False), S(ET.fromstring('<a><b/><c></c></a>')))`},
	{"comment and pi", `(S(ET.Comment('hi -- there')), S(ET.PI('target', 'some data')), S(ET.PI('t')), ET.Comment('c').tag is ET.Comment, ET.PI is ET.ProcessingInstruction, (lambda e: (e.append(ET.Comment('c')), e.append(ET.PI('p', 'q')), S(e))[-1])(ET.Element('a')))`},
	{"qname", `(str(ET.QName('u', 'l')), ET.QName('{u}l').text, ET.QName('a') == 'a', ET.QName('a') == ET.QName('a'), ET.QName('a') < ET.QName('b'), ET.QName('b') > 'a', hash(ET.QName('a')) == hash('a'), S(ET.Element(ET.QName('u', 'l'), {ET.QName('u', 'k'): ET.QName('u', 'v')})))`},
	{"serialize errors", `[bad(lambda: S(x)) for x in (ET.Element(5), ET.Element('a', {'k': 1}), ET.Element('a', {5: 'v'}))] + [bad(lambda: S((lambda e: (setattr(e, 'text', 5), e)[1])(ET.Element('a'))))]`},
	{"tag none", `(lambda e: (setattr(e, 'text', 'x<'), ET.SubElement(e, 'b'), S(e))[-1])(ET.Element(None))`},
	{"element errors", `[bad(f) for f in (lambda: ET.Element('a', 5), lambda: ET.Element('a', attrib=None), lambda: ET.Element(), lambda: ET.Element('a').append(5), lambda: ET.Element('a').insert(0, 'x'), lambda: ET.Element('a').extend([5]), lambda: ET.Element('a').extend(5), lambda: ET.Element('a').remove(ET.Element('b')), lambda: ET.SubElement(5, 'a'), lambda: ET.Element('a')[0], lambda: ET.Element('a').__delitem__(3))]`},
	{"element attrib", `(ET.Element('a', {'x': 1}, y=2).attrib, ET.Element('a', attrib={'k': 'v'}).attrib, ET.SubElement(ET.Element('p'), 'c', {'k': 'v'}, z='1').attrib, (lambda d: (ET.Element('a', d).attrib is d))({}), ET.Element('a').makeelement('b', {'q': 'r'}).attrib)`},
	{"extended slice", `(lambda e: (e.extend([ET.Element(t) for t in 'abcd']), bad(lambda: e.__setitem__(slice(0, 4, 2), [ET.Element('q')])), e.__setitem__(slice(0, 4, 2), [ET.Element('x'), ET.Element('y')]), [c.tag for c in e], M(e[::2]), e[5:])[2:])(ET.Element('r'))`},
	{"tree operations", `tree_ops()`},
	{"copy", `copies()`},
	{"iter", `([e.tag for e in R.iter()], [e.get('id') for e in R.iter('item')], [e.tag for e in R.iter('*')], [e.tag for e in R.getiterator('last')], M(R.getchildren()))`},
	{"itertext", `(list(R.itertext()), list(ET.fromstring('<a>x<!--c-->y<b>z</b></a>').itertext()))`},
	{"find basics", `(F('item'), F('*'), F('.'), F('item/sub'), F('*/item'), F('.//item'), F('//item') if False else None)`},
	{"find descendants", `(F('.//sub'), F('.//*'), F('./other//item'), F('.//{urn:n}item'))`},
	{"find parent", `(F('item/..'), F('.//sub/../..'), F('other/item/..'))`},
	{"find predicates", `(F("item[@kind]"), F("item[@kind='x']"), F('.//item[@kind="y"]'), F('item[sub]'), F("item[sub='s1']"), F(".//item[@id='nope']"))`},
	{"find positions", `(F('item[1]'), F('item[2]'), F('item[3]'), F('item[last()]'), F('item[last()-1]'), F('.//item[1]'))`},
	{"find namespaces", `(F('.//n:item', {'n': 'urn:n'}), F('.//x:item', {'x': 'urn:n'}), F('other/{urn:n}item'))`},
	{"find errors", `[F(p) for p in ('/item', 'item[0]', 'item[last()+1]', 'item[last()-0]', 'q:x', 'item[foo()]', '//item')]`},
	{"find trailing slash", `(F('other/'), F('./'))`},
	{"find single", `(R.find('item').get('id'), R.find('nope'), R.findtext('last'), R.findtext('item'), R.findtext('nope'), R.findtext('nope', 'dflt'), R.findtext('other/item'), ET.Element('a').findtext('.'), [e.get('id') for e in R.iterfind('.//item')])`},
	{"element path module", `(ElementPath.findtext(R, 'item'), ElementPath.find(R, 'item').get('id'), len(ElementPath.findall(R, './/item')))`},
	{"parse errors", `[perr(d) for d in ('<a>', '', '<a></b>', '<a/><b/>', '<a x=1/>', '<a>\n<b>\n</a>', '<a>&nope;</a>', '<a\x00/>', b'<a>\xff</a>')]`},
	{"parse error class", `(ET.ParseError.__module__, [c.__name__ for c in ET.ParseError.__mro__], str(ET.ParseError('m')))`},
	{"undefined entity", `(perr('<!DOCTYPE a SYSTEM "x"><a>&foo;</a>'), (lambda p: (p.entity.update(foo='FOO'), p.feed('<!DOCTYPE a SYSTEM "x"><a>&foo;&amp;</a>'), S(p.close()))[-1])(ET.XMLParser()))`},
	{"internal entity", `S(ET.fromstring('<!DOCTYPE a [<!ENTITY e "ent&#233;">]><a>&e;</a>'))`},
	{"bytes and declared encoding", `[(e.tag, e.text, e.get('k')) for e in (ET.fromstring(b'<?xml version="1.0" encoding="iso-8859-1"?><a k="\xe9">\xe9</a>'), ET.fromstring('<a>\u20ac</a>'.encode('utf-16')), ET.XML(b'<a>x</a>'))]`},
	{"iterparse", `events(b'<a xmlns:n="u"><n:b k="1">t</n:b><c/>x</a>', ('start', 'end', 'start-ns', 'end-ns'))`},
	{"iterparse default", `events(b'<a><b/><c>t</c></a>', None)`},
	{"iterparse bad event", `bad(lambda: ET.iterparse(io.BytesIO(b'<a/>'), ('start', 'bogus')))`},
	{"iterparse error", `bad(lambda: list(ET.iterparse(io.BytesIO(b'<a><b></a>'))))`},
	{"iterparse root early", `(lambda it: (it.root, next(it)[1].tag, it.root))(ET.iterparse(io.BytesIO(b'<a><b/></a>')))`},
	{"pull parser", `pull(['<a><b>', 'text</b>', '<c/></a>'], ('start', 'end'))`},
	{"pull parser default", `pull(['<a><b/>', '</a>'])`},
	{"pull parser error", `pull(['<a>', '<b></a>'])`},
	{"pull ns", `pull(['<a xmlns="u"><b xmlns:p="v"/></a>'], ('start-ns', 'end-ns', 'end'))`},
	{"target", `(lambda p: (p.feed('<?xml version="1.0"?><!DOCTYPE a PUBLIC "p" "s"><a xmlns="u" x="1"><!--c--><?p d?>t&amp;<b/>x</a>'), p.close())[1])(ET.XMLParser(target=Target()))`},
	{"target minimal", `(lambda p: (p.feed('<a>x</a>'), p.close()))(ET.XMLParser(target=type('T', (), {'data': lambda self, d: None})()))`},
	{"parser attrs", `(lambda p: (p.version.startswith('Expat '), p.entity, type(p.target).__name__))(ET.XMLParser())`},
	{"comments dropped", `S(ET.fromstring('<a><!--c--><?p x?>t</a>'))`},
	{"tree builder", `builder()`},
	{"xmlid", `(lambda r: (r[0].tag, sorted(r[1]), r[1]['2'].tag))(ET.XMLID('<a id="1"><b id="2"/><c/></a>'))`},
	{"fromstringlist", `(S(ET.fromstringlist(['<a>', 'x', '</a>'])), S(ET.fromstringlist([b'<a', b'/>'])))`},
	{"tostringlist", `(ET.tostringlist(R), ET.tostringlist(ET.Element('a'), encoding='unicode'), ET.tostringlist(R, encoding='unicode'), ET.tostringlist(R, encoding='unicode', method='text'), ET.tostringlist(ET.fromstring('<html><br/><p k="v">x</p></html>'), encoding='unicode', method='html'))`},
	{"dump", `(dumped(ET.fromstring('<a>x</a>')), dumped(ET.ElementTree(ET.fromstring('<a><b/></a>'))), dumped((lambda e: (setattr(e, 'tail', 'end\n'), e)[1])(ET.Element('t'))))`},
	{"element tree", `tree_find()`},
	{"tree parse", `(lambda t: (t.getroot().tag, S(t.getroot())))(ET.parse(io.BytesIO(b'<a><b>x</b></a>')))`},
	{"tree empty", `(ET.ElementTree().getroot(), bad(lambda: ET.ElementTree().find('a')))`},
	{"via file", `via_file()`},
	{"iselement", `(ET.iselement(R), ET.iselement('x'), ET.iselement(ET.Comment('c')))`},
	{"module", `(ET.VERSION, ET.__all__, ET.Element.__name__, ET.Element.__module__, CET.Element is ET.Element, CET.fromstring is ET.fromstring)`},
	{"big document", `(lambda r: (len(r), r[500].get('n'), len(S(r))))(ET.fromstring('<r>' + ''.join('<i n="%d">v%d</i>' % (i, i) for i in range(1000)) + '</r>'))`},
}

func TestXMLEtree(t *testing.T) {
	pytesting.DiffCases(t, "xml_etree", etreePrelude, etreeCases)
}
