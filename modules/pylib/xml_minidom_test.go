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
