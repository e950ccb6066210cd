package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// More differential tests of uuid and glob against CPython 3.6: the
// parsing corners, argument errors and protocol details the cases of
// std17_misc_test.go and std17_files_test.go leave out.

const uuidMorePrelude = pytesting.ShowRepr + `import uuid, copy
U = uuid.UUID
def em(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e))
`

var uuidMoreCases = []pytesting.Case{
	// text forms
	{"hex short", `U('12345678-1234-5678-1234-56781234567')`},
	{"hex long", `U('12345678-1234-5678-1234-5678123456789')`},
	{"hex braces only", `U('{12345678123456781234567812345678}')`},
	{"hex urn upper", `U('URN:UUID:12345678123456781234567812345678')`},
	{"hex urn and braces", `U('urn:uuid:{12345678-1234-5678-1234-567812345678}')`},
	{"hex blanks", `U('  12345678-1234-5678-1234-567812345678  ')`},
	{"hex dashes anywhere", `U('12345678-1234-5678-1234-5678-12345678')`},
	{"hex plus sign", `U('+2345678123456781234567812345678')`},
	{"hex inner blanks", `U('12345678 12345678 12345678 1234567')`},
	{"hex upper case", `U('ABCDEFAB-CDEF-ABCD-EFAB-CDEFABCDEFAB')`},
	{"hex not str", `U(5)`},
	{"hex keyword", `U(hex='0' * 32)`},
	{"hex empty", `U('')`},
	// other forms and their checks
	{"bytes str", `U(bytes='x' * 16)`},
	{"bytes bytearray", `U(bytes=bytearray(16))`},
	{"bytes int", `U(bytes=5)`},
	{"bytes_le bytearray", `U(bytes_le=bytearray(range(16)))`},
	{"bytes_le str", `U(bytes_le='abcdefghijklmnop')`},
	{"bytes_le short", `U(bytes_le=b'x' * 15)`},
	{"bytes and bytes_le order", `(U(bytes=bytes(range(16))).int, U(bytes_le=bytes(range(16))).int, U(bytes_le=bytes(range(16))).bytes_le == bytes(range(16)))`},
	{"fields list", `U(fields=[1, 2, 3, 4, 5, 6])`},
	{"fields float node", `U(fields=(1, 2, 3, 4, 5, 6.0))`},
	{"fields int", `U(fields=5)`},
	{"fields max", `U(fields=(0xffffffff, 0xffff, 0xffff, 0xff, 0xff, 0xffffffffffff)).fields`},
	{"fields str", `U(fields=(0, 0, 0, 0, 0, 'a'))`},
	{"int bool", `U(int=True)`},
	{"int str", `U(int='1')`},
	{"int float repr", `em(lambda: repr(U(int=1.0)))`},
	{"two forms", `[em(lambda: U(int=5, bytes=bytes(16))), em(lambda: U(bytes=bytes(16), bytes_le=bytes(16))), em(lambda: U(hex=None, int=None))]`},
	{"bad keyword", `U(foo=1)`},
	{"too many positional", `U('0' * 32, None, None, None, None, None, None)`},
	// versions and variants
	{"version set on max", `U(int=2**128 - 1, version=1)`},
	{"version str", `U(int=0, version='4')`},
	{"version none", `U(int=2**128 - 1, version=None)`},
	{"version on hex", `U('12345678-1234-5678-1234-567812345678', version=3)`},
	{"variants", `[U(int=v << 48).variant for v in (0x7fff, 0x8000, 0xbfff, 0xc000, 0xdfff, 0xe000, 0xffff)]`},
	{"versions of variants", `[U(int=(v << 48) | (0xf << 76)).version for v in (0x0000, 0x8000, 0xc000, 0xe000)]`},
	// derived values
	{"derived values", `(lambda u: (u.fields, u.time, u.clock_seq, u.urn, u.hex, u.node, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low))(U(int=0x123456789abcdef0123456789abcdef))`},
	{"bytes_le value", `U(int=0x00112233445566778899aabbccddeeff).bytes_le`},
	{"str and repr", `(str(U(int=2**128 - 1)), repr(U(int=7)), U(int=0).urn)`},
	// protocol
	{"compare other types", `(U(int=1) == 1, U(int=1) != 'x', U(int=1).__eq__(1), U(int=1).__lt__(1), U(int=1).__ge__(None))`},
	{"order error", `U(int=1) <= None`},
	{"ordering", `(U(int=1) != U(int=1), U(int=1) > U(int=0), U(int=1) >= U(int=2), U(int=2) <= U(int=2), sorted({U(int=2), U(int=1), U(int=3)}))`},
	{"hash and int", `(hash(U(int=7)), int(U(int=7)), U(int=7).__hash__() == hash(7), type(U(int=1).int).__name__)`},
	{"dict", `U(int=1).__dict__`},
	{"immutable", `[em(lambda: U(int=1).__setattr__('x', 1)), em(lambda: setattr(U(int=1), 'int', 2))]`},
	{"delattr", `(lambda u: (delattr(u, 'int'), u.__dict__))(U(int=1))`},
	{"class attributes", `(U.__module__, U.bytes.__doc__, U.__hash__ is object.__hash__, sorted(n for n in U.__dict__ if not n.startswith('_')))`},
	// the generators
	{"uuid3 non str name", `[em(lambda: uuid.uuid3(uuid.NAMESPACE_DNS, 5)), em(lambda: uuid.uuid5(uuid.NAMESPACE_DNS, bytearray(b'x'))), em(lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'x'))]`},
	{"uuid3 bad namespace", `uuid.uuid3('ns', 'x')`},
	{"uuid5 unicode", `(uuid.uuid5(uuid.NAMESPACE_URL, 'https://\u00e9xample.org/\u2603'), uuid.uuid3(uuid.NAMESPACE_OID, ''))`},
	{"uuid5 own namespace", `uuid.uuid5(U(int=0), 'x')`},
	{"uuid1 node range", `[em(lambda: uuid.uuid1(node=2**48)), em(lambda: uuid.uuid1(node=-1)), em(lambda: uuid.uuid1(node='a'))]`},
	{"uuid1 clock_seq masked", `(lambda u: (u.clock_seq, u.variant, u.version))(uuid.uuid1(clock_seq=2**14 + 5))`},
	{"uuid1 positional", `(lambda u: (u.node, u.clock_seq))(uuid.uuid1(0x1234, 0x5678))`},
	{"uuid1 distinct", `len({uuid.uuid1() for _ in range(200)})`},
	{"uuid4 bits", `all(u.version == 4 and u.variant == uuid.RFC_4122 for u in (uuid.uuid4() for _ in range(50)))`},
	{"namespace versions", `([n.version for n in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)], type(uuid.NAMESPACE_DNS).__name__)`},
	{"constants", `[uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE]`},
}

