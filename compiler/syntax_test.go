package compiler_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/compiler"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// synCase is a source whose compilation CPython 3.6 and gpython with the
// front-end must report alike, in one of three ways (kind):
//
//   - "" (compile): compile(src, "<case>", mode) as a string; the outcome is
//     the exception's class, msg, lineno, offset, text and args;
//   - "script": src is the file case.py run as the main program (file
//     input); the outcome is what is printed on stderr;
//   - "run": src is a program run as in the f-string tests (it catches
//     the SyntaxError of compile(), exec(), eval() or an import itself and
//     prints its attributes); the outcome is its output.
//
// gap, when set, says why gpython differs today: the test then pins
// gpython's outcome to want instead.
type synCase struct {
	name string
	kind string
	mode string // compile: exec (default), eval or single
	src  string
	gap  string
	want string
}

// noGpythonSupport is the gap of the cases that are valid Python 3.6
// which gpython's compiler does not compile.
const noGpythonSupport = "valid Python 3.6 that gpython's compiler does not support"

var synCases = []synCase{
	// Tokenizer errors.
	{name: "eol string", src: "x = 1\ns = 'abc\n"},
	{name: "eol string non-ascii", src: "s = 'é"},
	{name: "eol string continued", src: "x = \"abc\\\ndef"},
	{name: "eof triple quoted", src: "s = '''abc\n\n"},
	{name: "eof triple quoted no newline", src: "'''abc"},
	{name: "eof triple quoted three lines", src: "x = '''a\nb\nc"},
	{name: "dollar", src: "x = 5 $ 3\n"},
	{name: "question mark", src: "a ? b"},
	{name: "lone bang", src: "a ! b"},
	{name: "diamond operator", src: "x = 1 <> 2"},
	{name: "trailing underscore", src: "1_"},
	{name: "double underscore", src: "1__0"},
	{name: "binary digit", src: "0b2"},
	{name: "octal digit", src: "0o8"},
	{name: "old octal", src: "09"},
	{name: "zero underscore seven", src: "0_7"},
	{name: "exponent sign", src: "1e+"},
	{name: "hex without digits", src: "0x"},
	{name: "binary trailing underscore", src: "0b1_"},
	{name: "euro in identifier", src: "x = a€b"},
	{name: "euro alone", src: "x = 5 € 3"},
	{name: "non-ascii then name", src: "é b"},
	{name: "non-ascii offset", src: "x = é b"},
	{name: "continuation then character", src: "x = 1\\ y"},
	{name: "null byte", src: "a\x00b"},

	// Parser errors.
	{name: "double equals", src: "x = = 1\n"},
	{name: "missing colon", src: "if x == 1\n    pass\n"},
	{name: "unclosed bracket later line", src: "x = [1, 2\ny = 3\n"},
	{name: "number then name", src: "1abc"},
	{name: "keyword as name", src: "import if"},
	{name: "bf prefix", src: "x = bf'x'"},
	{name: "star star params then name", src: "def f(**k, a): pass"},
	{name: "annotations of two", src: "x: int, y: int = 1, 2"},
	{name: "print after paren", src: "print(\"x\") ; print \"y\""},
	{name: "await outside async", src: "await x"},
	{name: "await as name in async", src: "async def f():\n  await = 1"},
	{name: "async with outside async", src: "def f():\n  async with x: pass"},
	{name: "continuation then blank line", src: "x = 1 + \\\n\n"},
	{name: "lambda default star", src: "lambda *, : 1"},
	{name: "unexpected indent", src: "x = 1\n    y = 2\n"},
	{name: "unexpected indent tab", src: "\tx = 1"},
	{name: "unexpected indent after blank lines", src: "\n\n  x = 1"},
	{name: "unexpected indent after comment", src: "#c\n  x"},
	{name: "expected indented block", src: "for x in y:\npass"},
	{name: "expected indented block print", src: "if True:\nprint 'x'"},
	{name: "unindent mismatch", src: "def f():\n  return\n pass"},
	{name: "unindent mismatch else", src: "if x:\n    pass\n  else: pass"},
	{name: "unindent before continuation", src: "if 1:\n    x = 1\n  \\\n    y = 2\n"},
	{name: "tab after spaces", src: "if x:\n  a\n\tb"},
	{name: "spaces after tab", src: "if x:\n\ta\n        b"},
	{name: "tab after eight spaces", src: "if x:\n        a\n\tb"},
	{name: "too deep", src: deepIndent(100)},
	{name: "parser stack overflow", src: strings.Repeat("(", 100) + strings.Repeat(")", 100)},
	{name: "parser stack just fits", src: strings.Repeat("(", 93) + strings.Repeat(")", 93)},
	{name: "parser stack overflow at eof", mode: "eval", src: strings.Repeat("-", 1484) + "1"},

	// The end of the input, as a string.
	{name: "eof in parameters", src: "def f(a,\n      b\n"},
	{name: "eof in parens", src: "x = ("},
	{name: "eof in parens newline", src: "x = (\n"},
	{name: "eof in list", src: "x = [1,"},
	{name: "eof in dict", src: "x = {\n"},
	{name: "eof in call", src: "f(\n"},
	{name: "eof in tuple second line", src: "x = (1,\n  2\n"},
	{name: "eof after colon", src: "if x:\n"},
	{name: "eof after colon and blank", src: "if x:\n\n"},
	{name: "eof class", src: "class A:\n"},
	{name: "eof after continuation", src: "x = 1 + \\"},
	{name: "eval empty", mode: "eval", src: ""},
	{name: "eval eof", mode: "eval", src: "1 +"},
	{name: "eval two names", mode: "eval", src: "a b"},
	{name: "eval statement", mode: "eval", src: "x = 1"},
	{name: "single two statements", mode: "single", src: "x\ny"},
	{name: "single two statements blank", mode: "single", src: "x\n\ny\n"},
	{name: "single statement and comment", mode: "single", src: "x\n# c\n"},
	{name: "single compound", mode: "single", src: "if x:\n  pass\n"},
	{name: "single open def", mode: "single", src: "def f():\n"},
	{name: "single open paren", mode: "single", src: "x = (\n"},
	{name: "single operator at end", mode: "single", src: "1 +\n"},

	// Python 2 statements.
	{name: "print string", src: "print \"x\""},
	{name: "print names trailing comma", src: "print x, y,"},
	{name: "print after colon", src: "if 1: print \"x\""},
	{name: "print before semicolon", src: "print x; y"},
	{name: "print indented", src: "  print x"},
	{name: "print assignment", src: "print 1 = 2"},
	{name: "exec statement", src: "exec \"x\""},
	{name: "exec in", src: "exec 'x' in d"},
	{name: "print eol", src: "print 'x"},

	// Errors in building the AST.
	{name: "assign to call", src: "f() = 1"},
	{name: "assign to literal", src: "1 = x"},
	{name: "assign to operator", src: "-1 = 2"},
	{name: "assign to keyword", src: "None = 1"},
	{name: "assign to ellipsis", src: "... = 1"},
	{name: "assign to lambda", src: "lambda: 1 = 1"},
	{name: "assign to comparison", src: "a < b = 1"},
	{name: "assign to conditional", src: "x = 1 if 2 else 3 = 4"},
	{name: "assign to genexp", src: "(a for a in b) = 1"},
	{name: "assign to listcomp", src: "[a for a in b] = 1"},
	{name: "assign to setcomp", src: "{a for a in b} = 1"},
	{name: "assign to dictcomp", src: "{a: 1 for a in b} = 1"},
	{name: "assign to dict", src: "{1: 2} = x"},
	{name: "assign to set", src: "{1} = x"},
	{name: "assign to fstring", src: "f'{x}' = 1"},
	{name: "assign to bytes", src: "b'x' = 1"},
	{name: "assign to yield", src: "(yield) = 1"},
	{name: "assign yield target", src: "x = yield = 1"},
	{name: "assign to multi-line string", src: "'''a\nb''' = 1"},
	{name: "assign literal in list", src: "[a, 1] = x"},
	{name: "assign literal in nested tuple", src: "((a, 1)) = x"},
	{name: "assign starred literal", src: "a, *1 = x"},
	{name: "assign empty tuple", src: "() = 1"},
	{name: "assign to debug", src: "__debug__ = 1"},
	{name: "assign to debug attribute", src: "x.__debug__ = 1"},
	{name: "augassign call", src: "f() += 1"},
	{name: "augassign tuple", src: "(a, b) += 1"},
	{name: "augassign literal", src: "1 += 1"},
	{name: "augassign operator", src: "x + 1 += 1"},
	{name: "delete literal", src: "del 1"},
	{name: "delete call", src: "del f()"},
	{name: "delete in tuple", src: "del (a, 1)"},
	{name: "delete operator", src: "del x + 1"},
	{name: "delete yield", src: "del (yield)"},
	{name: "for target literal", src: "for 1 in x: pass"},
	{name: "with target literal", src: "with a as 1: pass"},
	{name: "comprehension target literal", src: "[x for 1 in y]"},
	{name: "annotate tuple", src: "a, b: int"},
	{name: "annotate list", src: "[a]: int"},
	{name: "annotate call", src: "f(): int"},
	{name: "positional after keyword", src: "f(a=1, 2)"},
	{name: "positional after keyword unpacking", src: "f(**a, b)"},
	{name: "iterable after keyword unpacking", src: "f(**a, *b)"},
	{name: "keyword expression", src: "f(a.b=1)"},
	{name: "keyword lambda", src: "f(lambda x: x = 1)"},
	{name: "keyword repeated", src: "f(a=1, a=2)"},
	{name: "keyword debug", src: "f(__debug__=1)"},
	{name: "genexp not sole argument", src: "f(x for x in y, 1)"},
	{name: "genexp after argument", src: "f(1, x for x in y)"},
	{name: "genexp in class bases", src: "class A(x for x in y, 1): pass"},
	{name: "genexp in decorator", src: "@d(x for x in y, 1)\ndef f(): pass"},
	{name: "non-default after default", src: "def f(a=1, b): pass"},
	{name: "lambda non-default after default", src: "f = lambda x=1, y: x"},
	{name: "bare star", src: "def f(*): pass"},
	{name: "bare star comma", src: "def f(*,): pass"},
	{name: "bare star then kwargs", src: "def f(a, *, **k): pass"},
	{name: "lambda bare star", src: "lambda *: 1"},
	{name: "def debug", src: "def __debug__(): pass"},
	{name: "import debug", src: "import __debug__"},
	{name: "from import debug", src: "from x import __debug__"},
	{name: "trailing comma import", src: "from x import a,"},
	{name: "starred in listcomp", src: "[*a for a in b]"},
	{name: "starred in setcomp", src: "{*a for a in b}"},
	{name: "double star in dictcomp", src: "{**a for a in b}"},
	{name: "fstring error", src: "f'{'"},
	{name: "ast error before fstring", src: "1 = 2; f'{'"},
	{name: "fstring before ast error", src: "f'{' ; 1 = 2"},
	{name: "fstring field ast error", src: "f'{f(a=1, 2)}'"},
	{name: "fstring field parse error", src: "x = 1\nf'''\n{a b}'''"},
	{name: "fstring field assignment", src: "f'{1 = 2}'"},
	{name: "bad escape", src: "'\\x4'"},
	{name: "bytes non-ascii", src: "b'\\xé'"},
	{name: "mixed bytes and str", src: "u'x' b'y'"},
	{name: "else before if body", src: "if x:\n  1 = 2\nelif y:\n  3 = 4\nelse:\n  5 = 6\n"},
	{name: "elif before if body", src: "if x:\n  1 = 2\nelif y:\n  3 = 4\n"},
	{name: "for else before body", src: "for x in y:\n  1 = 2\nelse:\n  3 = 4\n"},
	{name: "while in order", src: "while x:\n  1 = 2\nelse:\n  3 = 4\n"},
	{name: "try body first", src: "try:\n  1 = 2\nexcept:\n  3 = 4\nelse:\n  5 = 6\nfinally:\n  7 = 8\n"},
	{name: "try else before handler", src: "try:\n  pass\nexcept:\n  1 = 2\nelse:\n  3 = 4\n"},
	{name: "class body", src: "class A:\n  1 = 2\n"},

	// Errors of the later passes (gpython's compiler, CPython's positions).
	{name: "duplicate argument", src: "def f(a, a): pass"},
	{name: "duplicate lambda argument", src: "lambda a, a: 1"},
	{name: "duplicate nested", src: "def f():\n  def g(x, *x): pass"},
	{name: "duplicate decorated", src: "@d\ndef f(a, a): pass"},
	{name: "duplicate keyword-only", src: "def f(*, a, a): pass"},
	{name: "duplicate in lambda default", src: "def f(b=lambda a, a: 1): pass"},
	{name: "parameter and global", src: "def f(a):\n  x = 1\n  global a"},
	{name: "parameter and global nested block", src: "def f(a):\n  if 1:\n    global a"},
	{name: "parameter and nonlocal", src: "def f(a):\n  x = 1\n  nonlocal a"},
	{name: "assigned before global", src: "def f():\n  x = 1\n  global x"},
	{name: "used before global", src: "def f():\n  print(x)\n  global x"},
	{name: "nonlocal without binding", src: "def f():\n  nonlocal x"},
	{name: "nonlocal at module level", src: "nonlocal x"},
	{name: "import star in function", src: "def f():\n  from os import *"},
	{name: "import star in class", src: "def f():\n  class A:\n    from os import *"},
	{name: "return outside function", src: "x = 1\nif x:\n    return 2"},
	{name: "yield outside function", src: "yield 1"},
	{name: "break outside loop", src: "break"},
	{name: "continue in finally", src: "while 1:\n  try:\n    pass\n  finally:\n    continue"},
	{name: "default except not last", src: "try:\n  x = f(a, b)\nexcept:\n  pass\nexcept ValueError:\n  pass"},
	{name: "default except second", src: "try:\n  pass\nexcept E:\n  pass\nexcept:\n  pass\nexcept F:\n  pass"},
	{name: "starred alone", src: "*a = 1"},
	{name: "two starred", src: "*a, *b = c"},
	{name: "two starred in list", src: "[*a, *b] = c"},
	{name: "two starred nested", src: "x, (*a, *b) = c"},
	{name: "starred value", src: "x = *a"},
	{name: "starred statement", src: "*a"},
	{name: "delete starred", src: "del *a"},
	{name: "future braces", src: "from __future__ import braces"},
	{name: "future unknown", src: "from __future__ import (nope)"},
	{name: "future late", src: "x = 1\nfrom __future__ import division"},
	{name: "future after import on line", src: "import os; from __future__ import generators"},
	{name: "future in function", src: "def f():\n  from __future__ import division"},
	{name: "future after docstring", src: "'doc'\nfrom __future__ import division\nx=1"},
	{name: "return before late future", src: "if 1:\n  return 1\nx=1\nfrom __future__ import division"},
	{name: "starred in list display", src: "[*a]"},
	{name: "async def", src: "async def f():\n  await x"},

	// Scripts: read as a file, the end of the input is past the last line.
	{name: "script eof in parameters", kind: "script", src: "def f(a,\n      b\n"},
	{name: "script eof in parens", kind: "script", src: "x = ("},
	{name: "script eof after colon", kind: "script", src: "if x:\n"},
	{name: "script eof after continuation", kind: "script", src: "x = 1 + \\\n"},
	{name: "script eof triple quoted", kind: "script", src: "s = '''abc\n\n"},
	{name: "script eof triple quoted no newline", kind: "script", src: "s = '''abc"},
	{name: "script eol string", kind: "script", src: "s = 'abc"},
	{name: "script invalid syntax", kind: "script", src: "print('x')\nx = = 1\n"},
	{name: "script indentation", kind: "script", src: "if True:\n        x = 1\n    y = 2\n"},
	{name: "script tab error", kind: "script", src: "if True:\n\tx = 1\n        y = 2\n"},
	{name: "script ast error text", kind: "script", src: "x = 1\ndel f()\n"},
	{name: "script ast error print", kind: "script", src: "print -1 = 2\n"},
	{name: "script ast error crlf", kind: "script", src: "x = 1\r\n1 = x\r\n"},
	{name: "script symtable error", kind: "script", src: "def f(a):\n    global a\n"},
	{name: "script compile error", kind: "script", src: "x = 1\nreturn x\n"},
	{name: "script fstring error", kind: "script", src: "x = 1\ny = f'{x!z}'\n"},
	{name: "script non-ascii offset", kind: "script", src: "x = 'é' + é b\n"},
	{name: "script future late", kind: "script", src: "import os\nfrom __future__ import division\n"},
	{name: "script eof in string after lines", kind: "script", src: "x = 1\n\"\"\"\nabc\n"},
	{name: "script starred target multi-line value", kind: "script", src: "*a = ['x',\n     'y']\n"},
	{name: "script two starred multi-line value", kind: "script", src: "*a, *b = [1,\n 2]\n"},
	{name: "script starred for target", kind: "script", src: "for *a in [1,\n 2]: pass\n"},

	// The attributes seen from Python, for every way of compiling.
	{name: "run compile attributes", kind: "run", src: "try:\n    compile('x = (1,\\n  2', 'm.py', 'exec')\nexcept SyntaxError as e:\n    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename, e.args)\n"},
	{name: "run str of SyntaxError", kind: "run", src: "try:\n    compile('x = (1,\\n  2', 'm.py', 'exec')\nexcept SyntaxError as e:\n    print(str(e))\n"},
	{name: "run import", kind: "run", src: "import sys\nwith open('/tmp/_gpython_ssl_syntax_case.py', 'w') as f:\n    f.write('x = 1\\nif x\\n    pass\\n')\nsys.path.insert(0, '/tmp')\ntry:\n    import _gpython_ssl_syntax_case\nexcept SyntaxError as e:\n    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))\n"},
	{name: "run exec indentation", kind: "run", src: "try:\n    exec('if 1:\\npass')\nexcept SyntaxError as e:\n    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)\n"},
	{name: "run eval tab", kind: "run", src: "try:\n    eval('1 +')\nexcept SyntaxError as e:\n    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))\n"},
	{name: "run compile ast error", kind: "run", src: "try:\n    compile('f() = 1', '<s>', 'exec')\nexcept SyntaxError as e:\n    print(e.msg, e.lineno, e.offset, e.text, e.args)\n"},
	{name: "run compile print", kind: "run", src: "try:\n    compile('print 1', '<s>', 'exec')\nexcept SyntaxError as e:\n    print(e.msg, '|', e.args[0])\n"},
	{name: "run compile tab error", kind: "run", src: "try:\n    compile('if 1:\\n        a\\n\\tb\\n', '<s>', 'exec')\nexcept IndentationError as e:\n    print(type(e).__name__, isinstance(e, SyntaxError), e.msg, e.lineno, e.offset, repr(e.text))\n"},
	{name: "run compile single", kind: "run", src: "try:\n    compile('a\\nb\\n', '<s>', 'single')\nexcept SyntaxError as e:\n    print(e.msg, e.lineno, e.offset, repr(e.text))\n"},
	{name: "run duplicate argument", kind: "run", src: "try:\n    compile('def f(a, a): pass', '<s>', 'exec')\nexcept SyntaxError as e:\n    print(e.msg, e.lineno, e.offset, e.text, e.args)\n"},
	{name: "run compile keyword source", kind: "run", src: "try:\n    compile(source='1 = 2', filename='k', mode='exec')\nexcept SyntaxError as e:\n    print(e.msg, e.filename, e.lineno, e.offset)\n"},
}

