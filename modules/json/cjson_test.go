package json_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"

	_ "github.com/gpython-ssl/gpython-ssl" // every module: json.scanner imports re, the cases enum
)

// Differential tests of the accelerator module _json, json.scanner and
// the two flavours json.decoder and json.encoder offer (CPython's test
// suite runs everything against both), and of what that suite found:
// a list changed by default() while it is encoded, enum members as keys.

const cjsonPrelude = prelude + `import _json, json.decoder, json.encoder, json.scanner, enum, sys

class Color(enum.IntEnum):
    RED = 1
    BLUE = 2

class Ratio(float, enum.Enum):
    HALF = 0.5

def mutating():
    a = [object()] * 6
    def shrink(o):
        del a[-1]
    return json.dumps(a, default=shrink)

def scan(s, idx, **kw):
    return json.scanner.make_scanner(json.JSONDecoder(**kw))(s, idx)

def py_scan(s, idx, **kw):
    return json.scanner.py_make_scanner(json.JSONDecoder(**kw))(s, idx)

def stop(f, *args):
    try:
        return f(*args)
    except StopIteration as e:
        return 'StopIteration', e.args

def encoder(*args):
    return _json.make_encoder(*args)
`

var cjsonCases = []pytesting.Case{
	{"flavours", `(json.decoder.scanstring is _json.scanstring, json.encoder.encode_basestring_ascii is _json.encode_basestring_ascii, json.encoder.encode_basestring is _json.encode_basestring, json.scanner.make_scanner is _json.make_scanner, json.encoder.c_make_encoder is _json.make_encoder)`},
	{"module names", `(_json.scanstring.__module__, _json.make_scanner.__module__, json.decoder.py_scanstring.__module__, json.scanner.py_make_scanner.__module__, json.encoder.py_encode_basestring_ascii.__module__)`},
	{"scanstring", `[f('"ab\\nc" tail', 1) for f in (json.decoder.scanstring, json.decoder.py_scanstring)]`},
	{"scanstring unicode index", `[f('\u00e9\u00e9"x\u00e9y" z', 3) for f in (json.decoder.scanstring, json.decoder.py_scanstring)]`},
	{"scanstring unterminated", `json.decoder.scanstring('"abc', 1)`},
	{"scanstring control strict", `json.decoder.scanstring('"a\tb"', 1, True)`},
	{"scanstring control lax", `json.decoder.scanstring('"a\tb"', 1, False)`},
	{"scanstring bad escape", `json.decoder.scanstring('"a\\qb"', 1)`},
	{"scanstring bytes", `json.decoder.scanstring(b'"a"', 1)`},
	{"scanstring overflow", `json.decoder.scanstring(b'"a"', sys.maxsize + 1)`},
	{"scanstring end out of bounds", `json.decoder.scanstring('"a"', 10)`},
	{"escapers", `[(f('a\u00e9"\\\n'), f('\U0001f600')) for f in (json.encoder.encode_basestring, json.encoder.encode_basestring_ascii, json.encoder.py_encode_basestring, json.encoder.py_encode_basestring_ascii)]`},
	{"escaper bytes", `json.encoder.encode_basestring_ascii(b'x')`},
	{"scanner values", `[scan(s, i) for s, i in [('[1, 2]', 0), ('  3.5 ', 2), ('{"a": true} x', 0), ('x "s"', 2)]]`},
	{"scanner stop", `[stop(scan, s, i) for s, i in [('  3', 0), ('', 0), ('abc', 1), ('[1]', 5)]]`},
	{"py scanner stop", `[stop(py_scan, s, i) for s, i in [('  3', 0), ('abc', 1), ('[1]', 0)]]`},
	{"scanner hooks", `scan('{"a": 1.5, "b": 2}', 0, parse_float=str, parse_int=lambda s: -int(s), object_pairs_hook=list)`},
	{"py scanner error inside", `py_scan('[1, ]', 0)`},
	{"scanner context without attributes", `_json.make_scanner(1)`},
	{"make_encoder argument count", `_json.make_encoder((True, False), b"x", None)`},
	{"make_encoder encodes", `encoder(None, str, _json.encode_basestring_ascii, None, ': ', ', ', True, False, True)({'b': [1, 'x\u00e9'], 'a': None}, 0)`},
	{"make_encoder markers", `encoder({}, str, _json.encode_basestring, None, ':', ',', False, False, True)(['\u00e9', 2.5], 0)`},
	{"make_encoder str function", `encoder(None, str, lambda s: '<%s>' % s, None, ': ', ', ', False, False, True)({'k': 'v'}, 0)`},
	{"make_encoder str function not str", `encoder(None, str, lambda s: None, None, ': ', ', ', False, False, True)('spam', 4)`},
	{"make_encoder str function raises", `encoder(None, str, lambda s: 1 / 0, None, ': ', ', ', False, False, True)({'spam': 1}, 4)`},
	{"make_encoder default", `encoder(None, lambda o: 'D', _json.encode_basestring_ascii, None, ': ', ', ', False, False, True)([object()], 0)`},
	{"list mutated by default", `mutating()`},
	{"int enum keys and values", `json.dumps({Color.RED: Color.BLUE, Ratio.HALF: 1})`},
	{"int enum keys sorted", `json.dumps({Color.BLUE: 'b', Color.RED: 'r'}, sort_keys=True)`},
	{"scanner module", `(json.scanner.__name__, sorted(n for n in vars(json.scanner) if not n.startswith('_')), json.scanner.NUMBER_RE.match('-12.5e3 x').groups())`},
	{"package attributes", `(json.scanner is sys.modules['json.scanner'], json.decoder.c_scanstring is _json.scanstring, json.encoder.c_encode_basestring_ascii is _json.encode_basestring_ascii)`},
}

func TestCJSONDifferential(t *testing.T) {
	pytesting.DiffCases(t, "cjson_differential", cjsonPrelude, cjsonCases)
}

// TestJSONTool runs "python -m json.tool" in the binary and in CPython 3.6
// with the same input and arguments.
func TestJSONTool(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "in.json"), []byte(`{"b": [1, 2.5, "\u00e9"], "a": {"z": null, "y": true}}`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.json"), []byte(`{"b": `), 0o644))
	tool := func(name string, stdin string, args ...string) pytesting.Command {
		return pytesting.Command{Name: name, Args: append([]string{"-m", "json.tool"}, args...), Stdin: stdin}
	}
	pytesting.DiffCommands(t, "json_tool", dir, []pytesting.Command{
		tool("stdin", `[1, {"k": "v"}]`),
		tool("file", "", "in.json"),
		tool("sort keys", "", "--sort-keys", "in.json"),
		tool("bad document", "", "bad.json"),
		tool("bad stdin", "[1,"),
		tool("missing file", "", "none.json"),
	}, func(exe, out string) string { return strings.ReplaceAll(out, exe, "EXE") })
}
