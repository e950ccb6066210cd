package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of unittest.mock's create_autospec, mock_open and
// PropertyMock against CPython 3.6. Reprs have their ids masked.

const mockSpecPrelude = `import re
from unittest import mock
from unittest.mock import (Mock, MagicMock, NonCallableMagicMock, call,
                           create_autospec, mock_open, PropertyMock, patch, ANY)
def _show(name, f):
    try:
        r = re.sub(r"id='\d+'", "id=X", repr(f()))
        print(name, "=>", re.sub(r" at 0x[0-9a-f]+", " at X", r))
    except Exception as e:
        print(name, "!!", type(e).__module__, type(e).__name__, str(e),
              type(e.__cause__).__name__ if e.__cause__ else "")
def f(a, b, c=3, *args, d, **kw):
    "doc of f"
    return "real"
def g(x, y=2):
    return x
class Thing(object):
    LIMIT = 10
    name = "thing"
    def __init__(self, size, colour="red"):
        self.size = size
    def grow(self, by):
        return by
    @classmethod
    def make(cls, n):
        return cls(n)
    @staticmethod
    def helper(a, b):
        return a + b
    @property
    def area(self):
        return 4
class Callable(object):
    def __call__(self, q):
        return q
class Holder(object):
    @property
    def value(self):
        return "real value"
    value2 = 5
def steps(*fs):
    out = []
    for fn in fs:
        try:
            out.append(fn())
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out
SF = create_autospec(f)
ST = create_autospec(Thing)
OPEN = mock_open(read_data="line one\nline two\nlast")
`

