package re_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"  // bytearray, bytes methods and reprs
	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib" // warnings, for the deprecation warnings cases trigger
	_ "github.com/gpython-ssl/gpython-ssl/modules/re"
	_ "github.com/gpython-ssl/gpython-ssl/vm" // the evaluation loop (classes, lambdas)
)

// prelude runs under gpython and CPython 3.6 alike. _m summarises a
// match (span, groups, lastindex, lastgroup) and _e a compile error
// (message, pos, lineno, colno), so that one line shows all of it.
const prelude = `
import re

` + pytesting.ShowRepr + `
def _info(m):
    if m is None:
        return None
    return (m.span(), m.group(0), m.groups(), m.lastindex, m.lastgroup)

def _m(p, s, f=0):
    return _info(re.match(p, s, f))

def _s(p, s, f=0):
    return _info(re.search(p, s, f))

def _f(p, s, f=0):
    return _info(re.fullmatch(p, s, f))

def _e(p, f=0):
    try:
        re.compile(p, f)
    except re.error as e:
        return (str(e), e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    return "compiled"

def _spans(p, s, f=0):
    return [m.span() for m in re.finditer(p, s, f)]

def _all(p, s, f=0):
    return re.findall(p, s, f)

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
`

func runDifferential(t *testing.T, name string, cases []pytesting.Case) {
	require.GreaterOrEqual(t, len(cases), 25)
	pytesting.DiffCases(t, name, prelude, cases)
}

func TestSyntaxDifferential(t *testing.T) { runDifferential(t, "syntax", syntaxCases) }

func TestErrorsDifferential(t *testing.T) { runDifferential(t, "errors", errorCases) }

func TestAPIDifferential(t *testing.T) { runDifferential(t, "api", apiCases) }

func TestSubSplitDifferential(t *testing.T) { runDifferential(t, "subsplit", subSplitCases) }

func TestEdgeDifferential(t *testing.T) { runDifferential(t, "edge", edgeCases) }
