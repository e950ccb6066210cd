package unicodedata_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	_ "github.com/gpython-ssl/gpython-ssl" // the interpreter and every module
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/modules/unicodedata"
)

// Differential tests of unicodedata against CPython 3.6. The sweeps digest
// every property of many code points, so one case covers thousands of
// characters.

const unicodedataPrelude = pytesting.ShowRepr + `import unicodedata as u, hashlib
def etype(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
def facts(db, c):
    return (db.category(c), db.bidirectional(c), db.combining(c), db.east_asian_width(c),
            db.mirrored(c), db.decomposition(c), db.decimal(c, None), db.digit(c, None),
            db.numeric(c, None), db.name(c, None))
def sweep(db, start, stop, step):
    h = hashlib.sha1()
    for cp in range(start, stop, step):
        if 0xD800 <= cp < 0xE000:
            continue
        h.update(repr(facts(db, chr(cp))).encode())
    return h.hexdigest()
def forms(s):
    return [u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
def form_sweep(db, start, stop):
    h = hashlib.sha1()
    for cp in range(start, stop):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
            h.update(db.normalize(f, c + '\u0301\u0323a').encode('utf-8', 'surrogatepass'))
    return h.hexdigest()
def roundtrip(start, stop):
    bad = []
    for cp in range(start, stop):
        n = u.name(chr(cp), None)
        if n is not None and u.lookup(n) != chr(cp):
            bad.append(cp)
    return bad
`

