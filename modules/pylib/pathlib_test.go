package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of pathlib against CPython 3.6: pure POSIX and
// Windows syntax, and the concrete PosixPath over a temporary tree T
// (paths are shown relative to it).

const pathlibPrelude = pytesting.ShowRepr + `import pathlib, os, tempfile, shutil
from pathlib import PurePath, PurePosixPath as PP, PureWindowsPath as PW, Path, PosixPath, WindowsPath
T = Path(tempfile.mkdtemp(prefix='pathlib')).resolve()
for d in ('d', 'd/e', 'd/e/f', '.hid', 'g'):
    (T / d).mkdir()
for f in ('a.txt', 'b.py', 'd/c.py', 'd/e/x.py', 'd/e/f/y.txt', '.hid/z.py', '.dot.py'):
    (T / f).write_text('data ' + f)
os.symlink(str(T / 'd'), str(T / 'lnk'))
os.symlink(str(T / 'nowhere'), str(T / 'broken'))
def rel(paths):
    return sorted(str(p.relative_to(T)) for p in paths)
def oserr(f):
    try:
        return f()
    except OSError as e:
        return (type(e).__name__, e.errno, str(e.filename).replace(str(T), 'T'))
class FS:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
`

var pathlibCases = []pytesting.Case{
	// construction and str/repr
	{"reprs", `[PP('a/b'), PP('/a//b/./c/'), PP(''), PP('.'), PP('//a'), PP('///a'), PP('a', '/b', 'c'), PP('a/..'), PW('c:/a/b'), PW('c:', 'x'), PW('/x')]`},
	{"strs", `[str(PP('a', 'b')), str(PP()), str(PW('c:/a\\b')), str(PW('//srv/share/x')), str(PW('c:')), str(PW('\\\\?\\c:\\x')), str(PW('c:a', 'd:b')), str(PW('c:/a', 'C:b'))]`},
	{"PurePath class", `(type(PurePath('a')).__name__, type(Path('a')).__name__, type(PurePath(PP('a'))).__name__)`},
	{"from objects", `(PP(PP('a'), 'b', FS('c')), PP(FS('/x')), Path(Path('a'), 'b'))`},
	{"bad argument", `PP(5)`},
	{"bytes argument", `PP(b'a')`},
	{"WindowsPath here", `WindowsPath('a')`},
	// parts
	{"parts", `[PP('/a/b').parts, PP('a/b').parts, PP('//a/b').parts, PW('c:/a/b').parts, PW('c:a/b').parts, PW('//srv/sh/a').parts, PW('\\\\?\\UNC\\srv\\sh\\x').parts]`},
	{"drive root anchor", `[(p.drive, p.root, p.anchor) for p in (PP('/a'), PP('a'), PW('c:/a'), PW('c:a'), PW('/a'), PW('//h/s/a'))]`},
	{"name suffix stem", `[(p.name, p.suffix, p.suffixes, p.stem) for p in (PP('a/b.tar.gz'), PP('a/.bashrc'), PP('a/b.'), PP('/'), PP(''), PP('a/..'), PP('x.y.'), PP('..a.b'), PW('c:/'), PW('c:/x.Y'))]`},
	{"parent", `[PP('/a/b').parent, PP('/').parent, PP('a').parent, PP('.').parent, PW('c:/a').parent, PW('c:/').parent, PW('//h/s/').parent]`},
	{"parents", `(list(PP('/a/b/c').parents), list(PP('a/b').parents), len(PP('/').parents), PP('a/b').parents[1], PW('c:/a/b').parents[0], repr(PP('a').parents), repr(Path('a').parents))`},
	{"parents index error", `PP('a/b').parents[2]`},
	{"parents negative", `PP('a/b').parents[-1]`},
	// derived paths
	{"with_name", `[PP('a/b.c').with_name('d.e'), PW('c:/a/b').with_name('x'), PP('a').with_name('.hidden')]`},
	{"with_name errors", `[em(lambda: PP('/').with_name('x')), em(lambda: PP('a').with_name('')), em(lambda: PP('a').with_name('b/c')), em(lambda: PP('a').with_name('/b')), em(lambda: PW('c:/a').with_name('d:')), em(lambda: PP('a').with_name('b/'))]`},
	{"with_suffix", `[PP('a/b.c').with_suffix('.d'), PP('a/b').with_suffix('.d'), PP('a/b.c').with_suffix(''), PP('a/b.tar.gz').with_suffix('.bz2'), PW('c:/a.b').with_suffix('.x')]`},
	{"with_suffix errors", `[em(lambda: PP('a').with_suffix('d')), em(lambda: PP('a').with_suffix('.')), em(lambda: PP('a').with_suffix('/.d')), em(lambda: PP('/').with_suffix('.d')), em(lambda: PW('a').with_suffix('.a/b')), em(lambda: PP('a').with_suffix(5))]`},
	{"joinpath and slash", `(PP('a').joinpath('b', 'c'), PP('a') / 'b' / '/c', 'x' / PP('y'), PP('a') / PP('b'), PW('c:/a') / 'd:b', PW('c:/a') / '/b', PW('c:/a') / 'c:b', PP('a').joinpath())`},
	{"slash bad operand", `PP('a') / 5`},
	{"slash None", `PP('a') / None`},
	{"relative_to", `[PP('/a/b/c').relative_to('/a'), PP('/a/b').relative_to('/'), PP('a/b').relative_to('a'), PP('a/b').relative_to('a', 'b'), PW('C:/Foo/Bar').relative_to('c:/foo'), PP('a').relative_to('')]`},
	{"relative_to errors", `[em(lambda: PP('/a/b').relative_to('/c')), em(lambda: PP('a/b').relative_to('/a')), em(lambda: PP('/a').relative_to('')), em(lambda: PP('a').relative_to()), em(lambda: PW('c:/a').relative_to('d:/'))]`},
	{"is_absolute", `[p.is_absolute() for p in (PP('/a'), PP('a'), PP('//a'), PW('c:/a'), PW('/a'), PW('c:a'), PW('//h/s/a'))]`},
	{"is_reserved", `[p.is_reserved() for p in (PP('nul'), PW('nul'), PW('c:/x/CON.txt'), PW('lpt1'), PW('LPT0'), PW('//h/s/nul'), PW('a'))]`},
	{"as_posix as_uri", `(PW('c:\\a\\b').as_posix(), PP('/a b/c%').as_uri(), PW('c:/a b').as_uri(), PW('//h/s/x y').as_uri(), PP('/\u00e9').as_uri())`},
	{"as_uri relative", `PP('a').as_uri()`},
	{"match", `[PP('a/b.py').match('*.py'), PP('/a/b/c.py').match('b/*.py'), PP('/a/b/c.py').match('a/*.py'), PP('/a.py').match('/*.py'), PP('a/b.py').match('/*.py'), PP('b.py').match('a/*.py'), PW('C:/A/B.PY').match('b.py'), PP('B.PY').match('b.py'), PP('a/b').match('a/b/')]`},
	{"match empty", `PP('a').match('')`},
	// comparison, hashing, protocols
	{"equality", `(PP('a/b') == PP('a//b/.'), PP('a') == 'a', PP('a') == PW('a'), PW('A') == PW('a'), PP('A') == PP('a'), PP('/a') == PP('//a'), Path('a') == PP('a'))`},
	{"ordering", `(PP('a') < PP('b'), PP('a/b') > PP('a'), PW('B') > PW('a'), sorted([PP('b'), PP('a/c'), PP('a')]), PP('a') <= PP('a'))`},
	{"ordering other type", `PP('a') < 'b'`},
	{"ordering other flavour", `PP('a') < PW('b')`},
	{"hash", `(hash(PP('a/b')) == hash(PP('a', 'b')), hash(PW('A')) == hash(PW('a')), len({PP('a'), PP('a/'), Path('a')}))`},
	{"fspath bytes str", `(os.fspath(PP('a/b')), bytes(PP('/x')), str(Path('~')), PP('a').__fspath__())`},
	{"reduce", `(PP('/a/b').__reduce__(), PW('c:/x').__reduce__(), Path('a/b').__reduce__())`},
	{"names", `(pathlib.__all__, sorted(n for n in dir(Path) if not n.startswith('_')), sorted(n for n in dir(PurePath) if not n.startswith('_')))`},
	// concrete paths
	{"cwd and home", `(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser('~')), type(Path.cwd()).__name__)`},
	{"exists is_x", `[(n, (T / n).exists(), (T / n).is_dir(), (T / n).is_file(), (T / n).is_symlink()) for n in ('a.txt', 'd', 'lnk', 'broken', 'none', 'a.txt/x')]`},
	{"special files", `(Path('/dev/null').is_char_device(), Path('/dev/null').is_block_device(), Path('/dev/null').is_fifo(), Path('/dev/null').is_socket(), (T / 'none').is_fifo())`},
	{"iterdir", `rel((T / 'd').iterdir())`},
	{"iterdir missing", `oserr(lambda: list((T / 'none').iterdir()))`},
	{"iterdir file", `oserr(lambda: list((T / 'a.txt').iterdir()))`},
	{"glob", `[rel(T.glob(p)) for p in ('*', '*.py', 'd/*', '*/*.py', '**/*.py', '**', 'd/**/*.txt', '?.txt', '[ab].*', 'd', 'none', 'lnk/*', '.*')]`},
	{"rglob", `(rel(T.rglob('*.py')), rel(T.rglob('e')), rel((T / 'd').rglob('*')))`},
	{"glob errors", `[em(lambda: list(T.glob(''))), em(lambda: list(T.glob('/a'))), em(lambda: list(T.glob('a**/b')))]`},
	{"glob on file", `(list((T / 'a.txt').glob('*')), list((T / 'none').glob('*')))`},
	{"read write", `((T / 'n.txt').write_text('h\u00e9llo'), (T / 'n.txt').read_text(), (T / 'n.bin').write_bytes(b'\x00\x01'), (T / 'n.bin').read_bytes(), (T / 'n.bin').write_bytes(bytearray(b'xyz')), (T / 'n.bin').read_bytes())`},
	{"write errors", `[em(lambda: (T / 'n.txt').write_text(b'x')), em(lambda: (T / 'n.bin').write_bytes('x')), em(lambda: (T / 'n.txt').write_text(5))]`},
	{"read missing", `oserr(lambda: (T / 'none').read_text())`},
	{"open", `(lambda f: (f.read(), f.close(), f.closed))((T / 'a.txt').open())`},
	{"open with", `(lambda p: [p.open('w').write('abc'), p.open().read(), p.open('rb').read()])(T / 'w.txt')`},
	{"builtins take paths", `(open(T / 'a.txt').read(), os.path.exists(T / 'a.txt'), os.stat(T / 'a.txt').st_size, os.path.join(T / 'd', 'x') == str(T / 'd' / 'x'), sorted(os.listdir(T / 'd')))`},
	{"mkdir", `[(T / 'm1').mkdir(), (T / 'm1').is_dir(), (T / 'm2/a/b').mkdir(parents=True), (T / 'm2/a/b').is_dir(), (T / 'm2').mkdir(exist_ok=True), (T / 'm2/a').mkdir(parents=True, exist_ok=True)]`},
	{"mkdir errors", `[oserr(lambda: (T / 'd').mkdir()), oserr(lambda: (T / 'x/y').mkdir()), oserr(lambda: (T / 'a.txt').mkdir(exist_ok=True)), oserr(lambda: (T / 'a.txt/q').mkdir(parents=True))]`},
	{"touch", `[(T / 't').touch(), (T / 't').is_file(), (T / 't').touch(), oserr(lambda: (T / 't').touch(exist_ok=False)), (T / 't2').touch(exist_ok=False), oserr(lambda: (T / 'none/t').touch())]`},
	{"touch mode chmod", `[(T / 'tm').touch(mode=0o600), oct((T / 'tm').stat().st_mode & 0o777), (T / 'tm').chmod(0o640), oct((T / 'tm').stat().st_mode & 0o777), oserr(lambda: (T / 'none').chmod(0o600))]`},
	{"stat lstat", `((T / 'a.txt').stat().st_size, (T / 'lnk').stat().st_mode == (T / 'd').stat().st_mode, oct((T / 'lnk').lstat().st_mode & 0o170000), oserr(lambda: (T / 'broken').stat()))`},
	{"rename replace unlink rmdir", `[(T / 'r1').write_text('1'), (T / 'r1').rename(T / 'r2'), (T / 'r1').exists(), (T / 'r2').read_text(), (T / 'r3').write_text('3'), (T / 'r3').replace(str(T / 'r2')), (T / 'r2').read_text(), (T / 'r2').unlink(), (T / 'r2').exists(), (T / 'm1').rmdir(), (T / 'm1').exists()]`},
	{"unlink rmdir errors", `[oserr(lambda: (T / 'none').unlink()), oserr(lambda: (T / 'd').rmdir()), oserr(lambda: (T / 'none').rmdir()), oserr(lambda: (T / 'none').rename(T / 'x'))]`},
	{"symlink_to", `[(T / 's1').symlink_to(T / 'a.txt'), (T / 's1').is_symlink(), (T / 's1').read_text(), os.readlink(str(T / 's1')) == str(T / 'a.txt'), (T / 's2').symlink_to('d', target_is_directory=True), (T / 's2').is_dir()]`},
	{"resolve", `[str(p.resolve()).replace(str(T), 'T') for p in (T / 'lnk', T / 'd/../a.txt', T / 'd/./e/..', T / 'lnk/e/../c.py', T / 'none/x/..', T / 'broken')]`},
	{"resolve strict", `[oserr(lambda: (T / 'none').resolve(strict=True)), oserr(lambda: (T / 'broken').resolve(strict=True)), str((T / 'lnk').resolve(strict=True)).replace(str(T), 'T')]`},
	{"resolve relative", `(lambda old: (os.chdir(str(T)), str(Path('lnk/c.py').resolve()).replace(str(T), 'T'), str(Path('.').resolve()).replace(str(T), 'T'), str(Path('d').absolute()).replace(str(T), 'T'), os.chdir(old)))(os.getcwd())`},
	{"resolve loop", `[os.symlink(str(T / 'loop1'), str(T / 'loop2')), os.symlink(str(T / 'loop2'), str(T / 'loop1')), em(lambda: str((T / 'loop1').resolve())).__repr__().replace(str(T), 'T')]`},
	{"samefile", `((T / 'lnk').samefile(T / 'd'), (T / 'a.txt').samefile(str(T / 'a.txt')), (T / 'a.txt').samefile(T / 'b.py'), oserr(lambda: (T / 'none').samefile(T / 'a.txt')))`},
	{"absolute", `(Path('/x/../y').absolute(), Path('a').absolute() == Path.cwd() / 'a')`},
	{"expanduser", `(Path('~/x').expanduser() == Path.home() / 'x', Path('a/~').expanduser(), Path('/~').expanduser(), Path('~root').expanduser())`},
	{"expanduser unknown", `Path('~nosuchuser_h8/x').expanduser()`},
	{"owner group", `((T / 'a.txt').owner(), (T / 'a.txt').group())`},
	{"context manager", `(lambda p: (p.__enter__() is p, p.__exit__(None, None, None), p.stat().st_mode == T.stat().st_mode, p.exists(), rel(p.glob('d')), em(lambda: p.open()), em(lambda: list(p.iterdir())), em(lambda: p.lstat()), em(lambda: p.mkdir(exist_ok=True)), em(lambda: p.__enter__()), (p / 'a.txt').read_text()))(Path(str(T)))`},
	{"lchmod", `(T / 'a.txt').lchmod(0o600)`},
	{"flavour parse_parts", `[pathlib._posix_flavour.parse_parts(x) for x in ([], ['a/', 'b//c', '.'], ['a', '/b', 'c'], ['//a', 'b'], ['///a'], ['c:\\a'])] + [pathlib._windows_flavour.parse_parts(x) for x in (['c:/a'], ['//a/b/c'], ['a', 'Z:b', 'c'], ['//?/UNC/b/c/d'], ['Z:/a', '/b', 'c'])]`},
	{"flavour splitroot", `[pathlib._posix_flavour.splitroot(x) for x in ('', 'a/b', '/a', '//a', '///a/b', 'c:/a')] + [pathlib._windows_flavour.splitroot(x) for x in ('a', '\\a', 'c:a\\b', 'c:\\\\a', '\\\\a\\b\\c', '\\\\\\a\\b')]`},
	{"mkdir through the accessor", `(lambda calls, saved: (setattr(pathlib._normal_accessor, 'mkdir', lambda p, mode=0o777: (calls.append(str(p).replace(str(T), 'T')), os.mkdir(str(p), mode))), (T / 'acc' / 'x' / 'y').mkdir(parents=True), delattr(pathlib._normal_accessor, 'mkdir'), calls, (T / 'acc' / 'x' / 'y').is_dir()))([], None)`},
	{"cleanup", `(shutil.rmtree(str(T)), T.exists())`},
}

// TestPathlib compares pathlib with CPython 3.6's.
func TestPathlib(t *testing.T) {
	pytesting.DiffCases(t, "pathlib", pathlibPrelude+"def em(f):\n    try:\n        return f()\n    except Exception as e:\n        return (type(e).__name__, str(e))\n", pathlibCases)
}