// deepIndent is a block nested n levels deep.
func deepIndent(n int) string {
	src := ""
	for i := 0; i < n; i++ {
		src += strings.Repeat(" ", i) + "if x:\n"
	}
	return src + strings.Repeat(" ", n) + "pass\n"
}

// syntaxDriver runs synCases under CPython: the cases come as JSON
// [[name, payload], ...], each payload the JSON of {kind, mode, src}.
const syntaxDriver = `
import io, json, os, subprocess, sys, tempfile

def compile_status(src, mode):
    try:
        compile(src, "<case>", mode)
    except SyntaxError as e:
        return "%s: msg=%r lineno=%r offset=%r text=%r args=%r" % (
            type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.args)
    except Exception as e:
        return "%s: args=%r" % (type(e).__name__, e.args)
    return "ok"

def script_status(src):
    d = tempfile.mkdtemp()
    path = os.path.join(d, "case.py")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(src)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    p = subprocess.run([sys.executable, "case.py"], cwd=d, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.remove(path)
    os.rmdir(d)
    return p.stderr.decode("utf-8", "replace") + "[exit %d]" % p.returncode

def run_status(src):
    buf = io.StringIO()
    sys.stdout = buf
    try:
        try:
            exec(compile(src, "<case>", "exec"), {"__name__": "__main__"})
            status = "ok"
        except Exception as e:
            tb = e.__traceback__
            while tb.tb_next is not None:
                tb = tb.tb_next
            text = str(e)
            status = "%s%s [line %d]" % (type(e).__name__, ": " + text if text else "", tb.tb_lineno)
    finally:
        sys.stdout = sys.__stdout__
    return buf.getvalue() + "-- " + status

results = {}
for name, payload in json.load(sys.stdin):
    c = json.loads(payload)
    if c["kind"] == "script":
        results[name] = script_status(c["src"])
    elif c["kind"] == "run":
        results[name] = run_status(c["src"])
    else:
        results[name] = compile_status(c["src"], c["mode"] or "exec")
json.dump(results, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
`

