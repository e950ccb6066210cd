package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of the paths that shared helpers serve in difflib
// (unified_diff and context_diff: _diff_groups), unittest.TestCase (the
// one-condition assertions: _require), unittest.mock (patch, patch.object
// and patch.dict: _Patcher) and pickle (APPENDS and ADDITEMS:
// _add_marked), each helper through every caller.

const stdlibHelpersPrelude = pytesting.ShowRepr + `import difflib, pickle, unittest
from unittest import mock
class _Case(unittest.TestCase):
    def runTest(self):
        pass
T = _Case()
class _Quiet(_Case):
    longMessage = False
class _OwnFail(_Case):
    def fail(self, msg=None):
        raise KeyError("own fail: " + str(msg))
def outcome(f):
    try:
        f()
        return "passed"
    except Exception as e:
        return type(e).__name__, str(e)
class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")
    def __bool__(self):
        return True
A = ["one\n", "two\n", "three\n", "four\n", "five\n"]
B = ["one\n", "2\n", "three\n", "four\n", "five\n", "six\n"]
class Holder:
    value = 1
def seen():
    return Holder.value
class Bag(list):
    def append(self, x):
        list.append(self, ("appended", x))
class Pile(set):
    def add(self, x):
        set.add(self, ("added", x))
    def update(self, items):
        set.add(self, ("updated", tuple(items)))
import copyreg, io
def dumped(obj, proto):
    return pickle.loads(pickle.dumps(obj, proto))
`

