package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of xml.dom and xml.dom.minidom against CPython 3.6:
// parsing, the tree API and toxml/toprettyxml byte for byte. Object
// addresses in reprs are masked.

const minidomPrelude = pytesting.ShowRepr + `import io, re
import xml.dom
from xml.dom import minidom
def M(x):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(x))
DOC = '<?xml version="1.0"?><!-- top --><r a="1" b="&lt;&amp;&quot;"><x>t&amp;</x><y/><!--c--><?pi d?><![CDATA[cd<]]>\n  <x k="v">u</x></r>'
D = minidom.parseString(DOC)
R = D.documentElement
def bad(f):
    try:
        f()
    except Exception as e:
        return type(e).__module__, type(e).__name__, str(e), getattr(e, 'code', None)
def kids(n):
    return [M(c) for c in n.childNodes]
def build():
    d = minidom.Document()
    root = d.createElement('root')
    d.appendChild(root)
    item = d.createElement('item')
    item.setAttribute('name', 'a<b')
    item.setAttribute('id', '7')
    item.appendChild(d.createTextNode('text & "more"'))
    root.appendChild(item)
    root.appendChild(d.createComment(' note '))
    root.appendChild(d.createProcessingInstruction('app', 'go'))
    empty = d.createElement('empty')
    root.appendChild(empty)
    nested = d.createElement('nested')
    nested.appendChild(d.createTextNode('a'))
    nested.appendChild(d.createElement('in'))
    root.appendChild(nested)
    return d
def edits():
    d = minidom.parseString('<a><b/><c/></a>')
    a = d.documentElement
    x, y = d.createElement('x'), d.createElement('y')
    a.insertBefore(x, a.firstChild)
    a.replaceChild(y, a.childNodes[1])
    removed = a.removeChild(a.lastChild)
    a.appendChild(removed)
    a.appendChild(x)
    return a.toxml(), M(removed), removed.parentNode is a, x.previousSibling.tagName, x.nextSibling, a.firstChild.previousSibling
def fragment():
    d = minidom.Document()
    root = d.appendChild(d.createElement('r'))
    frag = d.createDocumentFragment()
    frag.appendChild(d.createElement('a'))
    frag.appendChild(d.createTextNode('t'))
    root.appendChild(frag)
    return root.toxml(), len(frag.childNodes)
def normalized():
    d = minidom.parseString('<a><b/></a>')
    a = d.documentElement
    for s in ('1', '', '2'):
        a.appendChild(d.createTextNode(s))
    a.insertBefore(d.createTextNode('0'), a.firstChild)
    before = len(a.childNodes)
    a.normalize()
    return before, kids(a)
def split():
    d = minidom.parseString('<a>hello world</a>')
    t = d.documentElement.firstChild
    rest = t.splitText(5)
    return t.data, rest.data, kids(d.documentElement), bad(lambda: t.splitText(99))
def clone():
    c = R.cloneNode(True)
    s = R.cloneNode(False)
    return c.toxml() == R.toxml(), s.toxml(), c.parentNode, c.ownerDocument is D, c.getAttribute('a'), D.cloneNode(True).toxml()
def attrs():
    e = minidom.parseString('<e z="3" a="1" m="2"/>').documentElement
    n = e.attributes
    out = [n.length, len(n), sorted(n.keys()), sorted(n.items()), n['a'].value, n.get('q'), 'z' in n, n.getNamedItem('m').value, n.item(9)]
    at = e.getAttributeNode('a')
    out.append((M(at), at.name, at.value, at.nodeName, at.nodeValue, at.nodeType, at.ownerElement is e, at.specified))
    e.removeAttribute('m')
    out.append((e.hasAttribute('m'), e.getAttribute('m'), bad(lambda: e.removeAttribute('m'))))
    new = e.ownerDocument.createAttribute('n')
    new.value = 'v'
    out.append((e.setAttributeNode(new), e.getAttribute('n'), e.toxml()))
    return out
`

