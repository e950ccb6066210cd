package pylib_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of unittest (Lib/modules/unittest) against CPython
// 3.6: whole test scripts run under both interpreters and must print the
// same report. Each case's script is written as test_main.py into a fresh
// directory (with any other files the case lists) and run there as
// __main__ with sys.argv set, sys.stderr sent to sys.stdout (the runner's
// default stream) and SystemExit reported as "exit CODE". Only the time in
// "Ran N tests in X.XXXs" is normalised (by the script, so that the stored
// CPython output is stable).

// unittestCase is one script: Argv follows the script name in sys.argv;
// Files are extra files (path relative to the directory, contents).
type unittestCase struct {
	Name  string
	Argv  []string
	Files map[string]string
	Main  string
}

// unittestOuter runs a case; %s are the files (a Python dict literal) and
// sys.argv (a list literal). The files go to a fresh directory HERE, on
// sys.path; test_main.py runs from there as __main__, and HERE is taken
// out of everything printed, so that paths read as relative ones.
const unittestOuter = `import os, re, sys, tempfile, shutil
HERE = tempfile.mkdtemp()
sys.path.insert(0, HERE)
for _name, _text in sorted(%s.items()):
    _path = os.path.join(HERE, _name)
    os.makedirs(os.path.dirname(_path), exist_ok=True)
    with open(_path, "w") as _f:
        _f.write(_text)
sys.argv = %s
class _Out:
    def __init__(self, real):
        self.real = real
    def write(self, s):
        s = s.replace(HERE + os.sep, "").replace(HERE, ".")
        return self.real.write(re.sub(r"(Ran \d+ tests? in )\d+\.\d{3}s", r"\1X.XXXs", s))
    def flush(self):
        self.real.flush()
_real = sys.stdout
sys.stdout = sys.stderr = _Out(_real)
__file__ = os.path.join(HERE, "test_main.py")
try:
    with open(os.path.join(HERE, "test_main.py")) as _f:
        _src = _f.read()
    exec(compile(_src, os.path.join(HERE, "test_main.py"), "exec"), globals())
except SystemExit as _e:
    print("exit", repr(_e.code))
finally:
    sys.stdout = _real
    sys.stderr = sys.__stderr__
    shutil.rmtree(HERE)
`

// utPyStr quotes s as a Python string literal (ASCII only, as the scripts
// are).
func utPyStr(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch {
		case r == '\\' || r == '\'':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r > 0x7e:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

func (c unittestCase) script() string {
	files := map[string]string{"test_main.py": c.Main}
	for k, v := range c.Files {
		files[k] = v
	}
	names := make([]string, 0, len(files))
	for k := range files {
		names = append(names, k)
	}
	sort.Strings(names)
	var d strings.Builder
	d.WriteString("{")
	for _, k := range names {
		fmt.Fprintf(&d, "%s: %s, ", utPyStr(k), utPyStr(files[k]))
	}
	d.WriteString("}")
	argv := []string{utPyStr("test_main.py")}
	for _, a := range c.Argv {
		argv = append(argv, utPyStr(a))
	}
	return fmt.Sprintf(unittestOuter, d.String(), "["+strings.Join(argv, ", ")+"]")
}

func TestUnittestDifferential(t *testing.T) {
	require.GreaterOrEqual(t, len(unittestCases), 40)
	seen := map[string]bool{}
	for _, c := range unittestCases {
		require.False(t, seen[c.Name], "duplicate case %s", c.Name)
		seen[c.Name] = true
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			src := c.script()
			want := pytesting.CPython36Output(t, "unittest_"+c.Name, src)
			got, err := pytesting.RunGuarded(t, src)
			require.NoError(t, err, "gpython raised outside the script; output:\n%s", got)
			assert.Equal(t, want, got)
		})
	}
}

// Common pieces of the scripts.
const utRun = `
def run(*classes, verbosity=2, **kw):
    suite = unittest.TestSuite()
    for c in classes:
        suite.addTest(unittest.defaultTestLoader.loadTestsFromTestCase(c))
    return unittest.TextTestRunner(stream=sys.stdout, verbosity=verbosity, **kw).run(suite)
`

const utMixed = `import unittest, sys

class Mixed(unittest.TestCase):
    def test_pass(self):
        "Passes, with a docstring.\n  Second line."
    def test_fail(self):
        self.assertEqual(1, 2)
    def test_error(self):
        {}['missing']
    @unittest.skip("not today")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_xpass(self):
        pass

if __name__ == '__main__':
    unittest.main()
`

// utAsserts calls assertion methods outside a run and prints what each
// raised.
const utAsserts = `import unittest, sys, re
class T(unittest.TestCase):
    def runTest(self): pass
t = T()
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "ok", repr(r) if r is not None else "")
    except Exception as e:
        print(label, type(e).__name__ + ":", re.sub(" at 0x[0-9a-f]+", "", str(e)))
        print("---")
`