// TestUUIDMore compares uuid's corners with CPython 3.6's.
func TestUUIDMore(t *testing.T) {
	pytesting.DiffCases(t, "uuid_more", uuidMorePrelude, uuidMoreCases)
}

// fuzzUUIDSource parses s as a UUID's text; a ValueError is fine, any
// other exception escapes. It returns the forms of a parsed UUID that do
// not give it back.
const fuzzUUIDSource = `import uuid
def check(s):
    try:
        u = uuid.UUID(s)
    except ValueError:
        return ()
    forms = [('str', str(u)), ('urn', u.urn), ('hex', u.hex)]
    bad = [name for name, text in forms if uuid.UUID(text) != u]
    for name, rebuilt in (('bytes', uuid.UUID(bytes=u.bytes)), ('bytes_le', uuid.UUID(bytes_le=u.bytes_le)),
                          ('fields', uuid.UUID(fields=u.fields)), ('int', uuid.UUID(int=u.int))):
        if rebuilt != u:
            bad.append(name)
    if len(u.hex) != 32 or not 0 <= u.int < 2**128:
        bad.append('range')
    return tuple(bad)
`

// FuzzUUIDParse feeds untrusted text to uuid.UUID: each call returns a
// UUID or raises ValueError, never another exception, a hang or a Go
// panic, and a UUID that parses comes back unchanged from each of its
// forms.
func FuzzUUIDParse(f *testing.F) {
	for _, s := range []string{
		"12345678-1234-5678-1234-567812345678", "{12345678123456781234567812345678}",
		"urn:uuid:12345678-1234-5678-1234-567812345678", "uuid:0", "", "-", "{}",
		"+2345678123456781234567812345678", "1_345678123456781234567812345678",
		"\u0661" + "2345678123456781234567812345678", "urn:urn:uuid:uuid:" + "0123456789abcdef0123456789ABCDEF",
		"12345678 12345678 12345678 1234567", "0x345678123456781234567812345678",
	} {
		f.Add(s)
	}
	check := pytesting.FuzzFunc(f, fuzzUUIDSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		res, called, err := pytesting.CallWithString(t, check, s)
		if !called {
			return
		}
		require.NoError(t, err, "%q", s)
		require.Empty(t, res, "%q: forms that do not give the UUID back: %v", s, res)
	})
}

// globMorePrelude builds a tree under a fresh temporary directory D: files
// and directories, hidden ones, names with wildcard characters and two
// symbolic links; G lists a pattern's matches relative to D, sorted. The
// last case removes the tree.
const globMorePrelude = pytesting.ShowRepr + `import glob, os, tempfile, shutil
D = tempfile.mkdtemp(prefix='globmore')
def mk(p, is_dir=False):
    p = os.path.join(D, p)
    if is_dir:
        os.makedirs(p, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, 'w').close()
for d in ('a', 'a/b', 'a/b/c', '.h', '.h/x', 'a/.hd', 'e', 'a/b/.hh'):
    mk(d, True)
for f in ('f.py', 'g.txt', '.hid', 'a/one.py', 'a/b/two.py', 'a/b/c/three.py', '.h/in.py', 'a/.hd/z.py', 'a/.dot.py', 'a/b/.hh/q.py', 'we[ir]d', 'star*', 'q?'):
    mk(f)
os.symlink(os.path.join(D, 'a'), os.path.join(D, 'lnk'))
os.symlink(os.path.join(D, 'nowhere'), os.path.join(D, 'broken'))
def R(paths):
    return sorted(p[len(D) + 1:] for p in paths)
def G(pattern, **kw):
    return R(glob.glob(os.path.join(D, pattern), **kw))
def B(pattern, **kw):
    return R(glob.glob(os.path.join(D, pattern).encode(), **kw))
def in_dir(f):
    old = os.getcwd()
    os.chdir(D)
    try:
        return f()
    finally:
        os.chdir(old)
`