var minidomCases = []pytesting.Case{
	{"toxml", `D.toxml()`},
	{"toprettyxml", `D.toprettyxml()`},
	{"toprettyxml options", `(D.toprettyxml(indent=' ', newl='\n', encoding='utf-8'), D.toprettyxml(indent='--', newl='|'))`},
	{"toxml encodings", `[D.toxml(enc) for enc in ('utf-8', 'latin-1', 'ascii')] + [minidom.parseString('<a>\u00e9\u20ac</a>').toxml(enc) for enc in ('ascii', 'latin-1', 'utf-16')]`},
	{"pretty whitespace", `(minidom.parseString('<a>\n <b>x</b>\n <c/>\n</a>').toprettyxml(), minidom.parseString('<a><b>x</b><c>y<d/></c></a>').toprettyxml(indent='  '))`},
	{"reprs", `(M(D), M(R), kids(R), M(D.createTextNode('a' * 30)), M(D.createTextNode('x"y\'z')), M(D.firstChild), M(D.createCDATASection('q')), M(R.attributes))`},
	{"node types", `[(n.nodeType, n.nodeName, n.nodeValue) for n in [D, R, R.firstChild, R.firstChild.firstChild, D.firstChild] + list(R.childNodes)[2:5]]`},
	{"node constants", `[(k, getattr(xml.dom.Node, k)) for k in sorted(dir(xml.dom.Node)) if k.isupper()]`},
	{"dom constants", `[(k, getattr(xml.dom, k)) for k in sorted(dir(xml.dom)) if k.isupper()]`},
	{"exceptions", `([(c.__name__, c.code, c.__mro__[1].__name__) for c in (xml.dom.IndexSizeErr, xml.dom.HierarchyRequestErr, xml.dom.NotFoundErr, xml.dom.NamespaceErr, xml.dom.ValidationErr)], bad(xml.dom.DOMException), str(xml.dom.NotFoundErr('x')), xml.dom.NotFoundErr().args)`},
	{"navigation", `(R.firstChild.firstChild.data, R.firstChild.nextSibling.tagName, R.firstChild.previousSibling, R.lastChild.getAttribute('k'), R.parentNode is D, R.ownerDocument is D, D.parentNode, D.ownerDocument, R.childNodes.length, M(R.childNodes.item(0)), R.childNodes.item(99), type(R.childNodes).__name__, R.hasChildNodes(), R.firstChild.firstChild.hasChildNodes())`},
	{"get elements", `([M(e) for e in D.getElementsByTagName('x')], len(R.getElementsByTagName('*')), [e.tagName for e in minidom.parseString('<a><b/><c><b/><d><b/></d></c></a>').getElementsByTagName('b')], D.getElementsByTagName('nope'))`},
	{"attributes", `attrs()`},
	{"get set attribute", `(R.getAttribute('a'), R.getAttribute('b'), R.getAttribute('zz'), R.hasAttribute('a'), R.hasAttributes(), (lambda e: (e.setAttribute('k', 'a"b<&>\n\t'), e.setAttribute('a', '1'), e.toxml())[-1])(D.createElement('e')))`},
	{"build", `(build().toxml(), build().toprettyxml())`},
	{"text escaping", `(D.createTextNode('<&>"\'').toxml(), D.createComment('c').toxml(), D.createProcessingInstruction('t', 'd').toxml(), D.createCDATASection('x<').toxml())`},
	{"write errors", `(bad(lambda: D.createComment('a--b').toxml()), bad(lambda: D.createCDATASection(']]>').toxml()), bad(lambda: D.createTextNode(5)))`},
	{"hierarchy", `(bad(lambda: minidom.parseString('<a/>').appendChild(minidom.Document().createElement('b'))), bad(lambda: R.removeChild(D.createElement('q'))), bad(lambda: R.insertBefore(D.createElement('q'), D.createElement('z'))), bad(lambda: D.createTextNode('t').appendChild(D.createElement('q'))))`},
	{"edits", `edits()`},
	{"fragment", `fragment()`},
	{"normalize", `normalized()`},
	{"split text", `split()`},
	{"clone", `clone()`},
	{"doctype public", `(lambda d: (d.toxml(), M(d.doctype), d.doctype.name, d.doctype.publicId, d.doctype.systemId, d.doctype.internalSubset, d.doctype.nodeType, d.toprettyxml()))(minidom.parseString('<!DOCTYPE r PUBLIC "pub" "sys.dtd"><r/>'))`},
	{"doctype system", `minidom.parseString('<!DOCTYPE r SYSTEM "sys.dtd"><r/>').toprettyxml()`},
	{"doctype internal", `(lambda d: (d.toxml(), d.doctype.internalSubset, kids(d.documentElement)))(minidom.parseString('<!DOCTYPE r [<!ENTITY e "v"><!ELEMENT r ANY>]><r>&e;x</r>'))`},
	{"namespaces", `(lambda d: (d.toxml(), [(e.tagName, e.namespaceURI, e.prefix, e.localName) for e in d.getElementsByTagName('*')], [(a.name, a.namespaceURI, a.value) for a in d.documentElement.attributes.values()], d.getElementsByTagName('p:b')[0].getAttributeNS('urn:p', 'k'), [e.tagName for e in d.getElementsByTagNameNS('urn:p', 'b')], [e.tagName for e in d.getElementsByTagNameNS('*', 'c')]))(minidom.parseString('<a xmlns="urn:d" xmlns:p="urn:p"><p:b p:k="1" j="2"/><c/></a>'))`},
	{"create ns", `(lambda d: (lambda e: (e.setAttributeNS('urn:x', 'x:k', 'v'), e.toxml(), e.namespaceURI, e.prefix, e.localName, e.getAttributeNS('urn:x', 'k'))[1:])(d.createElementNS('urn:q', 'q:t')))(minidom.Document())`},
	{"implementation", `(lambda impl: (impl.createDocument(None, 'root', None).toxml(), impl.createDocument('urn:x', 'p:root', impl.createDocumentType('p:root', 'pub', 'sys')).toxml(), impl.hasFeature('core', '2.0'), minidom.getDOMImplementation() is xml.dom.getDOMImplementation()))(minidom.getDOMImplementation())`},
	{"empty document", `(minidom.Document().toxml(), minidom.Document().documentElement, minidom.Document().toprettyxml())`},
	{"parse file", `(minidom.parse(io.BytesIO(b'<a><b>x</b></a>')).toxml(), minidom.parse(io.BytesIO(b'<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>')).documentElement.firstChild.data)`},
	{"parse errors", `[bad(lambda: minidom.parseString(s)) for s in ('<a>', '<a></b>', '', '<a/><b/>')]`},
	{"parse bytes and str", `(minidom.parseString(b'<a>\xc3\xa9</a>').toxml(), minidom.parseString('<a>\u00e9</a>').toxml())`},
	{"cdata and text merge", `(lambda d: (kids(d.documentElement), d.toxml()))(minidom.parseString('<a>x&amp;y<![CDATA[1]]><![CDATA[2]]>z&#65;</a>'))`},
	{"unlink", `(lambda d: (d.unlink(), d.childNodes, d.documentElement))(minidom.parseString('<a><b/></a>'))`},
	{"set node value", `(lambda t: (setattr(t, 'nodeValue', 'new'), t.data, t.length, t.toxml())[1:])(minidom.Document().createTextNode('old'))`},
}