var unittestCases = []unittestCase{
	{Name: "mixed_dots", Main: utMixed},
	{Name: "mixed_verbose", Argv: []string{"-v"}, Main: utMixed},
	{Name: "mixed_quiet", Argv: []string{"-q"}, Main: utMixed},
	{Name: "all_pass_exit", Main: `import unittest
class A(unittest.TestCase):
    def test_one(self): self.assertTrue(True)
    def test_two(self): self.assertIn(1, [1])
unittest.main()
`},
	{Name: "fixtures_order", Argv: []string{"-v"}, Main: `import unittest
def setUpModule(): print("setUpModule")
def tearDownModule(): print("tearDownModule")
class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print("setUpClass", cls.__name__)
    @classmethod
    def tearDownClass(cls): print("tearDownClass", cls.__name__)
    def setUp(self):
        print("setUp", self._testMethodName)
        self.addCleanup(print, "cleanup 1", self._testMethodName)
        self.addCleanup(print, "cleanup 2", self._testMethodName)
    def tearDown(self): print("tearDown", self._testMethodName)
    def test_b(self): print("body b")
    def test_a(self): print("body a")
class B(A):
    pass
unittest.main()
`},
	{Name: "subtests", Argv: []string{"-v"}, Main: `import unittest
class S(unittest.TestCase):
    def test_params(self):
        for i in range(4):
            with self.subTest(i=i, kind="even"):
                self.assertEqual(i % 2, 0)
    def test_msg_and_error(self):
        with self.subTest("first block"):
            raise ValueError("boom")
        with self.subTest():
            self.fail("no label")
        with self.subTest("nested", a=1):
            with self.subTest(b=2):
                self.assertFalse(True)
    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                pass
    @unittest.expectedFailure
    def test_expected(self):
        with self.subTest(x=1):
            self.fail("expected")
unittest.main()
`},
	{Name: "subtests_failfast", Argv: []string{"-f"}, Main: `import unittest
class S(unittest.TestCase):
    def test_a(self):
        for i in range(5):
            with self.subTest(i=i):
                print("running", i)
                self.assertLess(i, 2)
    def test_b(self):
        print("not reached")
unittest.main()
`},
	{Name: "setupclass_error", Argv: []string{"-v"}, Main: `import unittest
class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")
    @classmethod
    def tearDownClass(cls):
        print("never")
    def test_never(self): pass
class Fine(unittest.TestCase):
    def test_ok(self): pass
unittest.main()
`},
	{Name: "setupclass_skip", Argv: []string{"-v"}, Main: `import unittest
class Skipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no resources")
    def test_never(self): pass
class Fine(unittest.TestCase):
    def test_ok(self): pass
unittest.main()
`},
	{Name: "setupmodule_error", Main: `import unittest
def setUpModule():
    raise ImportError("module fixture failed")
def tearDownModule():
    print("not called")
class A(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): pass
unittest.main()
`},
	{Name: "teardown_fixture_errors", Argv: []string{"-v"}, Main: `import unittest
def tearDownModule():
    raise KeyError("tearDownModule")
class A(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError("tearDownClass")
    def test_one(self): pass
unittest.main()
`},
	{Name: "setup_teardown_cleanup_errors", Argv: []string{"-v"}, Main: `import unittest
class A(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == "test_setup":
            raise OSError(2, "setup failed")
    def tearDown(self):
        if self._testMethodName == "test_teardown":
            self.fail("teardown fail")
    def test_setup(self):
        print("not run")
    def test_teardown(self):
        print("body runs")
    def test_cleanups(self):
        self.addCleanup(lambda: 1 / 0)
        self.addCleanup(print, "runs first")
    def test_doCleanups(self):
        self.addCleanup(print, "explicit")
        print("doCleanups:", self.doCleanups())
unittest.main()
`},
	{Name: "tracebacks", Main: `import unittest
def helper(x):
    return inner(x)
def inner(x):
    raise TypeError("bad %s" % x)
def check(v):
    assert v, "helper assert"
class A(unittest.TestCase):
    def test_nested(self):
        helper(3)
    def test_chain(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("chained")
    def test_cause(self):
        try:
            {}[1]
        except KeyError as e:
            raise RuntimeError("caused") from e
    def test_assert_stmt(self):
        assert 1 == 2, "plain assert"
    def test_helper_assert(self):
        check(0)
    def test_raises_cm(self):
        with self.assertRaises(ValueError):
            x = 1
    def test_raises_callable(self):
        self.assertRaises(ValueError, int, "3")
    def test_raises_other(self):
        with self.assertRaises(KeyError):
            raise IndexError("wrong kind")
unittest.main()
`},
	{Name: "buffer", Argv: []string{"-b"}, Main: `import unittest, sys
class A(unittest.TestCase):
    def test_quiet_pass(self):
        print("hidden on success")
    def test_loud_fail(self):
        print("shown on failure")
        sys.stderr.write("err text")
        self.fail("with output")
    def test_error_out(self):
        print("error output", end="")
        raise ValueError("x")
unittest.main()
`},
	{Name: "failfast", Argv: []string{"-f", "-v"}, Main: `import unittest
class A(unittest.TestCase):
    def test_1(self): pass
    def test_2(self): self.fail("stop here")
    def test_3(self): print("not reached")
unittest.main()
`},
	{Name: "names_on_command_line", Argv: []string{"-v", "B", "A.test_x"}, Main: `import unittest
class A(unittest.TestCase):
    def test_x(self): pass
    def test_y(self): pass
class B(unittest.TestCase):
    def test_z(self): pass
    def test_w(self): self.fail("w")
unittest.main()
`},
	{Name: "bad_names", Argv: []string{"A.test_nope", "Nope", "A.test_x.extra"}, Main: `import unittest
class A(unittest.TestCase):
    def test_x(self): pass
unittest.main()
`},
	{Name: "main_exit_false", Main: `import unittest
class A(unittest.TestCase):
    def test_x(self): self.assertEqual("a", "b")
prog = unittest.main(exit=False, verbosity=0)
print(prog.result, prog.result.wasSuccessful())
prog = unittest.main(exit=False, argv=["prog", "-q"], defaultTest="A.test_x")
print(prog.result.testsRun, len(prog.result.failures))
`},
	{Name: "main_default_test", Main: `import unittest
class A(unittest.TestCase):
    def test_x(self): pass
    def test_y(self): self.fail("y")
class B(unittest.TestCase):
    def test_z(self): pass
def suite():
    return unittest.TestSuite([B("test_z")])
try:
    unittest.main(defaultTest="A.test_x", argv=["p", "-v"])
except SystemExit as e:
    print("first exit", e.code)
try:
    unittest.main(defaultTest=["B", "A.test_y"], argv=["p", "-v"])
except SystemExit as e:
    print("second exit", e.code)
unittest.main(defaultTest="suite", argv=["p", "-v"])
`},
	{Name: "main_help", Argv: []string{"-h"}, Main: `import unittest
class A(unittest.TestCase):
    def test_x(self): pass
unittest.main()
`},
	{Name: "main_bad_option", Argv: []string{"--bogus"}, Main: `import unittest
class A(unittest.TestCase):
    def test_x(self): pass
unittest.main()
`},
	{Name: "main_module_argument", Files: map[string]string{"mytests.py": `import unittest
class M(unittest.TestCase):
    def test_m(self): print("in mytests")
    def test_n(self): self.assertGreater(1, 2)
`}, Main: `import unittest
import mytests
unittest.main(module=mytests, argv=["p", "-v"], exit=False)
unittest.main(module="mytests", argv=["p", "M.test_m"], exit=False)
`},
	{Name: "skips", Argv: []string{"-v"}, Main: `import unittest, sys
class A(unittest.TestCase):
    @unittest.skip("always")
    def test_skip(self): pass
    @unittest.skipIf(True, "if true")
    def test_skipif(self): pass
    @unittest.skipIf(False, "if false")
    def test_skipif_runs(self): pass
    @unittest.skipUnless(sys.version_info[0] == 2, "needs py2")
    def test_skipunless(self): pass
    def test_skiptest(self): self.skipTest("from the body")
@unittest.skip("whole class")
class B(unittest.TestCase):
    def test_1(self): pass
    def test_2(self): pass
class C(unittest.TestCase):
    def setUp(self):
        raise unittest.SkipTest("setUp skip")
    def test_c(self): pass
    def runTest(self): pass
print(A.test_skip.__unittest_skip__, A.test_skip.__unittest_skip_why__, A.test_skip.__name__)
unittest.main()
`},
	{Name: "expected_failures", Main: `import unittest
class A(unittest.TestCase):
    @unittest.expectedFailure
    def test_xfail(self): self.assertEqual(1, 0)
    @unittest.expectedFailure
    def test_xerror(self): raise ValueError
    @unittest.expectedFailure
    def test_xpass(self): pass
@unittest.expectedFailure
class B(unittest.TestCase):
    def test_b(self): pass
runner = unittest.TextTestRunner(verbosity=2)
res = runner.run(unittest.defaultTestLoader.loadTestsFromModule(__import__("__main__")))
print(len(res.expectedFailures), res.unexpectedSuccesses, res.wasSuccessful())
print(res.expectedFailures[0][0], res.expectedFailures[0][1].splitlines()[-1])
`},
	{Name: "asserts_equality", Main: utAsserts + `long1 = "x" * 100 + "a" + "y" * 30
long2 = "x" * 100 + "b" + "y" * 30
show("eq", t.assertEqual, 1, 2)
show("eq msg", t.assertEqual, 1, 2, "boom")
show("eq msg kw", t.assertEqual, 1, 2, msg="kw")
show("eq long", t.assertEqual, 10**100, 10**100 + 1)
show("eq str long", t.assertEqual, long1, long2)
show("eq str multi", t.assertEqual, "a\nb\nc\n", "a\nB\nc\nd\n")
show("eq str one", t.assertEqual, "hello world", "hello wrld")
show("eq str tab", t.assertEqual, "\tabc\n\tdef\n", "\tabd\n\tdef\n")
show("eq str lines", t.assertEqual, "line one\nline two\nline three\n", "line one\nline 2\nline three\nline four\n")
show("eq mixed", t.assertEqual, [1], (1,))
show("eq none", t.assertEqual, None, 0)
show("ne", t.assertNotEqual, 1, 1)
show("ne msg", t.assertNotEqual, "a", "a", "same")
show("true", t.assertTrue, 0)
show("false", t.assertFalse, [1])
show("true msg", t.assertTrue, "", "empty")
class Bad:
    def __repr__(self): raise ValueError
show("bad repr", t.assertEqual, Bad(), 1)
`},
	{Name: "asserts_containers", Main: utAsserts + `show("list", t.assertEqual, [1, 2, 3], [1, 2, 4])
show("list longer", t.assertEqual, [1, 2, 3, 4], [1, 2])
show("list shorter", t.assertEqual, [1], [1, 2, 3])
show("tuple", t.assertEqual, (1, "a"), (1, "b"))
show("dict", t.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
show("set", t.assertEqual, {1, 2}, {2, 3})
show("frozenset", t.assertEqual, frozenset([1]), frozenset())
show("big list", t.assertEqual, list(range(100)), list(range(1, 101)))
show("big dict", t.assertEqual, {i: str(i) for i in range(30)}, {i: str(i + 1) for i in range(30)})
show("seq str", t.assertSequenceEqual, "abc", "abd")
show("seq nested", t.assertSequenceEqual, [1, [1, 2]], [1, [1, 3]])
show("seq types", t.assertSequenceEqual, [1, 2], (1, 2))
show("seq nolen", t.assertSequenceEqual, 1, [1])
show("seq nolen2", t.assertSequenceEqual, [1], 1)
show("list type", t.assertListEqual, (1,), [1])
show("list type2", t.assertListEqual, [1], (1,))
show("tuple type", t.assertTupleEqual, (1,), [1])
show("set bad", t.assertSetEqual, 1, {1})
show("set bad2", t.assertSetEqual, {1}, 1)
show("set unhashable", t.assertSetEqual, {1}, [[1]])
show("dict bad", t.assertDictEqual, [], {})
show("dict bad2", t.assertDictEqual, {}, [])
show("mle bad", t.assertMultiLineEqual, 1, "a")
show("mle bad2", t.assertMultiLineEqual, "a", 1)
show("in", t.assertIn, 1, [2, 3])
show("in str", t.assertIn, "z", "abc", "msg")
show("notin", t.assertNotIn, 2, [2, 3])
show("count", t.assertCountEqual, [1, 2, 2, 3], [1, 2, 3, 3, 4])
show("count unhashable", t.assertCountEqual, [[1], [2], [2]], [[1], [2], {3}])
show("count ok", t.assertCountEqual, "abc", "cba")
show("dcs", lambda: t.assertDictContainsSubset({"a": 1, "z": 2}, {"a": 2}))
`},
	{Name: "asserts_identity_numbers", Main: utAsserts + `show("is", t.assertIs, 1, None)
show("isnot", t.assertIsNot, None, None)
show("isnone", t.assertIsNone, 5)
show("isnotnone", t.assertIsNotNone, None)
show("isinst", t.assertIsInstance, 1, str)
show("isinst tuple", t.assertIsInstance, 1, (str, bytes))
show("notisinst", t.assertNotIsInstance, 1, int)
show("less", t.assertLess, 2, 1)
show("lesseq", t.assertLessEqual, 2, 1)
show("gt", t.assertGreater, 1, 2)
show("ge", t.assertGreaterEqual, 1, 2)
show("gt msg", t.assertGreater, 1, 2, "m")
show("almost", t.assertAlmostEqual, 1.0, 1.1)
show("almost places", t.assertAlmostEqual, 1.0, 1.01, places=3)
show("almost places0", t.assertAlmostEqual, 1.0, 1.6, 0)
show("almost delta", t.assertAlmostEqual, 1.0, 1.5, delta=0.1)
show("almost ok", t.assertAlmostEqual, 1.0, 1.00000001)
show("almost equal", t.assertAlmostEqual, "a", "a")
show("almost both", t.assertAlmostEqual, 1.0, 2.0, places=1, delta=1)
show("almost types", t.assertAlmostEqual, "a", "b")
show("notalmost", t.assertNotAlmostEqual, 1.0, 1.00000001)
show("notalmost equal", t.assertNotAlmostEqual, 2, 2)
show("notalmost delta", t.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
show("notalmost ok", t.assertNotAlmostEqual, 1.0, 1.1)
show("regex", t.assertRegex, "hello", "^w")
show("regex compiled", t.assertRegex, "hello", re.compile("z+"), "m")
show("regex empty", t.assertRegex, "a", "")
show("notregex", t.assertNotRegex, "hello", "l+")
show("fail", t.fail)
show("fail msg", t.fail, "m")
`},
	{Name: "asserts_raises_warns_logs", Main: utAsserts + `import warnings, logging
def fn(): pass
show("raises none", t.assertRaises, ValueError, lambda: None)
show("raises named", t.assertRaises, ValueError, fn)
show("raises tuple", t.assertRaises, (ValueError, TypeError), fn)
show("raises ok", lambda: t.assertRaises(ValueError, int, "x"))
show("raises badarg", t.assertRaises, 1, fn)
show("raises badarg2", t.assertRaises, (ValueError, 1), fn)
show("raises regex", t.assertRaisesRegex, ValueError, "zzz", int, "x")
show("raises regex ok", t.assertRaisesRegex, ValueError, "invalid", int, "x")
show("raises regex kw", t.assertRaisesRegex, ValueError, "^invalid literal", int, "x", base=10)
def cm():
    with t.assertRaises(KeyError) as c:
        {}[1]
    return (type(c.exception).__name__, c.exception.args, c.exception.__traceback__)
show("raises cm", cm)
def cm2():
    with t.assertRaises(KeyError, msg="mm"):
        pass
show("raises cm msg", cm2)
def cm3():
    with t.assertRaises(KeyError):
        raise ValueError("other")
show("raises other", cm3)
def cm4():
    with t.assertRaisesRegex(ValueError, "a+b") as c:
        raise ValueError("xaab")
    return c.expected_regex.pattern, str(c.exception)
show("raises regex cm", cm4)
def w1():
    with t.assertWarns(UserWarning) as c:
        warnings.warn("careful", UserWarning)
    return (str(c.warning), c.lineno > 0, type(c.warning).__name__)
show("warns", w1)
def w2():
    with t.assertWarns(UserWarning):
        pass
show("warns none", w2)
def w3():
    with t.assertWarnsRegex(UserWarning, "xyz"):
        warnings.warn("careful", UserWarning)
show("warns regex", w3)
def w4():
    with t.assertWarns(UserWarning):
        warnings.warn("dep", DeprecationWarning)
show("warns other", w4)
show("warns callable", t.assertWarns, DeprecationWarning, fn)
show("warns callable ok", t.assertWarns, UserWarning, warnings.warn, "w")
show("warns badarg", t.assertWarns, ValueError, fn)
def l1():
    with t.assertLogs("foo", level="INFO") as cm:
        logging.getLogger("foo").info("first %d", 1)
        logging.getLogger("foo.bar").error("second")
    return cm.output, [r.levelname for r in cm.records]
show("logs", l1)
def l2():
    with t.assertLogs("foo", level="WARNING"):
        logging.getLogger("foo").info("quiet")
show("logs none", l2)
def l3():
    with t.assertLogs():
        logging.getLogger().warning("root")
show("logs root", l3)
def l4():
    with t.assertLogs(level=logging.DEBUG) as cm:
        logging.getLogger("x").debug("dbg")
    return cm.records[0].getMessage(), cm.output
show("logs debug", l4)
def l5():
    lg = logging.getLogger("obj")
    with t.assertLogs(lg, "ERROR") as cm:
        lg.critical("crit")
    return cm.output, lg.handlers, lg.propagate
show("logs logger object", l5)
`},
	{Name: "asserts_options", Main: utAsserts + `t.longMessage = False
show("nolong msg", t.assertEqual, 1, 2, "only this")
show("nolong", t.assertEqual, 1, 2)
show("nolong in", t.assertIn, 1, [], "only")
t.longMessage = True
t.maxDiff = None
show("maxdiff none", t.assertEqual, list(range(30)), list(range(1, 31)))
t.maxDiff = 10
show("maxdiff 10", t.assertEqual, "a\nb\n", "a\nc\n")
show("maxdiff count", t.assertCountEqual, [1, 2, 3], [4, 5, 6])
t.maxDiff = 640
def custom(a, b, msg=None):
    print("custom check", a, b, msg)
t.addTypeEqualityFunc(int, custom)
show("custom eq", t.assertEqual, 3, 4)
show("custom eq other type", t.assertEqual, 3.0, 4.0)
class Err(Exception): pass
class U(unittest.TestCase):
    failureException = Err
    def runTest(self): pass
show("failureException", U().assertTrue, False)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t.assertEquals(1, 1)
    t.failUnless(True)
    t.assertRaisesRegexp(ValueError, "x", int, "x")
print([str(x.message) for x in w], [x.category.__name__ for x in w])
`},
	{Name: "failure_reports", Argv: []string{"-v"}, Main: `import unittest
class A(unittest.TestCase):
    maxDiff = None
    def test_multiline(self):
        self.assertEqual("first\nsecond\nthird\n", "first\nsecnd\nthird\nfourth\n")
    def test_dict(self):
        self.assertDictEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": 0})
    def test_list_msg(self):
        self.assertListEqual([1, 2], [1, 2, 3], "lists")
    def test_set(self):
        self.assertSetEqual({1, 2}, {2, 3})
    def test_count(self):
        self.assertCountEqual("aab", "abb")
    def test_custom_msg_nolong(self):
        self.longMessage = False
        self.assertIsNone(1, "replaced message")
unittest.main()
`},
	{Name: "custom_failure_exception", Main: `import unittest
class MyFail(Exception):
    pass
class A(unittest.TestCase):
    failureException = MyFail
    def test_fail(self):
        self.assertEqual(1, 2)
    def test_assert_error(self):
        assert False, "now an error"
unittest.main()
`},
	{Name: "long_message_false", Main: `import unittest
class A(unittest.TestCase):
    longMessage = False
    def test_a(self):
        self.assertEqual([1], [2], "short")
unittest.main()
`},
	{Name: "result_api", Main: `import unittest, sys
class A(unittest.TestCase):
    def test_ok(self): pass
    def test_fail(self): self.fail("f")
    def test_err(self): raise KeyError("k")
    @unittest.skip("s")
    def test_skip(self): pass
suite = unittest.defaultTestLoader.loadTestsFromTestCase(A)
res = unittest.TestResult()
print(res, res.wasSuccessful(), res.shouldStop)
suite.run(res)
print(res, res.wasSuccessful(), res.testsRun)
print([str(t) for t, _ in res.failures], [str(t) for t, _ in res.errors], res.skipped)
print(res.errors[0][1])
print(res.failures[0][1])
res2 = unittest.TestResult()
res2.stop()
unittest.defaultTestLoader.loadTestsFromTestCase(A).run(res2)
print(res2.testsRun, res2.shouldStop)
class Recording(unittest.TestResult):
    def startTest(self, test):
        print("start", test.id())
        super().startTest(test)
    def stopTest(self, test):
        print("stop", test.id())
        super().stopTest(test)
    def addSuccess(self, test):
        print("success", test)
    def addSkip(self, test, reason):
        print("skip", test, reason)
    def startTestRun(self):
        print("startTestRun")
    def stopTestRun(self):
        print("stopTestRun")
r = A("test_ok").run(Recording())
print(type(r).__name__)
A("test_skip").run(Recording())
print(A("test_ok").run())
print(A("test_fail").run().failures[0][0])
`},
	{Name: "runner_options", Main: `import unittest, io, sys
class A(unittest.TestCase):
    def test_doc(self):
        "The docstring line."
        self.fail("x")
    def test_nodoc(self): pass
def run(**kw):
    stream = io.StringIO()
    r = unittest.TextTestRunner(stream=stream, **kw).run(unittest.defaultTestLoader.loadTestsFromTestCase(A))
    print(stream.getvalue().replace(stream.getvalue().split("Ran 2 tests in ")[1].split("s")[0], "X"))
    print(type(r).__name__, r.testsRun)
run(verbosity=2)
run(verbosity=2, descriptions=False)
run(verbosity=0)
run(verbosity=3)
class Mine(unittest.TextTestResult):
    def addSuccess(self, test):
        self.stream.write("[mine]")
run(resultclass=Mine)
r = unittest.TextTestRunner()
print(r.verbosity, r.descriptions, r.failfast, r.buffer, r.warnings, r.resultclass.__name__)
print(unittest.TextTestResult.separator1 == "=" * 70, unittest.TextTestResult.separator2 == "-" * 70)
`},
	{Name: "suite_api", Main: `import unittest
class A(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): pass
s = unittest.TestSuite()
print(repr(s), s.countTestCases(), list(s))
s.addTest(A("test_a"))
s.addTests([A("test_b"), unittest.TestSuite([A("test_a")])])
print(s.countTestCases(), repr(s))
for bad in (A, unittest.TestSuite, 5):
    try:
        s.addTest(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    s.addTests("abc")
except TypeError as e:
    print("TypeError:", e)
print(unittest.TestSuite([A("test_a")]) == unittest.TestSuite([A("test_a")]), s == s, s != unittest.TestSuite())
r = unittest.TestResult()
s(r)
print(r.testsRun, s.countTestCases(), list(s))
print(unittest.BaseTestSuite([A("test_a")]).countTestCases())
print(unittest.TestSuite([A("test_a")]).debug())
`},
	{Name: "loader_basics", Main: `import unittest, functools
class A(unittest.TestCase):
    def test_b(self): pass
    def test_a(self): pass
    def check_c(self): pass
    test_attr = 5
    def helper(self): pass
class R(unittest.TestCase):
    def runTest(self): pass
class Empty(unittest.TestCase):
    pass
L = unittest.TestLoader()
print(L.getTestCaseNames(A), L.testMethodPrefix, L.errors)
L.testMethodPrefix = "check"
print(L.getTestCaseNames(A), list(L.loadTestsFromTestCase(A)))
L = unittest.TestLoader()
L.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
print(L.getTestCaseNames(A))
L.sortTestMethodsUsing = None
print(sorted(L.getTestCaseNames(A)))
L = unittest.TestLoader()
print(L.loadTestsFromTestCase(R), L.loadTestsFromTestCase(Empty))
try:
    L.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)
print(unittest.getTestCaseNames(A, "test"), unittest.makeSuite(A).countTestCases())
print(unittest.findTestCases(__import__("__main__")).countTestCases())
print(unittest.defaultTestLoader.suiteClass.__name__, unittest.defaultTestLoader.sortTestMethodsUsing(1, 2))
`},
	{Name: "loader_names", Files: map[string]string{"other.py": `import unittest
class O(unittest.TestCase):
    def test_o(self): pass
    def test_p(self): pass
def make_suite():
    return unittest.TestSuite([O("test_p")])
def make_case():
    return O("test_o")
def make_nothing():
    return 42
not_callable = 7
suite_obj = unittest.TestSuite([O("test_o")])
`}, Main: `import unittest, sys
L = unittest.TestLoader()
print(L.loadTestsFromName("other").countTestCases())
print(L.loadTestsFromName("other.O"))
print(L.loadTestsFromName("other.O.test_p"))
print(L.loadTestsFromName("other.make_suite"))
print(L.loadTestsFromName("other.make_case"))
print(L.loadTestsFromName("other.suite_obj"))
import other
print(L.loadTestsFromName("O.test_o", other))
print(L.loadTestsFromNames(["O.test_o", "make_case"], other).countTestCases())
for name in ("other.make_nothing", "other.not_callable"):
    try:
        L.loadTestsFromName(name)
    except TypeError as e:
        print("TypeError:", str(e).split(" at 0x")[0])
print(L.errors)
s = L.loadTestsFromName("other.nothing_here")
print(s, len(L.errors), L.errors[-1].splitlines()[0])
t = list(s)[0]
r = unittest.TestResult()
t.run(r)
print(r.errors[0][1])
s = L.loadTestsFromName("no_such_module_x")
print(s, L.errors[-1].splitlines()[0], L.errors[-1].splitlines()[-1])
r = unittest.TestResult()
s.run(r)
print(r.errors[0][0], r.errors[0][1].splitlines()[0], r.errors[0][1].splitlines()[-1])
`},
	{Name: "loader_module_load_tests", Files: map[string]string{"withhook.py": `import unittest
class H(unittest.TestCase):
    def test_h(self): pass
    def test_i(self): pass
def load_tests(loader, tests, pattern):
    print("load_tests called", tests.countTestCases(), pattern)
    suite = unittest.TestSuite()
    suite.addTest(H("test_i"))
    return suite
`, "brokenhook.py": `import unittest
class K(unittest.TestCase):
    def test_k(self): pass
def load_tests(loader, tests, pattern):
    raise RuntimeError("hook broke")
`}, Main: `import unittest
import withhook, brokenhook
L = unittest.TestLoader()
print(L.loadTestsFromModule(withhook))
print(L.loadTestsFromModule(withhook, pattern="p*"))
s = L.loadTestsFromModule(brokenhook)
print(s, L.errors[0].splitlines()[0], L.errors[0].splitlines()[-1])
unittest.TextTestRunner(verbosity=2).run(s)
try:
    L.loadTestsFromModule(withhook, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    L.loadTestsFromModule(withhook, bad=1)
except TypeError as e:
    print("TypeError:", e)
`},
	{Name: "discover", Files: map[string]string{
		"tests/test_alpha.py": `import unittest
class Alpha(unittest.TestCase):
    def test_one(self): pass
    def test_two(self): self.assertEqual("x", "y")
`,
		"tests/test_beta.py": `import unittest
class Beta(unittest.TestCase):
    def test_b(self): pass
`,
		"tests/helper.py": `raise RuntimeError("not a test module, never imported")
`,
		"tests/test_broken.py": `import unittest
import no_such_dependency_zz
`,
		"tests/test_skipmod.py": `import unittest
raise unittest.SkipTest("module says skip")
`,
		"tests/pkg/__init__.py":  ``,
		"tests/pkg/test_deep.py": "import unittest\nclass Deep(unittest.TestCase):\n    def test_deep(self): pass\n",
		"tests/notpkg/test_x.py": "import unittest\nclass X(unittest.TestCase):\n    def test_x(self): pass\n",
		"tests/Test-bad.py":      "raise RuntimeError\n",
	}, Main: `import unittest, sys, io, os
L = unittest.TestLoader()
suite = L.discover(os.path.join(HERE, "tests"))
def names(s):
    out = []
    for t in s:
        if isinstance(t, unittest.TestSuite):
            out.extend(names(t))
        else:
            out.append(t.id())
    return out
print(names(suite))
print(len(L.errors), [e.splitlines()[0] for e in L.errors])
out = io.StringIO()
res = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
skip = False
for line in out.getvalue().replace(HERE + os.sep, "").splitlines():
    # the import machinery's frames are the interpreter's own
    if skip:
        skip = False
    elif "unittest" in line and "loader" in line and "File" in line:
        skip = True
    else:
        print(line)
L2 = unittest.TestLoader()
print(names(L2.discover(os.path.join(HERE, "tests"), pattern="*_beta.py")))
try:
    unittest.TestLoader().discover(os.path.join(HERE, "tests", "notpkg"), top_level_dir=HERE)
except ImportError as e:
    print("ImportError:", str(e).split(": ")[0])
`},
	{Name: "function_test_case", Argv: []string{"-v"}, Main: `import unittest
def setup(): print("ftc setup")
def teardown(): print("ftc teardown")
def passing():
    "Function docstring."
def failing():
    assert 1 > 2, "nope"
def load_tests(loader, tests, pattern):
    return unittest.TestSuite([
        unittest.FunctionTestCase(passing, setUp=setup, tearDown=teardown),
        unittest.FunctionTestCase(failing, description="described"),
    ])
f = unittest.FunctionTestCase(passing)
print(str(f), f.id(), f.shortDescription(), repr(f).split(" at ")[0], f == unittest.FunctionTestCase(passing), f.countTestCases())
unittest.main()
`},
	{Name: "testcase_api", Main: `import unittest
class A(unittest.TestCase):
    def test_doc(self):
        """  First line.

        More."""
    def test_plain(self): pass
a = A("test_doc")
print(a.id(), str(a), repr(a), a.shortDescription(), a.countTestCases())
print(A("test_plain").shortDescription(), a == A("test_doc"), a == A("test_plain"), hash(a) == hash(A("test_doc")))
print(type(a.defaultTestResult()).__name__, a.failureException.__name__, a.longMessage, a.maxDiff)
try:
    A("test_missing")
except ValueError as e:
    print("ValueError:", e)
print(unittest.TestCase().id(), str(unittest.TestCase()))
class D(unittest.TestCase):
    def setUp(self): print("setUp")
    def tearDown(self): print("tearDown")
    def test_x(self):
        self.addCleanup(print, "cleanup")
        print("body")
    def test_y(self): raise ValueError("debug lets it through")
D("test_x").debug()
try:
    D("test_y").debug()
except ValueError as e:
    print("ValueError:", e)
print(unittest.SkipTest.__mro__[1].__name__, unittest.TestCase.__module__, unittest.TestSuite.__module__, unittest.TextTestRunner.__module__)
print(sorted(unittest.__all__))
`},
	{Name: "assert_in_tests", Argv: []string{"-v"}, Main: `import unittest, warnings, logging
class A(unittest.TestCase):
    def test_warns(self):
        with self.assertWarns(RuntimeWarning):
            warnings.warn("rw", RuntimeWarning)
    def test_warns_missing(self):
        with self.assertWarns(RuntimeWarning):
            pass
    def test_logs(self):
        with self.assertLogs("app", "DEBUG") as cm:
            logging.getLogger("app.sub").debug("hi %s", "there")
        self.assertEqual(cm.output, ["DEBUG:app.sub:hi there"])
    def test_logs_missing(self):
        with self.assertLogs("app"):
            logging.getLogger("app").debug("below INFO")
    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "^abc$"):
            raise ValueError("abd")
unittest.main()
`},
	{Name: "unexpected_success_only", Main: `import unittest
class A(unittest.TestCase):
    @unittest.expectedFailure
    def test_u(self): pass
    def test_ok(self): pass
unittest.main()
`},
	{Name: "locals_option", Argv: []string{"--locals", "-v"}, Main: `import unittest
class A(unittest.TestCase):
    def test_locals(self):
        count = 3
        self.assertEqual(count, 3)
unittest.main()
`},
	{Name: "deprecated_alias_warning", Main: `import unittest
class A(unittest.TestCase):
    def test_old(self):
        self.assertEquals(1, 1)
        self.assertEquals(2, 2)
        self.failUnless(True)
unittest.main()
`},
	{Name: "subtest_ids", Main: `import unittest
class A(unittest.TestCase):
    def test_ids(self):
        with self.subTest("m", x=1, a="b"):
            print(self._subtest.id())
            print(str(self._subtest))
            print(self._subtest.shortDescription())
            with self.subTest(y=[1]):
                print(self._subtest.id())
        with self.subTest():
            print(self._subtest.id())
    def test_no_result_support(self):
        "Doc of no_result."
        with self.subTest(i=1):
            print("plain with-block")
class Old(unittest.TestResult):
    addSubTest = None
r = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(A).run(r)
print(r.testsRun, r.failures, r.errors)
A("test_no_result_support").run(unittest.TestResult())
`},
	{Name: "errors_ordering_counts", Main: `import unittest
class Z(unittest.TestCase):
    def test_e1(self): raise IOError("e1")
    def test_f1(self): self.assertNotEqual(1, 1)
    def test_e2(self): raise NotImplementedError
    def test_f2(self): self.assertIsNot(None, None, "second")
    @unittest.skip("s1")
    def test_s1(self): pass
    def test_s2(self): self.skipTest("s2")
    def test_s3(self): raise unittest.SkipTest("s3")
unittest.main()
`},
	{Name: "main_no_tests", Main: `import unittest
unittest.main(argv=["x"], exit=False)
unittest.main(argv=["x", "-v"])
`},
	{Name: "line_diff", Main: `try:
    from difflib import ndiff
except ImportError:
    from unittest._differ import ndiff
state = [12345]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n
words = ["alpha", "beta", "gamma", "delta", "alpha beta", "\tindented", "x", "", "alphabet", "gamma ray"]
def text():
    return [words[rand(len(words))] + ("" if rand(3) else str(rand(4))) + "\n" for _ in range(rand(8) + 1)]
for case in range(30):
    a, b = text(), text()
    if rand(2):
        b = a[:rand(len(a) + 1)] + b[:2] + a[rand(len(a) + 1):]
    print("case", case)
    print("".join(ndiff(a, b)), end="")
big1 = ["line %d\n" % i for i in range(210)] + ["same\n"] * 5
big2 = list(big1)
big2[100] = "changed\n"
big2.insert(30, "line 3 extra\n")
print("".join(ndiff(big1, big2)), end="")
print("".join(ndiff(["abcdefghij\n", "same\n"], ["abcXefghij\n", "same\n", "new\n"])), end="")
print("".join(ndiff(["\t\tone two\n"], ["\t\tone tw0\n"])), end="")
print(list(ndiff([], ["a"])), list(ndiff(["a"], [])), list(ndiff([], [])))
`},
	{Name: "signals_api", Main: `import unittest, signal
before = signal.getsignal(signal.SIGINT)
r = unittest.TestResult()
unittest.registerResult(r)
unittest.installHandler()
h = signal.getsignal(signal.SIGINT)
print(h is before, callable(h))
h(signal.SIGINT, None)
print(r.shouldStop)
try:
    h(signal.SIGINT, None)
except KeyboardInterrupt:
    print("second interrupt raises KeyboardInterrupt")
print(unittest.removeResult(r), unittest.removeResult(r))
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is before)
@unittest.removeHandler
def inner():
    return signal.getsignal(signal.SIGINT) is before
unittest.installHandler()
print(inner(), signal.getsignal(signal.SIGINT) is before)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is before)
`},
	{Name: "mock_basics", Main: `from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, patch, DEFAULT
import os
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
m = Mock()
m(1, 2, a=3)
m.foo.bar(4)
m.foo("x")
show("called", lambda: (m.called, m.call_count, m.call_args, m.call_args_list))
show("call eq", lambda: (m.call_args == call(1, 2, a=3), m.call_args == call(1), call(1, b=2) == call(1, b=ANY)))
show("method_calls", lambda: m.method_calls)
show("mock_calls", lambda: m.mock_calls)

show("acw ok", lambda: m.assert_called_with(1, 2, a=3))
show("acw bad", lambda: m.assert_called_with(1, 2))
show("acw notcalled", lambda: Mock().assert_called_with(5))
show("acow", lambda: m.assert_called_once_with(1, 2, a=3))
m(9)
show("acow twice", lambda: m.assert_called_once_with(9))
show("any call", lambda: m.assert_any_call(1, 2, a=3))
show("any call bad", lambda: m.assert_any_call(7))
show("not called", lambda: m.assert_not_called())
show("not called ok", lambda: Mock().assert_not_called())
show("named", lambda: Mock(name="thing").assert_not_called())
n = Mock(name="thing"); n()
show("named2", lambda: n.assert_not_called())
show("named acw", lambda: n.assert_called_with(3))
show("child acw", lambda: m.foo.bar.assert_called_with(5))
show("rv", lambda: Mock(return_value=3)())
r = Mock(); r.return_value = "x"
show("rv set", lambda: r())
show("rv default", lambda: (Mock()() is Mock().return_value, type(Mock()()).__name__))
show("se exc", lambda: Mock(side_effect=KeyError("k"))())
show("se exc class", lambda: Mock(side_effect=ValueError)())
it = Mock(side_effect=[1, 2, ValueError("third")])
show("se iter", lambda: (it(), it()))
show("se iter exc", lambda: it())
show("se iter end", lambda: it())
show("se func", lambda: Mock(side_effect=lambda x: x * 2)(21))
show("se func default", lambda: Mock(side_effect=lambda: DEFAULT, return_value=5)())
show("sentinel", lambda: (sentinel.foo, sentinel.foo is sentinel.foo, sentinel.foo is sentinel.bar))
show("any", lambda: (ANY == 1, ANY != 1, [1, ANY] == [1, 2], repr(ANY)))
show("call repr", lambda: (call(1, b=2, a=3), call.foo(1), call.foo.bar(), call))
s = Mock(spec=["alpha", "beta"])
show("spec ok", lambda: type(s.alpha).__name__)
show("spec bad", lambda: s.gamma)
class Thing:
    def method(self): pass
st = Mock(spec=Thing)
show("spec class", lambda: type(st.method).__name__)
show("spec class bad", lambda: st.nope)
mm = MagicMock()
show("magic defaults", lambda: (len(mm), list(mm), 3 in mm, bool(mm), int(mm)))
mm.__len__.return_value = 7
mm.__getitem__.return_value = "item"
mm.__iter__.return_value = iter([1, 2])
show("magic set", lambda: (len(mm), mm[0], list(mm)))
show("magic calls", lambda: mm.__getitem__.call_args)
with MagicMock() as cm:
    pass
show("ctx", lambda: type(cm).__name__)
def target():
    return os.getcwd()
with patch("os.getcwd") as fake:
    fake.return_value = "/fake"
    show("patch ctx", lambda: (target(), fake.called))
show("patch restored", lambda: os.getcwd() == target())
@patch("os.getcwd")
def deco(fake):
    fake.return_value = "/deco"
    return target(), fake.call_count
show("patch deco", deco)
@patch("os.getcwd", lambda: "/new")
def deco2():
    return target()
show("patch new", deco2)
class Obj:
    attr = 1
with patch.object(Obj, "attr", 5):
    show("patch.object", lambda: Obj.attr)
show("patch.object restored", lambda: Obj.attr)
@patch.object(Obj, "attr")
def deco3(fake):
    return type(fake).__name__
show("patch.object deco", deco3)
show("patch missing", lambda: patch.object(Obj, "missing", 1).__enter__())
d = {"a": 1}
with patch.dict(d, {"b": 2}):
    show("patch.dict", lambda: sorted(d.items()))
show("patch.dict restored", lambda: d)
with patch.dict(d, {"z": 0}, clear=True):
    show("patch.dict clear", lambda: d)
show("patch.dict restored2", lambda: d)
show("patch bad target", lambda: patch("nodots"))
mr = Mock()
mr(1); mr.x(2)
mr.reset_mock()
show("reset", lambda: (mr.called, mr.call_count, mr.call_args, mr.mock_calls, mr.x.called))
cfg = Mock(**{"a.b.return_value": 3, "c": 4})
show("configure", lambda: (cfg.a.b(), cfg.c))
show("called asserts", lambda: Mock().assert_called())
om = Mock(); om(); om()
show("called once", lambda: om.assert_called_once())
hm = Mock()
hm(1); hm(2); hm(3)
show("has calls", lambda: hm.assert_has_calls([call(2), call(3)]))
show("has calls any", lambda: hm.assert_has_calls([call(3), call(1)], any_order=True))
show("has calls bad", lambda: hm.assert_has_calls([call(3), call(2)]))
parent = Mock()
parent.child.return_value.method(1)
show("deep calls", lambda: parent.mock_calls)
show("attach", lambda: (setattr(parent, "other", Mock()), parent.other(5), parent.mock_calls[-1])[-1])
`},
	{Name: "mock_in_tests", Main: `import unittest, os
from unittest import mock
class A(unittest.TestCase):
    @mock.patch("os.getcwd")
    def test_patched(self, fake):
        fake.return_value = "/x"
        self.assertEqual(os.getcwd(), "/x")
        fake.assert_called_once_with()
    def test_patch_object(self):
        with mock.patch.object(os.path, "exists", return_value=True) as ex:
            self.assertTrue(os.path.exists("/nope"))
        ex.assert_called_once_with("/nope")
    @mock.patch.dict(os.environ, {"UT_MOCK_VAR": "1"})
    def test_patch_dict(self):
        self.assertEqual(os.environ["UT_MOCK_VAR"], "1")
    def test_after(self):
        self.assertNotIn("UT_MOCK_VAR", os.environ)
    def test_call_list(self):
        m = mock.MagicMock()
        m.a(1)
        m.b.c(2, k=3)
        self.assertEqual(m.mock_calls, [mock.call.a(1), mock.call.b.c(2, k=3)])
        self.assertEqual(m.mock_calls, [mock.call.a(1)])
unittest.main(verbosity=2)
`},
	{Name: "keyboard_interrupt_propagates", Main: `import unittest
class A(unittest.TestCase):
    def test_a(self):
        raise KeyboardInterrupt
    def test_b(self):
        print("not reached")
try:
    unittest.TextTestRunner(verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(A))
except KeyboardInterrupt:
    print("KeyboardInterrupt escaped the run")
`},
}
