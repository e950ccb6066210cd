package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of stringprep against CPython 3.6: each table over
// a broad sample of code points (as a digest of ascii() of the answers:
// repr's idea of printable follows the Unicode version), then single
// characters and the errors of wrong arguments. Surrogates are left out:
// gpython-ssl's str cannot hold them.

const stringprepPrelude = pytesting.ShowRepr + `import stringprep, hashlib
_sample = (list(range(0, 0x3400)) + list(range(0x4DB0, 0x4E10)) + list(range(0x9FA0, 0xD800, 3)) +
           list(range(0xE000, 0xE010)) + list(range(0xF8F0, 0x10000)) + list(range(0x10000, 0x110000, 251)) +
           list(range(0x1D100, 0x1D200)) + list(range(0xE0000, 0xE0080)) + [0x1FFFE, 0x10FFFF, 0xFFFFF])
def digest(name):
    f = getattr(stringprep, name)
    h = hashlib.sha1()
    for c in _sample:
        h.update(ascii(f(chr(c))).encode())
    return h.hexdigest()
def members(name, lo, hi):
    f = getattr(stringprep, name)
    return [hex(c) for c in range(lo, hi) if not 0xD800 <= c < 0xE000 and f(chr(c))]
`

var stringprepCases = []pytesting.Case{
	{"names", `sorted(n for n in dir(stringprep) if n.startswith(("in_", "map_")))`},
	{"a1", `digest("in_table_a1")`},
	{"b1", `digest("in_table_b1")`},
	{"b2", `digest("map_table_b2")`},
	{"b3", `digest("map_table_b3")`},
	{"c11", `digest("in_table_c11")`},
	{"c12", `digest("in_table_c12")`},
	{"c11_c12", `digest("in_table_c11_c12")`},
	{"c21", `digest("in_table_c21")`},
	{"c22", `digest("in_table_c22")`},
	{"c21_c22", `digest("in_table_c21_c22")`},
	{"c3", `digest("in_table_c3")`},
	{"c4", `digest("in_table_c4")`},
	{"c5", `digest("in_table_c5")`},
	{"c6", `digest("in_table_c6")`},
	{"c7", `digest("in_table_c7")`},
	{"c8", `digest("in_table_c8")`},
	{"c9", `digest("in_table_c9")`},
	{"d1", `digest("in_table_d1")`},
	{"d2", `digest("in_table_d2")`},
	{"b1 members", `members("in_table_b1", 0, 0x10000)`},
	{"c22 members", `members("in_table_c22", 0x100, 0x10000)`},
	{"c8 members", `members("in_table_c8", 0, 0x10000)`},
	{"c4 members", `members("in_table_c4", 0xFD00, 0x10000) + members("in_table_c4", 0x10FFF0, 0x110000)`},
	{"a1 unicode 3.2", `[stringprep.in_table_a1(c) for c in ("\u0221", "\u0220", "\u0237", "\u4db6", "\U0001d400", "\ufdd0", "\uffff", "a")]`},
	{"b3 examples", `[stringprep.map_table_b3(c) for c in "AaZßİſΣςﬀ\u0345\u1e9e\u2126Ⅷ"]`},
	{"b2 examples", `[stringprep.map_table_b2(c) for c in "AßİΣ\u2126Ⅷ\u3392\u33c6\u20a8\u1e9b\u037a"]`},
	{"b3 new letters", `ascii([stringprep.map_table_b3(c) for c in ("\u1c90", "\u13a0", "\ua7ae", "\u0220")])`},
	{"spaces", `[(stringprep.in_table_c11(c), stringprep.in_table_c12(c), stringprep.in_table_c11_c12(c)) for c in " \u00a0\u3000\u200bx\t"]`},
	{"controls", `[(stringprep.in_table_c21(c), stringprep.in_table_c22(c), stringprep.in_table_c21_c22(c)) for c in "\x00\x1f\x7f\x80\x9f\u200d\ufeffa"]`},
	{"bidi", `[(stringprep.in_table_d1(c), stringprep.in_table_d2(c)) for c in "a\u05d0\u0627\u0661 1\u200f"]`},
	{"private", `[stringprep.in_table_c3(c) for c in ("\ue000", "\uf8ff", "\U000f0000", "\U0010fffd", "a")]`},
	{"b1 long", `stringprep.in_table_b1("ab")`},
	{"b1 empty", `stringprep.in_table_b1("")`},
	{"b1 int", `stringprep.in_table_b1(65)`},
	{"a1 long", `stringprep.in_table_a1("ab")`},
	{"a1 bytes", `stringprep.in_table_a1(b"a")`},
	{"b3 long", `stringprep.map_table_b3("AB")`},
	{"b2 long", `stringprep.map_table_b2("AB")`},
	{"c11 long", `stringprep.in_table_c11("  ")`},
	{"c12 int", `stringprep.in_table_c12(32)`},
	{"c4 long", `stringprep.in_table_c4("ab")`},
	{"d1 long", `stringprep.in_table_d1("ab")`},
	{"c9 None", `stringprep.in_table_c9(None)`},
}

func TestMisc2Stringprep(t *testing.T) {
	pytesting.DiffCases(t, "misc2_stringprep", stringprepPrelude, stringprepCases)
}
