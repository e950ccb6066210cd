package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of html (escape, unescape), html.entities and
// html.parser against CPython 3.6. The parser cases record every handler
// call (and the position at the end) for each input parsed four ways:
// with and without convert_charrefs, fed whole and fed one character at
// a time.

const htmlPrelude = pytesting.ShowRepr + `import html, html.entities as E
from html.parser import HTMLParser
import html.parser as HP
class P(HTMLParser):
    def __init__(self, **kw):
        HTMLParser.__init__(self, **kw)
        self.ev = []
    def handle_starttag(self, t, a): self.ev.append(('start', t, a, self.get_starttag_text()))
    def handle_endtag(self, t): self.ev.append(('end', t))
    def handle_startendtag(self, t, a): self.ev.append(('startend', t, a))
    def handle_data(self, d): self.ev.append(('data', d))
    def handle_comment(self, d): self.ev.append(('comment', d))
    def handle_entityref(self, d): self.ev.append(('entityref', d))
    def handle_charref(self, d): self.ev.append(('charref', d))
    def handle_decl(self, d): self.ev.append(('decl', d))
    def handle_pi(self, d): self.ev.append(('pi', d, self.getpos()))
    def unknown_decl(self, d): self.ev.append(('unknown', d))
def run(s, conv, chunks):
    p = P(convert_charrefs=conv)
    try:
        if chunks:
            for c in s:
                p.feed(c)
        else:
            p.feed(s)
        p.close()
    except Exception as e:
        return p.ev + [(type(e).__name__, str(e))]
    return p.ev + [p.getpos(), p.rawdata]
def R(s):
    return [run(s, conv, chunks) for conv in (True, False) for chunks in (False, True)]
class Plain(HTMLParser):
    pass
def pending(s, conv=True):
    p = P(convert_charrefs=conv)
    p.feed(s)
    return (p.ev, p.rawdata, p.getpos())
`

var htmlCases = []pytesting.Case{
	// html.escape and html.unescape
	{"escape", `(html.escape('<a href="x">\'&\'</a>'), html.escape('"\'', False), html.escape(''), html.escape('plain'))`},
	{"escape not str", `html.escape(5)`},
	{"unescape named", `html.unescape('&amp;&lt;&gt;&quot;&#39;&#x27; &ampx &amp &notit; &notin; &not &AMP;&AMP &Aacute&aacute;x')`},
	{"unescape numeric", `html.unescape('&#0; &#13; &#128; &#x80; &#129; &#x9f; &#xd800; &#x110000; &#1; &#xb; &#xfffe; &#x1fffe; &#xfdd0; &#65&#x41g&#X41; &#x10ffff;')`},
	{"unescape huge", `html.unescape('&#99999999999999999999; &#x99999999999999999;')`},
	{"unescape odd", `[html.unescape(s) for s in ('&#;', '&#x;', '&;', '&', 'a&b', '&zwnj;&ZWNJ;', '&abcdefghijklmnopqrstuvwxyzabcdefghijkl;', '&amp;amp;', '&lt&gt', '&\n;', '&a\tb', '')]`},
	{"unescape not str", `html.unescape(5)`},
	{"unescape no ampersand", `html.unescape('no refs here')`},
	// html.entities
	{"entity tables", `(len(E.html5), len(E.name2codepoint), len(E.codepoint2name), len(E.entitydefs))`},
	{"entity values", `(E.name2codepoint['lang'], E.html5['lang;'], E.entitydefs['amp'], E.codepoint2name[0x3c], E.html5['NotNestedLessLess;'], E.html5['gt'], E.html5.get('gt2'))`},
	{"entity names", `(sorted(x for x in dir(E) if not x.startswith('_')), E.__all__)`},
	{"html5 checksum", `sum(sum(map(ord, v)) * len(k) for k, v in E.html5.items())`},
	{"html4 consistency", `all(E.entitydefs[k] == chr(v) and E.codepoint2name[v] == k for k, v in E.name2codepoint.items())`},
	// the parser, well-formed
	{"simple", `R('<html><body class="a b" id=x>Hi <b>there</b>!</body></html>')`},
	{"attributes", `R('<a href="x?a=1&amp;b=2" title=\'t\' checked data-x = y NAME=Upper e="">t</a>')`},
	{"empty element", `R('<br/><img src="a.png" /><p/>')`},
	{"comment", `R('a<!-- one -- two --><!----><!-- x -- >y')`},
	{"doctype", `R('<!DOCTYPE html><!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">')`},
	{"pi", `R('<?xml version="1.0"?>\n<?php echo 1 ?>')`},
	{"references", `R('&amp; &lt;x&gt; &#65; &#x41; &#X41 &nbsp &copy;2 &notanentity; AT&T & ;')`},
	{"script", `R('<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script>after')`},
	{"style upper", `R('<STYLE>p { }</b></STYLE ><p>')`},
	{"script unclosed", `R('<script>abc')`},
	{"lines", `R('one\n<a\nhref="x"\n>two\n</a\n>\n<!-- a\nb -->\n<p>')`},
	// the parser, malformed
	{"unclosed quote", `R("<a b='c>")`},
	{"nul in tag", `R('<a\x00>z')`},
	{"lone lt", `R('a < b <3 <> <  x')`},
	{"lone lt at end", `R('abc<')`},
	{"bad end tags", `R('</> </ > </3> </a b="x"> </a\n> </A > x</b')`},
	{"bogus comments", `R('<!x> <!> <!-x-> </$> <!-->')`},
	{"marked sections", `R('<![CDATA[x<y]]><![if !IE]>a<![endif]>')`},
	{"unknown marked section", `R('<![foo[x]]>')`},
	{"bad marked section name", `R('<![1[x]]>')`},
	{"incomplete things", `[R(s) for s in ('<a', '<a b', '<a b=', '<a b="', '</a', '<!--', '<!-- x -', '<?pi', '<!DOCTYPE', '<![CDATA[x')]`},
	{"ampersand tails", `[R(s) for s in ('a&amp', '&a', 'x&#;y', '&#', '&#x', '&#12', '& b', 'a&', '&#x1g;', '&a-b.c;d')]`},
	{"weird attributes", `R('<a =b c==d e = "f"g h=\'i\'j k/l m/ n="o"/p><x "y" \'z\'>')`},
	{"slashes", `R('<a/b/><a / ><a b=/c/ /><a b="c"/ >')`},
	{"junk after tag", `R('<a b="c" $><div{}>')`},
	{"tag name characters", `R('<a.b-c:d_e>x</a.b-c:d_e><A1><a\tb>')`},
	{"upper case", `R('<DIV CLASS="X">Y</DIV>')`},
	{"nested quotes", `R('<a title="it\'s" alt=\'say "hi"\' x=a"b y=c\'d>')`},
	{"gt in attribute", `R('<a title="1 > 0" b=\'<\'>t</a>')`},
	{"entity in attribute", `R('<a href="?x=1&y=2&amp;z=&#51;&quot" t=&lt;>')`},
	{"unicode", `R('<p title="caf\u00e9">\u00e9\u2603 &eacute; &#x2603;</p>')`},
	{"cdata end variants", `R('<script>a</script x><script>b</SCRIPT\n><style>c</styles></style>')`},
	{"many lines position", `R('a\nb\n\n<br>\r\nc')`},
	// the parser API
	{"pending text", `[pending('abc &am'), pending('abc &am', False), pending('x<a hr'), pending('<script>a</scr'), pending('a&#1')]`},
	{"getpos fresh", `P().getpos()`},
	{"starttag text", `(lambda p: (p.feed('<a  b = "1" >x'), p.get_starttag_text(), p.lasttag))(P())`},
	{"starttag text fresh", `P().get_starttag_text()`},
	{"reset", `(lambda p: (p.feed('<a>x'), p.reset(), p.feed('<b>'), p.close(), p.ev, p.getpos()))(P())`},
	{"default handlers", `(lambda p: (p.feed('<a b=1>x<br/>&amp;<!--c--><!DOCTYPE d><?e>'), p.close(), p.rawdata))(Plain())`},
	{"startendtag default", `(lambda p: (HTMLParser.handle_startendtag(p, 'x', []), p.ev))(P())`},
	{"cdata mode", `(lambda p: (p.set_cdata_mode('TEXTAREA'), p.cdata_elem, p.feed('<b>x</textarea>'), p.close(), p.ev))(P())`},
	{"convert_charrefs positional", `HTMLParser(False)`},
	{"convert_charrefs attribute", `(P().convert_charrefs, P(convert_charrefs=False).convert_charrefs, HTMLParser.CDATA_CONTENT_ELEMENTS)`},
	{"feed not str", `P().feed(5)`},
	{"public names", `sorted(n for n in dir(HTMLParser) if not n.startswith('_'))`},
	{"module names", `(sorted(n for n in dir(html) if not n.startswith('_')), html.__all__, HP.__all__)`},
}