var stdlibHelpersCases = []pytesting.Case{
	// difflib
	{"unified", `list(difflib.unified_diff(A, B, "a.txt", "b.txt", "2001", "2002"))`},
	{"unified no dates", `list(difflib.unified_diff(A, B, "a", "b", n=1))`},
	{"unified lineterm", `list(difflib.unified_diff(["x"], ["y"], lineterm=""))`},
	{"unified equal", `list(difflib.unified_diff(A, A, "a", "b"))`},
	{"unified two groups", `list(difflib.unified_diff(A * 3, A + B + A, n=0))`},
	{"context", `list(difflib.context_diff(A, B, "a.txt", "b.txt", "2001", "2002"))`},
	{"context no dates", `list(difflib.context_diff(A, B, "a", "b", n=1))`},
	{"context equal", `list(difflib.context_diff(A, A))`},
	{"context two groups", `list(difflib.context_diff(A * 3, A + B + A, n=0))`},
	{"unified bytes lazy", `(lambda g: (type(g).__name__, outcome(lambda: next(g))))(difflib.unified_diff([b"a"], [b"b"]))`},
	{"context bad name", `outcome(lambda: list(difflib.context_diff(["a"], ["b"], fromfile=1)))`},
	{"unified bad date", `outcome(lambda: list(difflib.unified_diff(["a"], ["b"], fromfiledate=b"x")))`},
	// unittest
	{"assertTrue", `[outcome(lambda: T.assertTrue(v)) for v in (1, 0, "", [0], None)]`},
	{"assertFalse", `[outcome(lambda: T.assertFalse(v)) for v in (1, 0, "x", [], None)]`},
	{"assertIn", `[outcome(lambda: T.assertIn(1, [1])), outcome(lambda: T.assertIn(2, [1])), outcome(lambda: T.assertIn("z", "abc", "note"))]`},
	{"assertNotIn", `[outcome(lambda: T.assertNotIn(2, [1])), outcome(lambda: T.assertNotIn(1, {1: 2})), outcome(lambda: T.assertNotIn("b", "abc", "note"))]`},
	{"assertIs", `[outcome(lambda: T.assertIs(None, None)), outcome(lambda: T.assertIs([], [])), outcome(lambda: T.assertIs(1, 2, msg="m"))]`},
	{"assertIsNot", `[outcome(lambda: T.assertIsNot([], [])), outcome(lambda: T.assertIsNot(None, None)), outcome(lambda: T.assertIsNot(T, T, "m"))]`},
	{"assertLess family", `[outcome(lambda: f(a, b)) for f in (T.assertLess, T.assertLessEqual, T.assertGreater, T.assertGreaterEqual) for a, b in ((1, 2), (2, 2), (3, 2))]`},
	{"assertLess types", `outcome(lambda: T.assertLess(1, "a"))`},
	{"assertIsNone", `[outcome(lambda: T.assertIsNone(None)), outcome(lambda: T.assertIsNone(0)), outcome(lambda: T.assertIsNone("x", "why"))]`},
	{"quiet message", `[outcome(lambda: _Quiet().assertIn(2, [1], "only this")), outcome(lambda: _Quiet().assertTrue(0)), outcome(lambda: _Quiet().assertGreater(1, 2, "just"))]`},
	{"own fail", `[outcome(lambda: _OwnFail().assertIn(2, [1])), outcome(lambda: _OwnFail().assertFalse(1)), outcome(lambda: _OwnFail().assertIsNone(1))]`},
	{"bad repr", `[outcome(lambda: T.assertFalse(BadRepr()))[1][:20], outcome(lambda: T.assertIsNone(BadRepr()))[1][:20]]`},
	{"assertSetEqual", `[outcome(lambda: T.assertSetEqual({1, 2}, {2, 3})), outcome(lambda: T.assertSetEqual(1, {1})), outcome(lambda: T.assertSetEqual({1}, 1)), outcome(lambda: T.assertSetEqual({1}, [[1]])), outcome(lambda: T.assertSetEqual({1}, {1}))]`},
	{"long repr", `outcome(lambda: T.assertIn(1, list(range(2, 200))))[1][-40:]`},
	// unittest.mock
	{"patch object start stop", `(lambda p: (p.start(), seen(), p.stop(), seen()))(mock.patch.object(Holder, "value", 5))`},
	{"patch object with", `(lambda p: [(p.__enter__(), seen()), p.__exit__(None, None, None), seen()])(mock.patch.object(Holder, "value", 7))`},
	{"patch decorator new", `(mock.patch.object(Holder, "value", 9)(lambda *a: (a, seen())))(1, 2)`},
	{"patch decorator default", `(lambda r: (len(r[0]), type(r[0][-1]).__name__, r[1] is r[0][-1]))((mock.patch.object(Holder, "value")(lambda *a: (a, seen())))("x"))`},
	{"patch decorator name", `mock.patch.object(Holder, "value", 1)(seen).__name__`},
	{"patch dotted", `(lambda p: (p.start(), __import__("os").sep, p.stop(), __import__("os").sep))(mock.patch("os.sep", "#"))`},
	{"patch decorator restores on error", `(outcome(mock.patch.object(Holder, "value", 3)(lambda: 1 / 0)), seen())`},
	{"patch dict start stop", `(lambda d: (lambda p: (p.start(), sorted(d.items()), p.stop(), sorted(d.items())))(mock.patch.dict(d, {"b": 2})))({"a": 1})`},
	{"patch dict clear", `(lambda d: (lambda p: (p.start(), sorted(d.items()), p.stop(), sorted(d.items())))(mock.patch.dict(d, {"b": 2}, clear=True)))({"a": 1})`},
	{"patch dict decorator", `(lambda d: ((mock.patch.dict(d, c=3))(lambda *a: (a, sorted(d.items()))))(7), sorted(d.items()))({"a": 1})`},
	{"patch missing attribute", `outcome(lambda: mock.patch.object(Holder, "nothing", 1).start())`},
	// pickle
	{"appends list", `pickle.loads(b"](K\x01K\x02e.")`},
	{"appends empty on None", `outcome(lambda: pickle.loads(b"N(e."))`},
	{"appends on None", `outcome(lambda: pickle.loads(b"N(K\x01e."))`},
	{"appends list subclass", `dumped(Bag([1, 2]), 2)`},
	{"appends list subclass proto0", `dumped(Bag([3]), 0)`},
	{"additems set", `pickle.loads(b"\x80\x04\x8f(K\x01K\x02\x90.")`},
	{"additems empty on None", `outcome(lambda: pickle.loads(b"\x80\x04N(\x90."))`},
	{"additems on None", `outcome(lambda: pickle.loads(b"\x80\x04N(K\x01\x90."))`},
	{"additems set subclass", `sorted(map(repr, dumped(Pile([1]), 4)))`},
	{"additems frozen", `dumped(frozenset([1, 2]), 4)`},
	{"roundtrips", `[dumped([1, [2, 3], {4}], p) for p in range(5)]`},
}

func TestStdlibHelpersDifferential(t *testing.T) {
	pytesting.DiffCases(t, "stdlib_helpers", stdlibHelpersPrelude, stdlibHelpersCases)
}
