package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of nturl2path (Windows paths <-> file: URL paths)
// against CPython 3.6, bad input included.

const nturl2pathPrelude = pytesting.ShowRepr + `import nturl2path as n
def each(f, values):
    out = []
    for v in values:
        try:
            out.append(f(v))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out
`

var nturl2pathCases = []pytesting.Case{
	{"url2pathname drives", `each(n.url2pathname, ["///C|/foo/bar/spam.foo", "C:/x", "///C:/foo%20bar/", "c|", "c|/", "///d|", "C:\\x"])`},
	{"url2pathname no drive", `each(n.url2pathname, ["//host/share/a", "////host/share/a", "foo/bar", "a%2Fb", ""])`},
	{"url2pathname bad", `each(n.url2pathname, ["|x", "1|x", "C|/a|b"])`},
	{"pathname2url drives", `each(n.pathname2url, ["C:\\foo\\bar\\spam.foo", "c:", "c:\\", "C:\\a b\\%", "\u00e9:\\x"])`},
	{"pathname2url no drive", `each(n.pathname2url, ["\\\\host\\share\\x y", "rel\\p", ""])`},
	{"pathname2url bad", `each(n.pathname2url, ["ab:\\x", "C:\\a:b"])`},
	{"round trip", `[n.url2pathname(n.pathname2url(p)) for p in ("C:\\x\\y z", "D:\\", "rel\\q")]`},
}

func TestNturl2pathDifferential(t *testing.T) {
	pytesting.DiffCases(t, "nturl2path", nturl2pathPrelude, nturl2pathCases)
}