var globMoreCases = []pytesting.Case{
	{"star", `G('*')`},
	{"dot star", `G('.*')`},
	{"dirs only", `G('*/')`},
	{"recursive all", `G('**', recursive=True)`},
	{"recursive dirs", `G('**/', recursive=True)`},
	{"recursive py", `G('**/*.py', recursive=True)`},
	{"recursive under", `(G('a/**', recursive=True), G('a/**/', recursive=True))`},
	{"recursive twice", `(G('**/**', recursive=True), G('**/**/*.py', recursive=True))`},
	{"double star inside name", `(G('a**', recursive=True), G('**.py', recursive=True))`},
	{"recursive middle", `G('a/**/c', recursive=True)`},
	{"recursive hidden root", `(G('.h/**', recursive=True), G('**/.*', recursive=True), G('*/.*'))`},
	{"symlinks", `(G('lnk/*'), G('lnk/**', recursive=True), G('broken'), G('broken/'), G('br*'))`},
	{"odd separators", `(G('a//b/*.py'), G('a/./b/*'), G('a/../*.py'), G('a/*/../*.py'))`},
	{"magic parent literal child", `(G('*/b'), G('*/b/'), G('*/one.py'), G('*/nope'))`},
	{"character classes", `(G('?.txt'), G('[fg].*'), G('[!f]*'), G('[]*'), G('q[?]'))`},
	{"escape matches", `(G('we[[]ir]d'), G(glob.escape('we[ir]d')), G(glob.escape('star*')), G(glob.escape('q?')))`},
	{"file as directory", `(G('f.py/'), G('f.py/*'), G('nope/*'), G('e/*'), G('e/'), G('e/**', recursive=True))`},
	{"case sensitive", `(G('*.PY'), G('a/*.py'))`},
	{"iglob recursive", `R(glob.iglob(os.path.join(D, '**'), recursive=True))`},
	{"iglob type", `(type(glob.iglob(os.path.join(D, '*'))).__name__, list(glob.iglob(os.path.join(D, 'nope'))))`},
	{"empty patterns", `(G(''), glob.glob(''), glob.glob(b''), glob.glob('', recursive=True))`},
	{"bytes patterns", `(B('*.py'), B('**/*.py', recursive=True), B('**', recursive=True)[:3], B('a/[o]*'))`},
	{"bytes result type", `type(glob.glob(os.path.join(D, '*.py').encode())[0]).__name__`},
	{"escape", `(glob.escape(b'a[b]*?'), glob.escape(''), glob.escape('[[['), glob.escape('//x/*'), glob.escape('a]b'))`},
	{"escape error", `glob.escape(5)`},
	{"has_magic", `[glob.has_magic(s) for s in ('', '[', ']', b'[', b'?', 'a-b', '{x}')]`},
	{"has_magic int", `glob.has_magic(5)`},
	{"has_magic bytearray", `glob.has_magic(bytearray(b'*'))`},
	{"recursive positional", `glob.glob('x', True)`},
	{"iglob positional", `glob.iglob('x', True)`},
	{"unknown keyword", `glob.glob(os.path.join(D, '*'), foo=1)`},
	{"bytes list error", `glob.glob([b'x'])`},
	{"all", `glob.__all__`},
	{"glob1", `(sorted(glob.glob1(D, '*.py')), sorted(glob.glob1(D, '.*')), sorted(glob.glob1(os.path.join(D, 'nope'), '*')), sorted(glob.glob1(D.encode(), b'*.py')))`},
	{"glob0", `(glob.glob0(D, ''), glob.glob0(D, 'f.py'), glob.glob0(D, 'zz'), glob.glob0(os.path.join(D, 'f.py'), ''))`},
	{"relative", `in_dir(lambda: (sorted(glob.glob('*.py')), sorted(glob.glob('*/')), sorted(glob.glob('./*.py')), glob.glob('.'), sorted(glob.glob('./**/', recursive=True))))`},
	{"relative recursive", `in_dir(lambda: (sorted(glob.glob('**', recursive=True)), sorted(glob.glob(b'**/*.py', recursive=True))))`},
	{"relative glob1 glob0", `in_dir(lambda: (sorted(glob.glob1('', '*.py')), sorted(glob.glob1(b'', b'*.py')), glob.glob0('', ''), glob.glob0('', 'f.py')))`},
	{"cleanup", `shutil.rmtree(D)`},
}

// TestGlobMore compares glob's corners with CPython 3.6's.
func TestGlobMore(t *testing.T) {
	pytesting.DiffCases(t, "glob_more", globMorePrelude, globMoreCases)
}
