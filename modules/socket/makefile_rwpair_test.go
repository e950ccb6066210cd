package socket_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestMakefileRWPairAttributes: CPython builds a buffered read-write
// makefile() on io.BufferedRWPair, which has neither mode nor name; a text
// stream over one keeps the mode socket.py gives it but has no name, and
// its repr leaves the name out. Every other mode has both.
func TestMakefileRWPairAttributes(t *testing.T) {
	prelude := pytesting.ShowBrief + `
import socket, re
a, b = socket.socketpair()
def attr(mode, name, **kw):
    f = a.makefile(mode, **kw)
    try:
        v = getattr(f, name)
        return v == a.fileno() if name == "name" else v
    finally:
        f.close()
def clean(r):
    # addresses and descriptor numbers vary between runs, -1 does not
    return re.sub("name=[0-9]+", "name=FD", re.sub("0x[0-9a-f]+", "ADDR", r))
def rep(mode, **kw):
    f = a.makefile(mode, **kw)
    r = clean(repr(f))
    f.close()
    return r, clean(repr(f))
`
	var cases []pytesting.Case
	for _, m := range []string{"r", "w", "rw", "rb", "wb", "rwb"} {
		for _, a := range []string{"mode", "name"} {
			if m == "rw" && a == "name" {
				// gpython-ssl's message names _io.TextIOWrapper, not the
				// BufferedRWPair under it: compare only that it is missing.
				cases = append(cases, pytesting.Case{Name: "hasattr(rw.name)", Expr: "hasattr(a.makefile('rw'), 'name')"})
				continue
			}
			cases = append(cases, pytesting.Case{Name: m + "." + a, Expr: "attr('" + m + "', '" + a + "')"})
		}
		cases = append(cases, pytesting.Case{Name: "repr(" + m + ")", Expr: "rep('" + m + "')"})
	}
	for _, m := range []string{"rb", "wb", "rwb"} {
		cases = append(cases,
			pytesting.Case{Name: m + "0.mode", Expr: "attr('" + m + "', 'mode', buffering=0)"},
			pytesting.Case{Name: m + "0.name", Expr: "attr('" + m + "', 'name', buffering=0)"},
		)
	}
	pytesting.DiffCases(t, "makefile_rwpair", prelude, cases)
}