// TestSyntaxErrorsMatchCPython36 compiles every synCase under gpython and
// compares the outcome with CPython 3.6's.
func TestSyntaxErrorsMatchCPython36(t *testing.T) {
	cases := make([][2]string, len(synCases))
	seen := map[string]bool{}
	for i, c := range synCases {
		require.False(t, seen[c.name], "duplicate case name %q", c.name)
		seen[c.name] = true
		payload, err := json.Marshal(map[string]string{"kind": c.kind, "mode": c.mode, "src": c.src})
		require.NoError(t, err)
		cases[i] = [2]string{c.name, string(payload)}
	}
	want := expectationsWith(t, syntaxDriver, "testdata/syntax36.json", *update, cases)
	for _, c := range synCases {
		t.Run(c.name, func(t *testing.T) {
			var got string
			switch c.kind {
			case "script":
				got = scriptStatus(t, c.src)
			case "run":
				got = runGpython(t, c.src)
			default:
				got = compileStatus(c.src, c.mode)
			}
			if c.gap != "" {
				t.Logf("known gap: %s; CPython 3.6 gives %q", c.gap, want[c.name])
				assert.Equal(t, c.want, got, "source:\n%s", c.src)
				return
			}
			assert.Equal(t, want[c.name], got, "source:\n%s", c.src)
		})
	}
}

