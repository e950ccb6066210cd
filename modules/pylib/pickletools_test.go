package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of pickletools (genops, dis with
// its stack and memo checks, optimize), the _compat_pickle tables pickle
// reads Python 2 names through, and the pickling of what CPython's
// test_pickle found missing: bound methods, nested class names, the types
// of None, NotImplemented and Ellipsis.

const pickletoolsPrelude = pytesting.ShowRepr + `import io, pickle, pickletools, _compat_pickle, sys
def ops(data):
    return [(op.name, arg, pos) for op, arg, pos in pickletools.genops(data)]
def dis(data, **kw):
    out = io.StringIO()
    try:
        pickletools.dis(data, out, **kw)
    except ValueError as e:
        return out.getvalue(), 'ValueError', str(e)
    return out.getvalue()
def optimized(obj, proto):
    data = pickletools.optimize(pickle.dumps(obj, proto))
    return data, pickle.loads(data) == obj
shared = ['x']
class Owner:
    def method(self):
        return 'owned'
    class Inner:
        pass
def roundtrip(obj):
    return [pickle.loads(pickle.dumps(obj, p)) for p in range(5)]
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
`

var pickletoolsCases = []pytesting.Case{
	{"genops bytearray and file", `[ops(bytearray(pickle.dumps([1, 2.5, "x" * 300, 2**40], p))) == ops(io.BytesIO(pickle.dumps([1, 2.5, "x" * 300, 2**40], p))) for p in range(5)]`},
	{"genops truncated args", `[err(lambda d=d: ops(d)) for d in (b"J\x01\x02", b"G\x00", b"M\x01", b"\x8a\x05ab", b"", b"K\x01")]`},
	{"genops large list", `(lambda d: (len(ops(d)), ops(d)[-3:]))(pickle.dumps(list(range(3000)), 4))`},
	{"genops proto 0", `ops(pickle.dumps([1, 'a', None], 0))`},
	{"genops proto 2", `ops(pickle.dumps((True, 2**40, 1.5), 2))`},
	{"genops proto 4 frame", `ops(pickle.dumps({'k': b'v'}, 4))`},
	{"genops file position", `(lambda f: (f.read(1), ops(f)))(io.BytesIO(b'x' + pickle.dumps(5, 1)))`},
	{"dis nested marks", `dis(pickle.dumps([[1], (2, 'a')], 1))`},
	{"dis indentlevel", `dis(pickle.dumps([[1], (2, 'a')], 0), indentlevel=1)`},
	{"dis memo shared", `dis(pickle.dumps([shared, shared], 2))`},
	{"dis proto 4 memoize", `dis(pickle.dumps(['spam', 'spam'], 4))`},
	{"dis strings", `dis(b"S'a\\nb'\np0\n.")`},
	{"dis py2 booleans", `dis(b'(I01\nI00\nL5L\nF2.5\nt.')`},
	{"dis unknown opcode", `dis(b'\xff')`},
	{"dis exhausted", `dis(b'K\x01')`},
	{"dis empty", `dis(b'')`},
	{"dis stack not empty", `dis(b'K\x01K\x02.')`},
	{"dis no mark", `dis(b'K\x01t.')`},
	{"dis memo never stored", `dis(b'h\x00.')`},
	{"dis pop from empty", `dis(b'0.')`},
	{"dis unquoted string", `dis(b'Sabc\n.')`},
	{"dis truncated unicode", `dis(b'X\x05\x00\x00\x00ab')`},
	{"dis memo argument", `(lambda m: (dis(pickle.dumps([1], 2), memo=m), sorted(m)))({})`},
	{"optimize drops puts", `optimized(['a', 'b'], 2)`},
	{"optimize keeps used", `optimized([shared, shared], 1)`},
	{"optimize proto 0", `optimized({'k': [1, 2]}, 0)`},
	{"optimize proto 4", `optimized([shared, shared, 'z'], 4)`},
	{"optimize identity kept", `(lambda l: l[0] is l[1])(pickle.loads(pickletools.optimize(pickle.dumps([shared, shared], 3))))`},
	{"opcode table", `(len(pickletools.opcodes), [(o.name, o.code, o.proto) for o in pickletools.opcodes[::7]])`},
	{"opcode arguments", `[(o.name, o.arg and o.arg.name, o.arg and o.arg.n) for o in pickletools.opcodes[:12]]`},
	{"opcode stacks", `[(o.name, o.stack_before, o.stack_after) for o in pickletools.opcodes if o.name in ('APPENDS', 'DUP', 'MARK', 'STOP', 'NEWOBJ_EX')]`},
	{"code2op", `(pickletools.code2op['('].name, pickletools.code2op['\x95'].name, pickletools.__all__)`},
	{"compat mapping sizes", `(len(_compat_pickle.IMPORT_MAPPING), len(_compat_pickle.REVERSE_IMPORT_MAPPING), len(_compat_pickle.NAME_MAPPING), len(_compat_pickle.REVERSE_NAME_MAPPING))`},
	{"compat mapping entries", `(_compat_pickle.IMPORT_MAPPING['cPickle'], _compat_pickle.REVERSE_IMPORT_MAPPING['_pickle'], _compat_pickle.NAME_MAPPING[('__builtin__', 'basestring')], _compat_pickle.REVERSE_NAME_MAPPING[('builtins', 'TimeoutError')])`},
	{"compat exception tuples", `(_compat_pickle.MULTIPROCESSING_EXCEPTIONS, _compat_pickle.PYTHON3_IMPORTERROR_EXCEPTIONS, len(_compat_pickle.PYTHON2_EXCEPTIONS))`},
	{"py2 names loaded", `(pickle.loads(b'c__builtin__\nbasestring\n.'), pickle.loads(b'cexceptions\nStandardError\n.'))`},
	{"py3 names written", `[pickle.dumps(x, 2) for x in (ModuleNotFoundError, FileNotFoundError, range)]`},
	{"bound method pickled", `[m() for m in roundtrip(Owner().method)]`},
	{"builtin bound method pickled", `[m('c') for m in roundtrip('abcd'.index)]`},
	{"bound method protocol 2 bytes", `pickle.dumps([1].__len__, 2)`},
	{"nested class pickled", `[c is Owner.Inner for c in roundtrip(Owner.Inner)]`},
	{"nested class protocol 0", `pickle.dumps(Owner.Inner, 0)`},
	{"singleton types", `[pickle.dumps(t, p) for t in (type(None), type(NotImplemented), type(...)) for p in (0, 2)]`},
	{"singleton types roundtrip", `[roundtrip(t)[4] is t for t in (type(None), type(NotImplemented), type(...))]`},
	{"method type module", `(type(Owner().method).__module__, type(len).__module__, type(lambda: 0).__module__)`},
}

func TestPickletoolsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "pickletools", pickletoolsPrelude, pickletoolsCases)
}
