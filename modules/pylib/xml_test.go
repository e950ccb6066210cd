package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of xml.parsers.expat (pyexpat over the system's
// libexpat) against CPython 3.6, whose expat is its bundled 2.4.1: the
// cases avoid what only the library version decides (EXPAT_VERSION, the
// feature list's entries).

const expatPrelude = pytesting.ShowRepr + `import pyexpat, io, re, sys
import xml.parsers.expat as expat
from xml.parsers.expat import errors, model
def M(x):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(x))
NAMES = [n for n in dir(expat.ParserCreate()) if n.endswith('Handler') or n == 'DefaultHandlerExpand']
def make(ev, skip=(), **kw):
    opts = kw.pop('opts', {})
    p = expat.ParserCreate(**kw)
    for k, v in opts.items():
        setattr(p, k, v)
    def handler(name):
        short = name.replace('Handler', '')
        def h(*a):
            ev.append((short,) + a)
            if name in ('NotStandaloneHandler', 'ExternalEntityRefHandler'):
                return 1
        return h
    for name in NAMES:
        if name not in skip:
            setattr(p, name, handler(name))
    return p
def rec(doc, skip=('DefaultHandler', 'DefaultHandlerExpand'), pieces=None, **kw):
    ev = []
    p = make(ev, skip, **kw)
    try:
        if pieces:
            for i in range(0, len(doc), pieces):
                p.Parse(doc[i:i + pieces], False)
            p.Parse(doc[:0], True)
        else:
            p.Parse(doc, True)
    except Exception as e:
        ev.append(('!!', type(e).__name__, str(e), getattr(e, 'code', None), getattr(e, 'lineno', None), getattr(e, 'offset', None)))
    return ev
def err(doc, *pieces):
    p = expat.ParserCreate()
    try:
        for piece in pieces or (doc,):
            p.Parse(piece, False)
        p.Parse(b'', True)
    except expat.ExpatError as e:
        return (str(e), e.code, e.lineno, e.offset, e.args, errors.messages[e.code], p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
DTD = b'''<?xml version="1.0" standalone="no"?>
<!DOCTYPE r [
<!ELEMENT r (a, (b|c)*, d?)+>
<!ELEMENT a (#PCDATA|b)*>
<!ELEMENT b EMPTY><!ELEMENT c ANY><!ELEMENT d (#PCDATA)>
<!ATTLIST r x CDATA #REQUIRED y (p|q) 'p' z ID #IMPLIED w CDATA #FIXED 'fixed'>
<!ENTITY e1 "val&#233;">
<!ENTITY e2 SYSTEM "sys.xml">
<!ENTITY % pe "pv">
<!NOTATION n PUBLIC "pub">
<!ENTITY u SYSTEM "u.bin" NDATA n>
]>
<r x="1"><a>&e1;&lt;<![CDATA[<raw>]]><!-- c --><?pi data?></a><b/>&e2;</r>
'''
def boom(*a):
    raise ValueError('boom')
def raising():
    p = expat.ParserCreate()
    p.StartElementHandler = boom
    p.CharacterDataHandler = lambda d: None
    try:
        p.Parse(b'<a>x<b/></a>', True)
    except ValueError as e:
        first = str(e)
    try:
        p.Parse(b'<a/>', True)
    except expat.ExpatError as e:
        second = (str(e), e.code)
    return first, p.StartElementHandler, p.CharacterDataHandler, second
def external():
    ev = []
    p = expat.ParserCreate()
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
    def ext(context, base, sysid, pubid):
        ev.append(('ext', context, base, sysid, pubid))
        child = p.ExternalEntityParserCreate(context)
        child.CharacterDataHandler = lambda d: ev.append(('child-data', d))
        child.StartElementHandler = lambda n, a: ev.append(('child-start', n, a))
        child.Parse(b'<inner k="v">in</inner>', True)
        return 1
    p.ExternalEntityRefHandler = ext
    p.StartElementHandler = lambda n, a: ev.append(('start', n))
    p.SetBase('http://base/')
    p.Parse(b'<!DOCTYPE r [<!ENTITY x SYSTEM "x.xml">]><r>&x;</r>', True)
    return ev, p.GetBase()
def ctx():
    p = expat.ParserCreate()
    seen = []
    p.StartElementHandler = lambda n, a: seen.append((n, p.GetInputContext(), p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
    p.Parse(b'<a>\n  <b k="1"/>\n</a>', True)
    return seen, p.GetInputContext(), p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex
def buffered(size, doc, pieces):
    ev = []
    p = expat.ParserCreate()
    p.buffer_text = True
    p.buffer_size = size
    p.CharacterDataHandler = lambda d: ev.append((d, p.buffer_used))
    p.StartElementHandler = lambda n, a: ev.append(('<', n, p.buffer_used))
    for i in range(0, len(doc), pieces):
        p.Parse(doc[i:i + pieces], False)
        ev.append(('used', p.buffer_used))
    p.Parse('', True)
    return ev, p.buffer_text, p.buffer_size
def setattr_err(name, value):
    p = expat.ParserCreate()
    try:
        setattr(p, name, value)
    except Exception as e:
        return type(e).__name__, str(e)
    return getattr(p, name)
def bad_del(p, name):
    try:
        delattr(p, name)
    except Exception as e:
        return type(e).__name__, str(e)
def interned():
    d = {}
    p = expat.ParserCreate(intern=d)
    names = []
    p.StartElementHandler = lambda n, a: names.append((n, sorted(a)))
    p.Parse('<a k="1"><a k="2"/></a>', True)
    return sorted(d), p.intern is d, names[0][0] is names[1][0], expat.ParserCreate(intern=None).intern, expat.ParserCreate().intern
`

var expatCases = []pytesting.Case{
	{"elements", `rec(b'<a x="1" y="&amp;2"><b>text</b><c/>tail</a>')`},
	{"elements pieces", `rec(b'<a x="1" y="&amp;2"><b>text</b><c/>tail</a>', pieces=3)`},
	{"dtd events", `rec(DTD)`},
	{"dtd events pieces", `rec(DTD, pieces=7)`},
	{"default handler", `rec(b'<?xml version="1.0"?><!DOCTYPE a><a>x&amp;<b/><!--c--></a>', skip=('StartElementHandler', 'CharacterDataHandler', 'DefaultHandlerExpand', 'CommentHandler'))`},
	{"default expand", `rec(DTD, skip=('CharacterDataHandler', 'DefaultHandler', 'StartElementHandler', 'EntityDeclHandler'))`},
	{"namespaces", `rec(b'<x:a xmlns:x="urn:x" xmlns="urn:d" x:at="1" b="2"><b/><x:c xmlns:x="urn:y"/></x:a>', namespace_separator=' ')`},
	{"namespace prefixes", `rec(b'<x:a xmlns:x="urn:x" x:at="1"><b xmlns="urn:d"/></x:a>', namespace_separator='|', opts={'namespace_prefixes': True})`},
	{"namespace empty separator", `rec(b'<a xmlns="u"><b/></a>', namespace_separator='')`},
	{"unbound prefix", `rec(b'<x:a/>', namespace_separator=' ')`},
	{"ordered specified", `rec(b'<!DOCTYPE a [<!ATTLIST a d CDATA "dv" e CDATA "ev">]><a z="1" y="2" e="3"/>', opts={'ordered_attributes': 1, 'specified_attributes': 1})`},
	{"defaulted attributes", `rec(b'<!DOCTYPE a [<!ATTLIST a d CDATA "dv">]><a z="1"/>')`},
	{"invalid token", `err(b'<a>\n<b x></a>')`},
	{"mismatched tag", `err(b'<a><b></a>')`},
	{"no element", `err(b'')`},
	{"unclosed", `err(b'<a><b>', b'</b>')`},
	{"junk after", `err(b'<a/><b/>')`},
	{"undefined entity", `err(b'<a>&nope;</a>')`},
	{"duplicate attribute", `err(b'<a x="1" x="2"/>')`},
	{"bad char ref", `err(b'<a>&#0;</a>')`},
	{"misplaced decl", `err(b'<a/><?xml version="1.0"?>')`},
	{"incorrect encoding", `err(b'<?xml version="1.0" encoding="utf-16"?><a/>')`},
	{"bad utf8", `err(b'<a>\xff\xfe</a>')`},
	{"handler exception", `raising()`},
	{"parse after final", `(lambda p: (p.Parse(b'<a/>', True), err is None, rec(b'') ))(expat.ParserCreate())`},
	{"parse file", `(lambda ev, p: (p.ParseFile(io.BytesIO(b'<a>' + b'x' * 5000 + b'</a>')), len(ev), sum(len(e[1]) for e in ev)))(*(lambda ev: (ev, make(ev)))([]))`},
	{"parse file text", `expat.ParserCreate().ParseFile(io.StringIO('<a/>'))`},
	{"parse file no read", `expat.ParserCreate().ParseFile(5)`},
	{"parse file error", `expat.ParserCreate().ParseFile(io.BytesIO(b'<a><b></a>'))`},
	{"parse str", `rec('<a t="\u00e9\u20ac">\U0001F600 caf\u00e9</a>')`},
	{"latin-1 declared", `rec(b'<?xml version="1.0" encoding="iso-8859-1"?><a k="\xe9">\xe9\xff</a>')`},
	{"encoding argument", `[rec(b'<a>\x80\xe9</a>', encoding=e) for e in ('cp1252', 'latin-1', 'us-ascii', 'utf-8')]`},
	{"utf-16 bom", `rec('<a>\u00e9</a>'.encode('utf-16'))`},
	{"unknown encoding", `rec(b'<a/>', encoding='bogus-enc')`},
	{"declared unknown encoding", `rec(b'<?xml version="1.0" encoding="no-such"?><a/>')`},
	{"buffer text", `buffered(8192, '<a>x&amp;y<b/>z\n<![CDATA[q]]>w</a>', 4)`},
	{"buffer small", `buffered(3, '<a>abcdefgh<b/>ij</a>', 50)`},
	{"buffer size errors", `[setattr_err('buffer_size', v) for v in (0, -1, 'x', 1.5, 16)]`},
	{"flag attributes", `[setattr_err(n, v) for n in ('buffer_text', 'ordered_attributes', 'specified_attributes', 'namespace_prefixes') for v in (1, 0, 'x', [])]`},
	{"handler attribute", `(setattr_err('StartElementHandler', None), setattr_err('CommentHandler', len), setattr_err('CommentHandler', 5))`},
	{"intern", `interned()`},
	{"external entity", `external()`},
	{"external refused", `err is None or rec(b'<!DOCTYPE a [<!ENTITY e SYSTEM "x">]><a>&e;</a>', skip=('ExternalEntityRefHandler',))`},
	{"external returns 0", `(lambda p: (setattr(p, 'ExternalEntityRefHandler', lambda *a: 0), p.Parse(b'<!DOCTYPE a [<!ENTITY e SYSTEM "x">]><a>&e;</a>', True)))(expat.ParserCreate())`},
	{"external returns None", `(lambda p: (setattr(p, 'ExternalEntityRefHandler', lambda *a: None), p.Parse(b'<!DOCTYPE a [<!ENTITY e SYSTEM "x">]><a>&e;</a>', True)))(expat.ParserCreate())`},
	{"input context", `ctx()`},
	{"param entity parsing", `(lambda p: (p.SetParamEntityParsing(0), p.SetParamEntityParsing(2), p.UseForeignDTD(), p.UseForeignDTD(False), p.Parse(b'<a/>', 1), p.SetParamEntityParsing(1)))(expat.ParserCreate())`},
	{"foreign dtd after start", `(lambda p: (p.Parse(b'<a>', 0), p.UseForeignDTD()))(expat.ParserCreate())`},
	{"foreign dtd used", `(lambda ev, p: (p.UseForeignDTD(True), p.Parse(b'<a/>', 1), ev))(*(lambda ev: (ev, make(ev, ('DefaultHandler', 'DefaultHandlerExpand'))))([]))`},
	{"xml decl", `[rec(d) for d in (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>', b'<?xml version="1.0" standalone="no"?><a/>', b'<?xml version="1.1"?><a/>')]`},
	{"not standalone", `rec(b'<?xml version="1.0"?><!DOCTYPE a SYSTEM "a.dtd"><a/>')`},
	{"cdata", `rec(b'<a><![CDATA[x<y>&z]]>after<![CDATA[]]></a>')`},
	{"errors module", `(errors.__name__, errors.XML_ERROR_SYNTAX, errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT, len(errors.codes), sorted(errors.messages.items())[:5], errors.codes['mismatched tag'], sorted(k for k in dir(errors) if k.startswith('XML_')) == sorted(k for k in dir(pyexpat.errors) if k.startswith('XML_')))`},
	{"errors table", `[(k, getattr(errors, k)) for k in sorted(dir(errors)) if k.startswith('XML_')]`},
	{"model module", `(model.__name__, [(k, getattr(model, k)) for k in sorted(dir(model)) if k.startswith('XML_')])`},
	{"submodules", `(sys.modules['xml.parsers.expat.errors'] is errors, sys.modules['xml.parsers.expat.model'] is model, sys.modules['pyexpat.errors'] is pyexpat.errors, M(errors))`},
	{"error string", `[expat.ErrorString(i) for i in (0, 1, 4, 7, 36, 37, 1000, -1)]`},
	{"error string bad", `expat.ErrorString('x')`},
	{"module names", `[n for n in dir(expat) if not n.startswith('_') and n not in ('expat_CAPI', 'sys')]`},
	{"constants", `(expat.XML_PARAM_ENTITY_PARSING_NEVER, expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE, expat.XML_PARAM_ENTITY_PARSING_ALWAYS, expat.native_encoding, type(expat.version_info), len(expat.version_info), expat.EXPAT_VERSION.startswith('expat_'), all(type(f) is tuple and len(f) == 2 for f in expat.features))`},
	{"exception class", `(expat.ExpatError.__module__, expat.ExpatError.__name__, expat.error is expat.ExpatError, [c.__name__ for c in expat.ExpatError.__mro__], str(expat.ExpatError('m', 2)))`},
	{"parser type", `(M(expat.ParserCreate()), expat.XMLParserType, type(expat.ParserCreate()) is expat.XMLParserType, expat.XMLParserType.__name__)`},
	{"parser attributes", `(lambda p: [(n, getattr(p, n)) for n in ('buffer_text', 'buffer_size', 'buffer_used', 'ordered_attributes', 'specified_attributes', 'namespace_prefixes', 'ErrorCode', 'ErrorLineNumber', 'ErrorColumnNumber', 'ErrorByteIndex', 'CurrentLineNumber', 'CurrentColumnNumber', 'CurrentByteIndex', 'StartElementHandler')])(expat.ParserCreate())`},
	{"handler names", `NAMES`},
	{"create args", `[type(e).__name__ + ': ' + str(e) for e in [__import__('builtins').Exception()] if False] or [rec(b'<a/>', **kw) for kw in ({'encoding': 5}, {'namespace_separator': 5}, {'namespace_separator': 'ab'}, {'intern': 5}, {'bogus': 1})]`},
	{"create positional", `(expat.ParserCreate(None, None).intern, expat.ParserCreate('utf-8', '!').Parse(b'<a xmlns="u"/>', True))`},
	{"create too many", `expat.ParserCreate(None, None, None, None)`},
	{"parse args", `[(lambda f: f())(f) for f in ()] or (lambda p: [(lambda: p.Parse())] and p.Parse(b'<a/>', 1.5))(expat.ParserCreate())`},
	{"parse no args", `expat.ParserCreate().Parse()`},
	{"parse int data", `expat.ParserCreate().Parse(5)`},
	{"parse bytearray", `expat.ParserCreate().Parse(bytearray(b'<a/>'), True)`},
	{"set base", `(lambda p: (p.GetBase(), p.SetBase('b'), p.GetBase()))(expat.ParserCreate())`},
	{"set base bad", `expat.ParserCreate().SetBase(5)`},
	{"attribute errors", `[setattr_err(n, 1) for n in ('ErrorCode', 'CurrentLineNumber', 'buffer_used', 'intern', 'nosuch')] + [bad_del(expat.ParserCreate(), n) for n in ('buffer_text', 'ErrorCode', 'StartElementHandler')]`},
	{"many parsers", `len([expat.ParserCreate().Parse(b'<a>' * 3 + b'</a>' * 3, True) for i in range(300)])`},
}

func TestXMLExpat(t *testing.T) {
	pytesting.DiffCases(t, "xml_expat", expatPrelude, expatCases)
}