var unicodedataCases = []pytesting.Case{
	{"versions", `(u.unidata_version, u.ucd_3_2_0.unidata_version)`},
	{"names_in_dir", `sorted(n for n in dir(u) if not n.startswith('_') and n != 'ucnhash_CAPI')`},
	{"ucd_methods", `sorted(n for n in dir(u.UCD) if not n.startswith('_'))`},
	{"ucd_type", `(type(u.ucd_3_2_0).__name__, type(u.ucd_3_2_0).__module__, repr(u.ucd_3_2_0)[:25])`},
	{"ucd_no_instances", `u.UCD()`},
	{"ucd_unbound", `(u.UCD.category(u.ucd_3_2_0, 'a'), etype(lambda: u.UCD.category(5, 'a')))`},
	{"sweep_bmp", `sweep(u, 0, 0x10000, 1)`},
	{"sweep_planes", `sweep(u, 0x10000, 0x110000, 13)`},
	{"sweep_3_2_0_bmp", `sweep(u.ucd_3_2_0, 0, 0x10000, 1)`},
	{"sweep_3_2_0_planes", `sweep(u.ucd_3_2_0, 0x10000, 0x110000, 17)`},
	{"name_roundtrip_bmp", `roundtrip(0, 0x10000)`},
	{"name_roundtrip_planes", `roundtrip(0x10000, 0x30000)`},
	{"category", `[u.category(c) for c in 'aA1 \n\x00€é中한\U0001F600\uffff']`},
	{"numeric_values", `[(u.decimal(c, None), u.digit(c, None), u.numeric(c, None)) for c in '5²½Ⅻ一\u2189\U0001F10C७']`},
	{"names", `[u.name(c, None) for c in 'a €\x00\uac00\u4e00\uf900\U00017000\U0002B820']`},
	{"name_default", `(u.name('\x00', 'dflt'), u.decimal('x', None), u.numeric('a', 'x'), u.digit('5', None))`},
	{"lookup", `[u.lookup(n) for n in ('latin small letter a', 'NUL', 'LATIN CAPITAL LETTER GHA', 'CJK UNIFIED IDEOGRAPH-4E00', 'HANGUL SYLLABLE GAG', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'EURO SIGN', 'hangul syllable ga')]`},
	{"lookup_bytes", `u.lookup(b'LATIN SMALL LETTER A')`},
	{"lookup_unknown", `u.lookup('nope')`},
	{"lookup_empty", `u.lookup('')`},
	{"lookup_non_ascii", `u.lookup('é')`},
	{"lookup_long", `(etype(lambda: u.lookup('x' * 256)), etype(lambda: u.lookup('x' * 257)))`},
	{"lookup_cjk_out_of_range", `[etype(lambda: u.lookup(n)) for n in ('CJK UNIFIED IDEOGRAPH-4DFF', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-', 'HANGUL SYLLABLE ')]`},
	{"lookup_bad_types", `[etype(lambda: u.lookup(x)) for x in (5, bytearray(b'NUL'), memoryview(b'NUL'))]`},
	{"lookup_3_2_0", `[etype(lambda: u.ucd_3_2_0.lookup(n)) for n in ('NUL', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'LATIN CAPITAL LETTER GHA', 'LATIN SMALL LETTER D WITH CURL', 'LATIN SMALL LETTER A')]`},
	{"old_edition", `(u.ucd_3_2_0.category('\u0221'), u.category('\u0221'), etype(lambda: u.ucd_3_2_0.name('\u0221')))`},
	{"argument_errors", `[etype(lambda: f(x)) for f in (u.name, u.category, u.decimal, u.mirrored) for x in ('ab', 5, '')]`},
	{"argument_counts", `[etype(f) for f in (lambda: u.name(), lambda: u.name('a', 1, 2), lambda: u.category(), lambda: u.category('a', 'b'), lambda: u.normalize('NFC'), lambda: u.lookup(), lambda: u.lookup('a', 'b'))]`},
	{"keywords", `[etype(f) for f in (lambda: u.category(chr='a'), lambda: u.name('a', default=1), lambda: u.normalize(form='NFC', unistr='a'), lambda: u.lookup(name='NUL'))]`},
	{"missing_values", `[etype(lambda: f('x')) for f in (u.name, u.decimal, u.digit, u.numeric)]`},
	{"normalize_forms", `forms('ﬁ½é한Å\u1e9b\u0323')`},
	{"normalize_reorder", `forms('a\u0323\u0301\u0302\u0300\u031b')`},
	{"normalize_hangul", `forms('\u1100\u1161\u11a8\uac00\u11a8\u1100\u1161')`},
	{"normalize_blocked", `forms('a\u0300\u0301e\u0327\u0301')`},
	{"normalize_exclusions", `forms('\u0958\u2126\u212b\u0344\u0f73')`},
	{"normalize_ascii", `forms('plain ascii')`},
	{"normalize_sweep_latin", `form_sweep(u, 0x80, 0x3000)`},
	{"normalize_sweep_cjk_compat", `form_sweep(u, 0xf900, 0x10000)`},
	{"normalize_sweep_3_2_0", `form_sweep(u.ucd_3_2_0, 0x80, 0x2000)`},
	{"normalize_errors", `[etype(f) for f in (lambda: u.normalize('NFX', 'a'), lambda: u.normalize('NFC', 5), lambda: u.normalize(5, 'a'), lambda: u.normalize('nfc', 'a'))]`},
}

func TestUnicodedataDifferential(t *testing.T) {
	pytesting.DiffCases(t, "unicodedata", unicodedataPrelude, unicodedataCases)
}

// TestGoAPI checks the lookups the codecs and the compiler use.
func TestGoAPI(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		name string
	}{{'a', "LATIN SMALL LETTER A"}, {0xAC00, "HANGUL SYLLABLE GA"}, {0x4E00, "CJK UNIFIED IDEOGRAPH-4E00"}, {0x20AC, "EURO SIGN"}} {
		n, ok := unicodedata.Name(tc.r)
		assert.True(t, ok)
		assert.Equal(t, tc.name, n)
		r, ok := unicodedata.LookupChar(tc.name)
		assert.True(t, ok)
		assert.Equal(t, tc.r, r)
	}
	_, ok := unicodedata.Name(0)
	assert.False(t, ok)
	r, ok := unicodedata.LookupChar("nul")
	assert.True(t, ok)
	assert.Equal(t, rune(0), r)
	_, ok = unicodedata.LookupChar("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE")
	assert.False(t, ok, "a named sequence is not a character")
}
