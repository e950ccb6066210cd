package re_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// debugPrelude adds _dbg: the lines re.DEBUG prints for a pattern, caught
// from sys.stdout.
const debugPrelude = prelude + `
import sys, _sre

class _Catch:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass

def _dbg(p, f=0):
    out, sys.stdout = sys.stdout, _Catch()
    try:
        re.compile(p, f | re.DEBUG)
    finally:
        out, sys.stdout = sys.stdout, out
    return ''.join(out.parts).splitlines()
`

// debugCases are the dump of re.DEBUG (3.6's parse tree shape: branch
// prefixes pulled out, branches of literals as sets) and the _sre module.
var debugCases = []pytesting.Case{
	{"dump test_re pattern", `_dbg(r'(\.)(?:[ch]|py)(?(1)$|: )')`},
	{"dump literal branch to set", `_dbg('a|b|c')`},
	{"dump common prefix", `_dbg('ab|ac')`},
	{"dump same alternatives", `_dbg('a|a')`},
	{"dump empty alternative", `_dbg('|a')`},
	{"dump negated literal", `_dbg('[^a]')`},
	{"dump negated set", `_dbg('[^ab]')`},
	{"dump ranges and categories", `_dbg(r'[a-z\d_]+?')`},
	{"dump repeated group", `_dbg('(?:ab)*')`},
	{"dump counted repeats", `_dbg('x{2,5}y{3}z{,4}?')`},
	{"dump anchors", `_dbg(r'\Aa\b\B\Z$^.')`},
	{"dump lookaround", `_dbg('(?=a)(?!b)(?<=c)(?<!d)')`},
	{"dump group references", `_dbg(r'(?P<n>a)(?P=n)\1')`},
	{"dump scoped flags", `_dbg('(?i:a)(?x: b )(?-i:c)')`},
	{"dump global flag", `_dbg('(?i)abc')`},
	{"dump top categories", `_dbg(r'\w\W\s\S\D')`},
	{"dump group of branch repeated", `_dbg('(a|b)*')`},
	{"dump groups never equal", `_dbg('x(?:a|bc)|x(?:a|bc)')`},
	{"dump conditional without else", `_dbg('(a)(?(1)b)')`},
	{"dump bytes", `_dbg(b'ab|ac')`},
	{"dump repeats not equal", `_dbg('a{3}|a{3}')`},
	{"dump multiline anchors", `_dbg('^a$', re.M)`},
	{"dump not cached", `(_dbg('q'), _dbg('q'))`},
	{"dump then error", `_dbg('(?<=a+)b')`},
	{"sre constants", `(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), _sre.copyright)`},
	{"sre getlower", `[[_sre.getlower(c, f) for c in (65, 0xc4, 0x130, 0x391, 97, 0x212a)] for f in (0, re.LOCALE, re.UNICODE, re.ASCII)]`},
	{"sre getlower str", `_sre.getlower('a', 0)`},
	{"sre compile overflow", `_sre.compile('abc', 0, [2**128], 0, [], [])`},
	{"sre compile word too big", `_sre.compile('abc', 0, [2**32], 0, [], [])`},
	{"sre compile negative word", `_sre.compile('abc', 0, [-1], 0, [], [])`},
	{"sre compile bad pattern", `_sre.compile({}, 0, [], 0, [], [])`},
	{"sre compile code tuple", `_sre.compile('abc', 0, (), 0, [], [])`},
	{"sre compile missing flags", `_sre.compile('abc')`},
	{"sre compile empty code", `_sre.compile(None, 0, [], 0, {}, [])`},
}

func TestDebugDifferential(t *testing.T) {
	pytesting.DiffCases(t, "debug", debugPrelude, debugCases)
}
