package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// fuzzXMLSource parses s (as str and as UTF-8 bytes) with each XML API:
// ElementTree (whole and fed in two pieces, then serialized back and
// reparsed), minidom (and toxml) and SAX into an XMLGenerator. Only the
// errors CPython 3.6 raises for bad input are accepted: ParseError,
// ExpatError, SAXParseException, and the codec lookup's LookupError or
// ValueError for an encoding declaration expat does not know.
const fuzzXMLSource = `import io
import xml.etree.ElementTree as ET
from xml.dom import minidom
import xml.sax
from xml.sax.saxutils import XMLGenerator
from xml.parsers.expat import ExpatError
BAD = (ET.ParseError, ExpatError, xml.sax.SAXParseException, LookupError, ValueError)
def etree(doc):
    try:
        root = ET.fromstring(doc)
    except BAD:
        return
    text = ET.tostring(root, encoding="unicode")
    again = ET.fromstring(text)
    if ET.tostring(again, encoding="unicode") != text:
        raise AssertionError("ElementTree output does not reparse to itself: %r" % text)
    half = len(doc) // 2
    p = ET.XMLParser()
    p.feed(doc[:half])
    p.feed(doc[half:])
    p.close()
def dom(doc):
    try:
        d = minidom.parseString(doc)
    except BAD:
        return
    d.toxml()
def sax(doc):
    try:
        xml.sax.parseString(doc, XMLGenerator(io.StringIO()))
    except BAD:
        pass
def check(s):
    for doc in (s, s.encode("utf-8", "surrogatepass")):
        etree(doc)
        dom(doc)
        sax(doc)
`

// FuzzXMLParsers feeds untrusted text to xml.etree, xml.dom.minidom and
// xml.sax: each parses it or raises CPython 3.6's parse error, never
// another exception or a Go panic, and what ElementTree writes reparses
// to the same output.
func FuzzXMLParsers(f *testing.F) {
	for _, s := range []string{
		`<a x="1"><b>t&amp;</b><!--c--><?pi d?><![CDATA[x]]></a>`,
		`<?xml version="1.0" encoding="latin-1"?><a>é</a>`,
		`<!DOCTYPE a [<!ENTITY e "v">]><a>&e;</a>`,
		`<!DOCTYPE a SYSTEM "x"><a>&undefined;</a>`,
		`<n:a xmlns:n="urn:x" n:y="2"><b xmlns="urn:d"/></n:a>`,
		`<a><b></a>`, `<a>`, ``, `<?xml version="1.0" encoding="no-such"?><a/>`,
		"<a>\r\n\t</a>", `<a k="&#10;&#13;"/>`,
	} {
		f.Add(s)
	}
	check := pytesting.FuzzFunc(f, fuzzXMLSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		_, called, err := pytesting.CallWithString(t, check, s)
		if !called {
			return
		}
		require.NoError(t, err, "%q", s)
	})
}