var mockSpecCases = []pytesting.Case{
	// create_autospec of a function
	{"function type", `(type(SF).__name__, SF.__name__, SF.__doc__, SF.mock)`},
	{"function call", `(SF(1, 2, d=4), SF.called, SF.call_count, SF.call_args)`},
	{"function bad call", `SF(1)`},
	{"function bad keyword", `SF(1, 2, d=1, **{"zz": 1}) is not None and SF(1, 2, 3, e=5)`},
	{"function missing kwonly", `SF(1, 2)`},
	{"function too many", `create_autospec(g)(1, 2, 3)`},
	{"function bad call not recorded", `(lambda m: steps(lambda: m(), lambda: m.call_count, lambda: m(5), lambda: m.call_count))(create_autospec(g))`},
	{"function return value", `(lambda m: (setattr(m, "return_value", 42), m(1))[1])(create_autospec(g))`},
	{"function return via mock", `(lambda m: (setattr(m.mock, "return_value", 7), m(1))[1])(create_autospec(g))`},
	{"function side effect", `(lambda m: (setattr(m, "side_effect", [1, 2]), m(0), m(0))[1:])(create_autospec(g))`},
	{"function side effect exc", `(lambda m: (setattr(m, "side_effect", KeyError("k")), m(0)))(create_autospec(g))`},
	{"function asserts", `(lambda m: (m(1, y=5), m.assert_called_once_with(1, 5), m.assert_called_with(x=1, y=5), m.assert_any_call(1, 5), m.mock_calls, m.call_args_list))(create_autospec(g))`},
	{"function assert mismatch", `(lambda m: (m(1), m.assert_called_with(2)))(create_autospec(g))`},
	{"function assert bad sig", `(lambda m: (m(1), m.assert_called_with(1, 2, 3)))(create_autospec(g))`},
	{"function not called", `create_autospec(g).assert_called_once_with(1)`},
	{"function reset", `(lambda m: (m(1), m.reset_mock(), m.called, m.call_count, m.call_args_list))(create_autospec(g))`},
	{"function repr mock", `create_autospec(g).mock`},
	{"function return repr", `create_autospec(g)(3)`},
	// create_autospec of a class
	{"class repr", `ST`},
	{"class call", `(ST(5), ST.call_args, ST(5) is ST.return_value)`},
	{"class bad call", `ST()`},
	{"class bad call kw", `ST(1, shade=2)`},
	{"class method", `(ST.grow, ST.grow(3), ST.grow.call_args)`},
	{"class method bad", `ST.grow()`},
	{"class method too many", `ST.grow(1, 2)`},
	{"class instance", `(ST.return_value, isinstance(ST.return_value, Thing), isinstance(ST, Thing))`},
	{"instance method", `(lambda i: (i.grow(2), i.grow.call_args, steps(lambda: i.grow(), lambda: i.grow(1, 2))))(ST(1))`},
	{"instance not callable", `ST(1)()`},
	{"class attribute", `(ST.LIMIT, ST.name, type(ST.LIMIT).__name__)`},
	{"class missing attr", `ST.nope`},
	{"instance missing attr", `ST(1).nope`},
	{"instance attr from init", `ST(1).size`},
	{"classmethod", `(ST.make(3), ST.make.call_args, steps(lambda: ST.make()))`},
	{"staticmethod", `(ST.helper(1, 2), steps(lambda: ST.helper(1)))`},
	{"property attr", `ST(1).area`},
	{"class mock_calls", `(lambda m: (m(1).grow(2), m.grow(4), m.mock_calls, m.method_calls))(create_autospec(Thing))`},
	{"class instance=True", `(lambda m: (m, steps(lambda: m(), lambda: m.grow(1))))(create_autospec(Thing, instance=True))`},
	{"callable instance", `(lambda m: (m, m(1), steps(lambda: m(), lambda: m(1, 2))))(create_autospec(Callable, instance=True))`},
	{"spec_set", `(lambda m: steps(lambda: setattr(m, "LIMIT", 3), lambda: m.LIMIT, lambda: setattr(m, "other", 1)))(create_autospec(Thing, spec_set=True))`},
	{"spec_set instance", `(lambda m: steps(lambda: setattr(m.return_value, "zzz", 1), lambda: m.return_value))(create_autospec(Thing, spec_set=True))`},
	{"instance of object", `(lambda m: (m, m.grow(1), steps(lambda: m.grow(), lambda: m())))(create_autospec(Thing(2)))`},
	{"autospec non callable", `(create_autospec(3), steps(lambda: create_autospec(3)()))`},
	{"autospec list", `(lambda m: (m, m.append(1), steps(lambda: m.nothing)))(create_autospec([]))`},
	{"autospec kwargs", `(lambda m: (m(), m.grow.return_value))(create_autospec(Thing, return_value=9))`},
	{"autospec assert bound", `(lambda m: (m.grow(by=2), m.grow.assert_called_with(2), m.grow.assert_called_once_with(by=2)))(create_autospec(Thing))`},
	{"patch autospec", `(lambda p: [(x, x.mock, x(1), steps(lambda: x()), p.stop(), g is x) for x in [p.start()]])(patch("__main__.g", autospec=True))`},
	{"patch autospec decorator", `patch("__main__.g", autospec=True)(lambda m: (m(4), m.mock.call_args, g is m))()`},
	// Mock(spec=function) matches calls by signature
	{"spec signature assert", `(lambda m: (m(1, y=3), m.assert_called_with(1, 3)))(Mock(spec=g))`},
	{"spec signature no check", `(lambda m: (m(1, 2, 3, 4), m.call_args))(Mock(spec=g))`},
	{"spec list repr", `(Mock(spec=["a", "b"]), Mock(spec=[1]), Mock(spec=int), Mock(spec_set=int))`},
	// mock_open
	{"open read", `(lambda m: (m("f").read(), m.call_args))(mock_open(read_data="abc\ndef"))`},
	{"open readline", `(lambda h: [h.readline() for _ in range(5)])(OPEN("x"))`},
	{"open readlines", `OPEN("x").readlines()`},
	{"open interleave", `(lambda h: (h.readline(), h.read()))(OPEN("x"))`},
	{"open readline then readlines", `(lambda h: (h.readline(), h.readlines(), h.read(), h.readline()))(OPEN("x"))`},
	{"open reset per call", `(OPEN("a").readline(), OPEN("b").readline())`},
	{"open with", `(lambda m: [(f.read(), f is m.return_value) for f in [m("p").__enter__()]])(mock_open(read_data="data"))`},
	{"open with block", `(lambda m: [m.mock_calls for _ in [m("p", "w").__exit__(None, None, None)]])(mock_open())`},
	{"open write", `(lambda m: (m("out", "w").write("hello"), m().write.call_args, m.return_value.write.mock_calls, m.call_args_list))(mock_open())`},
	{"open iterate", `list(mock_open(read_data="a\nb\n")("f"))`},
	{"open empty", `(lambda h: (h.read(), h.readline(), h.readlines()))(mock_open()("f"))`},
	{"open bytes", `(lambda h: (h.readline(), h.read()))(mock_open(read_data=b"x\ny\n")("f", "rb"))`},
	{"open trailing newlines", `mock_open(read_data="a\n\n\nb\n\n")("f").readlines()`},
	{"open read return value", `(lambda m: (setattr(m.return_value.read, "return_value", "fixed"), m().read())[1])(mock_open(read_data="zz"))`},
	{"open readline return value", `(lambda m: (setattr(m.return_value.readline, "return_value", "same"), m().readline(), m().readline())[1:])(mock_open(read_data="zz"))`},
	{"open repr", `(mock_open(), mock_open()(), mock_open()().read)`},
	{"open given mock", `(lambda m: (mock_open(m, "q") is m, m().read()))(MagicMock())`},
	{"open spec", `mock_open()("f").nonexistent`},
	{"open close", `(lambda m: (m("f").close(), m().close.call_count, m.mock_calls))(mock_open())`},
	{"open patched", `patch("builtins.open", mock_open(read_data="patched"))(lambda m: (open("zz").read(), m.call_args))()`},
	{"open assert", `(lambda m: (m("name", "r"), m.assert_called_once_with("name", "r")))(mock_open())`},
	// PropertyMock
	{"property mock", `(lambda m, p: (setattr(type(m), "size", p), m.size, m.size, p.call_count, p.mock_calls))(MagicMock(), PropertyMock(return_value=3))`},
	{"property mock set", `(lambda m, p: (setattr(type(m), "size", p), setattr(m, "size", 8), p.mock_calls, p.call_args))(MagicMock(), PropertyMock())`},
	{"property mock isolated", `(lambda a, b: (setattr(type(a), "only", PropertyMock(return_value=1)), a.only, type(b.only).__name__))(Mock(), Mock())`},
	{"property mock patch", `patch("__main__.Holder.value", new_callable=PropertyMock)(lambda p: (setattr(p, "return_value", "mocked"), Holder().value, p.assert_called_once_with(), Holder.value))()`},
	{"property mock restored", `Holder().value`},
	{"property mock child", `(lambda p: (p.x, p(), p.return_value))(PropertyMock())`},
	{"property mock side effect", `(lambda m: (setattr(type(m), "v", PropertyMock(side_effect=[1, ValueError("no")])), steps(lambda: m.v, lambda: m.v)))(Mock())`},
	{"property mock repr", `(PropertyMock(), PropertyMock(name="p"))`},
	{"new_callable kwargs", `patch("__main__.Holder.value2", new_callable=PropertyMock, return_value=6)(lambda p: (Holder().value2, p.call_count))()`},
	{"new and autospec", `patch("__main__.g", 1, autospec=True).start()`},
	{"new and new_callable", `patch("__main__.g", 1, new_callable=Mock)`},
	{"autospec named", `(create_autospec(Thing, name="T"), create_autospec(Thing, name="T").grow)`},
	{"plain mock_calls", `(lambda m: (m().grow(2), m.a().b(1), m.mock_calls, m.method_calls))(Mock())`},
	{"return value attach", `(lambda m, r: (setattr(m, "return_value", r), r, m().x(1), m.mock_calls))(Mock(), Mock())`},
	{"mock type", `(type(Mock()) is Mock, type(Mock()).__name__, isinstance(MagicMock(), Mock), issubclass(NonCallableMagicMock, MagicMock))`},
	{"noncallable magic", `(lambda m: (len(m), steps(lambda: m()), m.a))(NonCallableMagicMock())`},
	{"all", `sorted(mock.__all__)`},
}

func TestMockSpecDifferential(t *testing.T) {
	pytesting.DiffCases(t, "mock_autospec", mockSpecPrelude, mockSpecCases)
}
