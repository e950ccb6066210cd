package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what test_platform found:
// sys._git (a release build's), platform._comparable_version's order of
// numbers and stage words, and libc_ver choosing the highest GLIBC_
// version by that order rather than as text.

const platformVersionPrelude = pytesting.ShowRepr + `import os, platform, sys, tempfile
V = platform._comparable_version
def libc_of(blob):
    fd, path = tempfile.mkstemp()
    try:
        with os.fdopen(fd, 'wb') as f:
            f.write(b'x' * 100 + blob)
        return platform.libc_ver(path)
    finally:
        os.unlink(path)
def popen_warns(cmd):
    import warnings
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        with platform.popen(cmd) as f:
            out = f.read()
    return out, [(x.category.__name__, str(x.message), x.filename.endswith('platform.py')) for x in w]
`

var platformVersionCases = []pytesting.Case{
	{"sys._git", `sys._git`},
	{"numbers", `(V('1.2.3') == V('1.2.3'), V('1.2.3') < V('1.2.10'), V('1.2.3.4') == V('1_2-3+4'))`},
	{"stage words", `[V('1.2' + w) < V('1.2') for w in ('spam', 'dev', 'alpha', 'a', 'b', 'rc', 'pl', 'p')]`},
	{"stage order", `sorted(['1.2rc', '1.2', '1.2dev', '1.2spam', '1.2pl', '1.2beta', '1.2c'], key=V)`},
	{"key", `V('10.4b2-x')`},
	{"empty", `(V(''), V('...'))`},
	{"libc highest version", `libc_of(b'GLIBC_1.23.4\0GLIBC_1.9\0GLIBC_1.21\0')`},
	{"libc soname", `libc_of(b'libc.so.6\0libc.so.10\0')`},
	{"DEV_NULL", `platform.DEV_NULL`},
	{"popen deprecated", `popen_warns('echo hi')`},
}

func TestPlatformVersionDifferential(t *testing.T) {
	pytesting.DiffCases(t, "platform_version", platformVersionPrelude, platformVersionCases)
}
