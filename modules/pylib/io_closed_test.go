package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of the file objects' methods
// once closed (each class's message, with or without its full stop),
// and of write's argument check, which comes before the closed check.

const ioClosedPrelude = pytesting.ShowRepr + `import io, os, tempfile
_dir = tempfile.mkdtemp()
import atexit, shutil
atexit.register(shutil.rmtree, _dir)
_path = os.path.join(_dir, 'f.dat')
with open(_path, 'wb') as f:
    f.write(b'abc\ndef\n')
def closed_calls(mode, calls, **kw):
    f = open(_path, mode, **kw)
    f.close()
    out = []
    for name, *args in calls:
        try:
            out.append(getattr(f, name)(*args))
        except Exception as e:
            out.append('%s: %s' % (type(e).__name__, e))
    return out
READS = [('read',), ('read', 1), ('readline',), ('readlines',), ('__next__',), ('seek', 0), ('tell',), ('flush',), ('fileno',), ('isatty',), ('readable',), ('writable',), ('seekable',), ('truncate',)]
class FIO(io.FileIO):
    pass
def write_errors(mode, values, **kw):
    f = open(_path, mode, **kw)
    out = []
    for v in values:
        try:
            out.append(f.write(v))
        except Exception as e:
            out.append('%s: %s' % (type(e).__name__, e))
    f.close()
    for v in values:
        try:
            out.append(f.write(v))
        except Exception as e:
            out.append('%s: %s' % (type(e).__name__, e))
    return out
`

var ioClosedCases = []pytesting.Case{
	{"fileio closed", `closed_calls('rb', READS + [('readinto', bytearray(2)), ('readall',)], buffering=0)`},
	{"reader closed", `closed_calls('rb', READS + [('peek',), ('read1', 1), ('readinto', bytearray(2)), ('detach',)])`},
	{"writer closed", `closed_calls('wb', READS + [('write', b'x'), ('writelines', [])])`},
	{"random closed", `closed_calls('r+b', READS + [('peek',), ('write', b'x')])`},
	{"text read closed", `closed_calls('r', READS + [('detach',), ('writelines', [])])`},
	{"text write closed", `closed_calls('w', READS + [('write', 'x')])`},
	{"text write arguments", `write_errors('w', [b'x', 1, None, 'ok'])`},
	{"text read-only write", `write_errors('r', ['x', b'x'])`},
	{"fileio write arguments", `write_errors('wb', ['x', 1, b'ok', bytearray(b'z')], buffering=0)`},
	{"buffered write arguments", `write_errors('wb', ['x', None, b'ok'])`},
	{"fileio subclass repr", `(lambda g: (repr(g).replace(_path, 'P'), delattr(g, 'name'), repr(g).split('=')[0], setattr(g, 'name', 'n'), repr(g), g.close(), repr(g)))(FIO(_path, 'rb'))`},
	{"fileio subclass recursive repr", `(lambda g: (setattr(g, 'name', g), repr(g)))(FIO(_path, 'rb'))`},
	{"fileio recursive repr", `(lambda g: (setattr(g, 'name', g), repr(g)))(io.FileIO(_path, 'rb'))`},
}

func TestIOClosedDifferential(t *testing.T) {
	pytesting.DiffCases(t, "io_closed", ioClosedPrelude, ioClosedCases)
}
