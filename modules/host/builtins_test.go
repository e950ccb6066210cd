package host_test

import (
	"testing"
)

func TestBuiltinsMatchCPython(t *testing.T) {
	cases := []pyCase{
		{"len bytes", `len(b"abc")`},
		{"len empty bytes", `len(b"")`},
		{"len str", `len("h\xe9")`},
		{"len list", `len([1, 2])`},
		{"len int", `len(5)`},
		{"bool none", `bool()`},
		{"bool int", `(bool(0), bool(3))`},
		{"bool bytes", `(bool(b""), bool(b"x"))`},
		{"bool str", `(bool(""), bool("x"))`},
		{"bool list", `(bool([]), bool([0]))`},
		{"bool None", `bool(None)`},
		{"bool two args", `bool(1, 2)`},
		{"any bytes items", `(any([b"", b""]), any([b"", b"x"]), any([]))`},
		{"all bytes items", `(all([b"x", b""]), all([b"x"]), all([]))`},
		{"any mixed", `(any([0, None, "", [1]]), all([1, "x", (0,)]))`},
		{"any bytes arg", `(any(b"\x00\x00"), all(b"ab"))`},
		{"any not iterable", `any(1)`},
		{"isinstance exact", `isinstance(1, int)`},
		{"isinstance subclass", `isinstance(_B(), _A)`},
		{"isinstance not", `isinstance(_A(), _B)`},
		{"isinstance exception", `isinstance(FileNotFoundError("x"), OSError)`},
		{"isinstance exception not", `isinstance(ValueError("x"), OSError)`},
		{"isinstance object", `isinstance(1, object)`},
		{"isinstance bool int", `isinstance(True, int)`},
		{"isinstance tuple", `isinstance(_B(), (str, _A))`},
		{"isinstance bad", `isinstance(1, 2)`},
		{"issubclass", `issubclass(_B, _A)`},
		{"issubclass not", `issubclass(_A, _B)`},
		{"issubclass same", `issubclass(_A, _A)`},
		{"issubclass exc", `issubclass(ConnectionResetError, OSError)`},
		{"issubclass exc base", `issubclass(KeyError, LookupError)`},
		{"issubclass bool", `issubclass(bool, int)`},
		{"issubclass tuple", `issubclass(_B, (int, _A))`},
		{"issubclass arg1", `issubclass(1, int)`},
		{"issubclass arg2", `issubclass(int, 1)`},
		{"callable func", `callable(_f)`},
		{"callable builtin", `callable(len)`},
		{"callable lambda", `callable(lambda: 0)`},
		{"callable class", `callable(_A)`},
		{"callable type", `callable(int)`},
		{"callable method", `callable(_A().m)`},
		{"callable bound builtin", `callable("x".upper)`},
		{"callable instance", `callable(_A())`},
		{"callable instance with call", `callable(_C())`},
		{"callable int", `callable(1)`},
		{"callable str", `callable("x")`},
		{"callable None", `callable(None)`},
		{"format builtin", `format(3.5, ">6.2f")`},
		{"format default", `format("x")`},
		{"format spec type", `format(1, 2)`},
	}
	setup := `
class _A:
    def m(self):
        return 1
class _B(_A):
    pass
class _C:
    def __call__(self):
        return 1
def _f():
    pass
`
	diffCases36(t, "builtins_match", setup, cases)
}

func TestExceptionsMatchCPython(t *testing.T) {
	cases := []pyCase{
		{"str no args", `str(ValueError())`},
		{"str one arg", `str(ValueError("boom"))`},
		{"str int arg", `str(ValueError(1))`},
		{"str two args", `str(ValueError(1, "x"))`},
		{"str keyerror", `str(KeyError("k"))`},
		{"str keyerror no args", `str(KeyError())`},
		{"repr no args", `repr(ValueError())`},
		{"print no args", `_print(ValueError())`},
		{"print int arg", `_print(ValueError(3))`},
		{"print two args", `_print(OSError(2, "No such file"))`},
		{"oserror errno", `OSError(2, "No such file").errno`},
		{"oserror strerror", `OSError(2, "No such file").strerror`},
		{"open missing errno", `_open_errno()`},
		{"open missing type", `_open_type()`},
		{"caught str works", `_caught_str()`},
		{"open str", `_open_exc(lambda: open("/nonexistent/gpython-ssl-host"))`},
		{"open attrs", `_open_attrs()`},
		{"open dir", `_open_exc(lambda: open("/"))`},
	}
	setup := `
def _print(e):
    print(e)
    return True
def _open_errno():
    try:
        open("/nonexistent/gpython-ssl-host")
    except OSError as e:
        return (e.errno, e.filename is None or isinstance(e.filename, str), isinstance(e.strerror, str))
def _open_type():
    try:
        open("/nonexistent/gpython-ssl-host")
    except FileNotFoundError as e:
        return isinstance(e, OSError)
def _open_exc(f):
    try:
        f()
    except OSError as e:
        return str(e)
def _open_attrs():
    try:
        open("/nonexistent/gpython-ssl-host")
    except OSError as e:
        return (e.errno, e.strerror, e.filename)
def _caught_str():
    try:
        open("/nonexistent/gpython-ssl-host")
    except OSError as e:
        return len(str(e)) > 0
`
	diffCases(t, setup, cases)
}