// compileStatus is the outcome of compiling src as a string, rendered as
// the driver renders it.
func compileStatus(src, mode string) string {
	if mode == "" {
		mode = "exec"
	}
	_, err := py.Compile(src, "<case>", py.CompileMode(mode), 0, true)
	if err == nil {
		return "ok"
	}
	e, ok := err.(*py.Exception)
	if !ok {
		return "not a Python exception: " + err.Error()
	}
	if !e.Type().IsSubtype(py.SyntaxError) {
		return fmt.Sprintf("%s: args=%s", e.Type().Name, repr(e.Args))
	}
	attr := func(name string) string {
		if v, ok := e.Dict[name]; ok {
			return repr(v)
		}
		return "None"
	}
	return fmt.Sprintf("%s: msg=%s lineno=%s offset=%s text=%s args=%s",
		e.Type().Name, attr("msg"), attr("lineno"), attr("offset"), attr("text"), repr(e.Args))
}

// repr is CPython's repr of o.
func repr(o py.Object) string {
	s, err := pyrepr.Repr(o)
	if err != nil {
		return "<repr error: " + err.Error() + ">"
	}
	return s
}

// scriptStatus is what running src as the script case.py prints when it
// does not compile, and the exit status; only compilation is done.
func scriptStatus(t *testing.T, src string) string {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "case.py"), []byte(src), 0o644))
	t.Chdir(dir)
	if _, err := compiler.CompileFile(src, "case.py"); err != nil {
		return pyutil.FormatException(err) + "[exit 1]"
	}
	return "[exit 0]"
}
