package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of fileinput against CPython 3.6 on files in a
// scratch directory (removed by the last case).

const fileinputPrelude = pytesting.ShowRepr + `import fileinput, os, sys, io, tempfile, shutil, warnings
warnings.simplefilter("ignore")
D = tempfile.mkdtemp()
def mk(name, text):
    p = os.path.join(D, name)
    with open(p, "w") as f:
        f.write(text)
    return p
A = mk("a.txt", "a1\na2\n")
E = mk("e.txt", "")
B = mk("b.txt", "b1\nb2\nb3")
def rel(x):
    return x.replace(D + os.sep, "") if isinstance(x, str) else x
def state(fi):
    return (rel(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.isstdin(), fi.fileno() > 2 or fi.fileno())
def trace(fi):
    out = [("start",) + state(fi)]
    for line in fi:
        out.append((line,) + state(fi))
    out.append(("end",) + state(fi))
    return out
def read(p):
    with open(p) as f:
        return f.read()
def E_(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e).replace(D, "D")
def module_trace(files, **kw):
    out = []
    for line in fileinput.input(files, **kw):
        out.append((line, rel(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin()))
    fileinput.close()
    return out
def inplace(files, **kw):
    saved = sys.stdout
    for line in fileinput.input(files, inplace=True, **kw):
        print(line.rstrip("\n").upper() + "!")
    fileinput.close()
    return sys.stdout is saved, sorted(os.listdir(D))
`

var fileinputCases = []pytesting.Case{
	{"trace", `trace(fileinput.FileInput([A, E, B]))`},
	{"single name", `list(fileinput.FileInput(A))`},
	{"tuple of names", `list(fileinput.FileInput((B, A)))`},
	{"binary", `list(fileinput.FileInput([A, B], mode="rb"))`},
	{"U mode", `list(fileinput.FileInput(A, mode="rU"))`},
	{"bufsize ignored", `list(fileinput.FileInput(A, bufsize=5))`},
	{"bad mode", `fileinput.FileInput(A, mode="w")`},
	{"hook and inplace", `fileinput.FileInput(A, inplace=True, openhook=open)`},
	{"hook not callable", `fileinput.FileInput(A, openhook=5)`},
	{"not iterable", `fileinput.FileInput(5)`},
	{"missing file", `E_(lambda: list(fileinput.FileInput([os.path.join(D, "missing.txt")])))`},
	{"getitem in order", `(lambda fi: (fi[0], E_(lambda: fi[0]), fi[1], fi[2]))(fileinput.FileInput([A, B]))`},
	{"getitem end", `(lambda fi: (list(fi), E_(lambda: fi[5]), E_(lambda: fi[7])))(fileinput.FileInput([A, B]))`},
	{"readline and nextfile", `(lambda fi: (fi.readline(), fi.readline(), fi.readline(), fi.nextfile(), fi.readline(), state(fi), fi.readline()))(fileinput.FileInput([A, B]))`},
	{"nextfile skips", `(lambda fi: (next(fi), fi.nextfile(), next(fi), state(fi)))(fileinput.FileInput([A, B]))`},
	{"readline binary end", `(lambda fi: (fi.readline(), fi.readline(), fi.readline()))(fileinput.FileInput(A, mode="rb"))`},
	{"close keeps position", `(lambda fi: (next(fi), next(fi), next(fi), fi.close(), state(fi), list(fi)))(fileinput.FileInput([A, B]))`},
	{"context manager", `(lambda: [list(f) for f in [fileinput.FileInput(B)]] and [(lambda f: (f.__enter__() is f, next(f), f.__exit__(None, None, None), f.fileno()))(fileinput.FileInput(B))])()`},
	{"stdin", `(lambda saved: (setattr(sys, "stdin", io.StringIO("s1\ns2\n")), trace(fileinput.FileInput("-")), setattr(sys, "stdin", saved))[1])(sys.stdin)`},
	{"empty list is stdin", `(lambda saved: (setattr(sys, "stdin", io.StringIO("only\n")), list(fileinput.FileInput([])), setattr(sys, "stdin", saved))[1])(sys.stdin)`},
	{"argv files", `(lambda saved: (setattr(sys, "argv", ["prog", A]), list(fileinput.FileInput()), setattr(sys, "argv", saved))[1])(sys.argv)`},
	{"openhook", `list(fileinput.FileInput([A], openhook=lambda name, mode: io.StringIO("hooked %s\n" % mode)))`},
	{"hook_encoded", `(mk("l.txt", "x"), open(os.path.join(D, "l.txt"), "wb").write(b"caf\xe9\n"), list(fileinput.FileInput([os.path.join(D, "l.txt")], openhook=fileinput.hook_encoded("latin-1"))))[2]`},
	{"hook_compressed plain", `list(fileinput.FileInput([A], openhook=fileinput.hook_compressed))`},
	{"module functions", `module_trace([A, B])`},
	{"module inactive", `[E_(f) for f in (fileinput.filename, fileinput.lineno, fileinput.filelineno, fileinput.isfirstline, fileinput.isstdin, fileinput.fileno, fileinput.nextfile)]`},
	{"module close twice", `(fileinput.close(), fileinput.close())`},
	{"input already active", `(lambda fi: (next(fi), E_(lambda: fileinput.input([B])), fileinput.close()))(fileinput.input([A]))`},
	{"input after exhausted", `(lambda fi: (list(fi), type(fileinput.input([B])).__name__, fileinput.close()))(fileinput.input([A]))`},
	{"inplace no backup", `(mk("c.txt", "one\ntwo\n"), inplace([os.path.join(D, "c.txt")]), read(os.path.join(D, "c.txt")))[1:]`},
	{"inplace with backup", `(mk("d.txt", "x\ny"), inplace([os.path.join(D, "d.txt")], backup=".orig"), read(os.path.join(D, "d.txt")), read(os.path.join(D, "d.txt.orig")))[1:]`},
	{"inplace keeps mode", `(mk("m.txt", "q\n"), os.chmod(os.path.join(D, "m.txt"), 0o640), inplace([os.path.join(D, "m.txt")]), oct(os.stat(os.path.join(D, "m.txt")).st_mode & 0o777))[3]`},
	{"all", `fileinput.__all__`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestSmallmodsFileinput(t *testing.T) {
	pytesting.DiffCases(t, "smallmods_fileinput", fileinputPrelude, fileinputCases)
}