// TestHTML compares html, html.entities and html.parser with CPython
// 3.6's.
func TestHTML(t *testing.T) {
	pytesting.DiffCases(t, "html", htmlPrelude, htmlCases)
}

// fuzzHTMLSource parses s fed whole and fed in two pieces, with and
// without convert_charrefs; the only exception it lets through is the
// NotImplementedError CPython 3.6 raises for an unknown marked section.
// It returns the texts that came out differently from the two feeds.
const fuzzHTMLSource = `from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self, conv):
        HTMLParser.__init__(self, convert_charrefs=conv)
        self.out = []
    def handle_starttag(self, t, a): self.out.append(('<', t, a))
    def handle_endtag(self, t): self.out.append(('>', t))
    def handle_data(self, d): self.out.append(('d', d))
def parse(conv, pieces):
    p = P(conv)
    try:
        for piece in pieces:
            p.feed(piece)
        p.close()
    except NotImplementedError:
        return None
    return p.out
def check(s):
    for conv in (True, False):
        parse(conv, [s])
        parse(conv, [s[:len(s) // 2], s[len(s) // 2:]])
    return ()
`

// FuzzHTMLParser feeds untrusted text to html.parser.HTMLParser: it
// handles it (or raises CPython's NotImplementedError for an unknown
// marked section), never another exception, a hang or a Go panic.
func FuzzHTMLParser(f *testing.F) {
	for _, s := range []string{
		"<a href='x'>t</a>", "<script>x</script>", "<![CDATA[x]]>", "<![foo[", "&amp;&#65;&#x;",
		"<a b='c>", "</a b>", "<!--x--!>", "<?pi>", "<!DOCTYPE html>", "<a =b c==d/>", "&a-b.c",
	} {
		f.Add(s)
	}
	check := pytesting.FuzzFunc(f, fuzzHTMLSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		_, called, err := pytesting.CallWithString(t, check, s)
		if !called {
			return
		}
		require.NoError(t, err, "%q", s)
	})
}