func TestXMLMinidom(t *testing.T) {
	pytesting.DiffCases(t, "xml_minidom", minidomPrelude, minidomCases)
}

// The DOM Level 2/3 parts of minidom: user data, renameNode, ID
// attributes, wholeText, the DTD's entities and notations, cloning and
// importing of documents and doctypes, NamedNodeMap edits.
const minidomLevel3Prelude = pytesting.ShowRepr + `import copy, io, pickle, re, warnings
import xml.dom
from xml.dom import minidom
def M(x):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(x))
def bad(f):
    try:
        f()
    except Exception as e:
        return type(e).__module__, type(e).__name__, str(e)
DTD = ('<?xml version="1.0"?><!DOCTYPE r PUBLIC "p" "s" [<!ENTITY e "v&#233;"><!ELEMENT r ANY>'
       "<!NOTATION n SYSTEM 'x'><!ENTITY u SYSTEM 's' NDATA n><!ATTLIST r id ID #IMPLIED k (a|b) #IMPLIED t CDATA #IMPLIED>]>"
       '<r id="q" k="a" t="z" o="1">&e;x<s/></r>')
class H:
    def __init__(self):
        self.seen = []
    def handle(self, op, key, data, src, dst):
        self.seen.append((op, key, data, src.nodeName, dst.nodeName if dst is not None else None))
def userdata():
    d = minidom.Document()
    e = d.createElement('e')
    h = H()
    out = [e.getUserData('k'), e.setUserData('k', 1, h), e.setUserData('k', 2, h), e.getUserData('k'), e.setUserData('j', None, None)]
    e.cloneNode(True)
    minidom.Document().importNode(e, False)
    d.renameNode(e, None, 'f')
    out.append(h.seen)
    return out
def rename():
    d = minidom.parseString('<doc a="v"/>')
    el = d.documentElement
    at = el.getAttributeNode('a')
    out = []
    for ns, name in ((None, 'b'), ('urn:x', 'c'), ('urn:y', 'p:d'), (None, 'e')):
        d.renameNode(at, ns, name)
        out.append((at.name, at.nodeName, at.localName, at.namespaceURI, at.prefix, sorted(el.attributes.keys()), el.getAttributeNode(name) is at))
    d.renameNode(el, 'urn:z', 'q:top')
    out.append((el.tagName, el.nodeName, el.localName, el.prefix, el.namespaceURI, el.toxml()))
    out.append([bad(lambda: d.renameNode(at, 'urn:x', 'xmlns')), bad(lambda: d.renameNode(el, 'urn:x', 'xmlns:f')), bad(lambda: d.renameNode(d.createComment('c'), None, 'x')), bad(lambda: minidom.Document().renameNode(el, None, 'x'))[:2]])
    return out
def ids():
    d = minidom.parseString('<doc a1="v" a2="w"><in a1="w"/></doc>')
    e = d.documentElement
    a1, a2 = e.getAttributeNode('a1'), e.getAttributeNode('a2')
    out = [d.getElementById('v'), a1.isId]
    e.setIdAttribute('a1')
    out.append((M(d.getElementById('v')), a1.isId, a2.isId))
    e.setIdAttributeNode(a2)
    out.append(M(d.getElementById('w')))
    a3 = d.createAttribute('a1')
    a3.value = 'v'
    out.append((e.setAttributeNode(a3) is a1, a1.isId, a3.isId, d.getElementById('v')))
    d.renameNode(a2, None, 'an')
    out.append((a2.isId, M(d.getElementById('w'))))
    out.append([bad(lambda: e.setIdAttribute('zz')), bad(lambda: e.setIdAttributeNode(d.createAttribute('x'))), bad(lambda: e.setIdAttributeNS('u', 'l'))])
    return out
def whole():
    d = minidom.parseString('<doc>a<e/>d</doc>')
    el = d.documentElement
    t1, t2 = el.firstChild, el.lastChild
    el.insertBefore(d.createTextNode('b'), t1.nextSibling)
    el.insertBefore(d.createCDATASection('c'), t1)
    out = [t1.wholeText, t2.wholeText, d.createTextNode('x').wholeText]
    kept = t1.replaceWholeText('new')
    out.append((kept is t1, len(el.childNodes), el.toxml()))
    out.append((t2.replaceWholeText(''), el.toxml()))
    return out
def dtd():
    d = minidom.parseString(DTD)
    dt = d.doctype
    ents = [dt.entities.item(i) for i in range(dt.entities.length)]
    out = [dt.internalSubset, len(dt.entities), dt.entities.item(9), dt.childNodes, M(dt.entities)]
    out.append([(e.nodeName, e.nodeType, e.publicId, e.systemId, e.notationName, [c.data for c in e.childNodes], e.ownerDocument is d, e.nodeValue, e.attributes) for e in ents])
    n = dt.notations.item(0)
    out.append((n.nodeName, n.publicId, n.systemId, n.childNodes, dt.notations.getNamedItem('n') is n, dt.entities['u'].notationName))
    out.append((bad(lambda: dt.entities['zz']), bad(lambda: dt.entities.setNamedItem(n)), bad(lambda: dt.entities.removeNamedItem('e'))))
    r = d.documentElement
    out.append([(a, M(r.getAttributeNode(a).schemaType), r.getAttributeNode(a).isId) for a in ('id', 'k', 't', 'o')])
    out.append((M(r.schemaType), M(d.getElementById('q')), r.firstChild.data, d.toxml()))
    return out
def clones():
    d = minidom.parseString(DTD)
    dt = d.doctype
    h = H()
    dt.entities['e'].setUserData('k', 'x', h)
    d2 = d.cloneNode(True)
    out = [d.cloneNode(False), dt.cloneNode(True), d2.toxml() == d.toxml(), d2.doctype is not dt, d2.doctype.ownerDocument is d2, len(d2.doctype.entities), [len(e.childNodes) for e in d2.doctype.entities._seq], d2.documentElement.ownerDocument is d2, h.seen[0][:3]]
    impl = minidom.getDOMImplementation()
    free = impl.createDocumentType('x', None, 'sys')
    free.entities._seq = []
    free.notations._seq = []
    free.entities._seq.append(minidom.Entity('en', None, 's', None))
    free.notations._seq.append(minidom.Notation('no', 'p', None))
    c = free.cloneNode(True)
    s = free.cloneNode(False)
    out.append((c.name, c.systemId, len(c.entities), c.entities.item(0).nodeName, c.entities.item(0) is not free.entities.item(0), len(c.notations), len(s.entities), c.ownerDocument))
    out.append([bad(lambda: d.importNode(d2, True)), bad(lambda: d.importNode(dt, False))])
    imp = d.importNode(d2.documentElement, True)
    out.append((imp.ownerDocument is d, imp.parentNode, imp.toxml(), d.importNode(d2.documentElement, False).toxml()))
    at = d.documentElement.getAttributeNode('t').cloneNode(False)
    out.append((at.specified, at.ownerElement, at.value, at.ownerDocument is d))
    return out
def nodemap():
    d = minidom.parseString('<doc xmlns:a="urn:a" a:b="1" c="2"/>')
    e = d.documentElement
    m = e.attributes
    m['c'] = '3'
    m['n'] = 'new'
    out = [e.toxml(), m['n'].ownerDocument is d, m['n'].ownerElement is e, m[('urn:a', 'b')].value, ('urn:a', 'b') in m, sorted(m.keysNS()), sorted(m.itemsNS())]
    del m['n']
    out.append((e.hasAttribute('n'), m.removeNamedItemNS('urn:a', 'b').name, bad(lambda: m.removeNamedItemNS('urn:a', 'b')), bad(lambda: m.removeNamedItem('zz')), m.removeNamedItem('c').name, e.toxml()))
    out.append((bad(lambda: m.__setitem__('x', 5)), bad(lambda: m.setNamedItem(d.createTextNode('t')))[:2], bad(lambda: m.__delitem__('q'))))
    other = d.createElement('o')
    at = d.createAttribute('z')
    other.setAttributeNode(at)
    out.append((bad(lambda: e.setAttributeNode(at)), bad(lambda: e.removeAttributeNode(None)), bad(lambda: e.removeAttributeNS('u', 'l'))))
    e.setAttributeNS('urn:a', 'a:k', 'v')
    e.removeAttributeNS('urn:a', 'k')
    out.append(e.toxml())
    return out
def misc():
    d = minidom.Document()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        out = [d.async_, getattr(d, 'async')]
        setattr(d, 'async', True)
        out += [d.async_, getattr(minidom.Document, 'async'), [(x.category.__name__, str(x.message)) for x in w]]
    pi = d.createProcessingInstruction('t', 'x')
    pi.nodeValue = 'y'
    pi.nodeName = 'u'
    out.append((pi.data, pi.target, pi.toxml(), pi.childNodes, d.createTextNode('a').childNodes, d.createComment('c').childNodes))
    with minidom.parseString('<a><b/></a>') as doc:
        out.append(len(doc.childNodes))
    out.append((doc.childNodes, doc.doctype))
    out.append(minidom.parse(io.StringIO('<a>\u00e9</a>')).toxml())
    e = d.createElement('e')
    e.tagName = e.nodeName = 'f'
    out.append((e.toxml(), d.isSameNode(d), d.isSameNode(e), bool(d), d.createTextNode('t').isSameNode(None)))
    return out
def roundtrip():
    d = minidom.parseString(DTD)
    out = []
    for d2 in [pickle.loads(pickle.dumps(d, p)) for p in (2, 4)] + [copy.deepcopy(d)]:
        out.append((d2.toxml() == d.toxml(), len(d2.doctype.entities), d2.doctype.entities.item(0).ownerDocument is d2, d2.documentElement.getAttributeNode('id').isId))
    return out
`

var minidomLevel3Cases = []pytesting.Case{
	{"user data", `userdata()`},
	{"renameNode", `rename()`},
	{"ID attributes", `ids()`},
	{"wholeText", `whole()`},
	{"DTD declarations", `dtd()`},
	{"clone and import", `clones()`},
	{"NamedNodeMap edits", `nodemap()`},
	{"misc", `misc()`},
	{"pickle and deepcopy", `roundtrip()`},
	{"normalize leaf", `(lambda t: (t.normalize(), t.data))(minidom.Document().createTextNode('x'))`},
}

func TestXMLMinidomLevel3(t *testing.T) {
	pytesting.DiffCases(t, "xml_minidom_level3", minidomLevel3Prelude, minidomLevel3Cases)
}
