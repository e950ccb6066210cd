package json_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host" // bytes, str and repr completion
	_ "github.com/gpython-ssl/gpython-ssl/modules/json"
	_ "github.com/gpython-ssl/gpython-ssl/vm" // the evaluation loop (classes, super, kwargs)
)

// prelude runs under gpython and CPython 3.6 alike: _show prints, per
// case, the repr of the result or the exception's class and message (and
// a JSONDecodeError's attributes).
const prelude = `
import json

def _show(name, f):
    try:
        r = f()
        print(name, "=>", repr(r))
    except json.JSONDecodeError as e:
        print(name, "!!", type(e).__module__, type(e).__name__, str(e), "|", e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
    except Exception as e:
        print(name, "!!", type(e).__name__, str(e))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def point_default(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError("nope %s" % type(o).__name__)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return json.JSONEncoder.default(self, o)

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

def hook(d):
    return ("hooked", sorted(d.items()))

def pairs(p):
    return ("pairs", p)

def _cycle_list():
    a = [1]
    a.append(a)
    return json.dumps(a)

def _cycle_dict():
    d = {}
    d["self"] = d
    return json.dumps(d)

def _cycle_default():
    p = Point(1, 2)
    return json.dumps(p, default=lambda o: o)

def _shared():
    x = [1, 2]
    return json.dumps([x, x, {"a": x}])

class Stream:
    def __init__(self, text=""):
        self.parts = []
        self.text = text
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return self.text

def _dump(obj, **kw):
    s = Stream()
    json.dump(obj, s, **kw)
    return "".join(s.parts)

def _err_attrs():
    try:
        json.loads('{"a": 1,\n "b" 2}')
    except ValueError as e:
        return (e.msg, e.pos, e.lineno, e.colno, e.args, isinstance(e, json.JSONDecodeError))

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        kw["object_hook"] = lambda d: len(d)
        super().__init__(**kw)

class MyError(json.JSONDecodeError):
    pass

def _catch_my():
    try:
        raise MyError("boom", "abc", 2)
    except json.JSONDecodeError as e:
        return (type(e).__name__, e.msg, e.colno)

def _roundtrip(v):
    return json.loads(json.dumps(v)) == v
`

var diffCases = []pytesting.Case{
	// dumps: scalars.
	{"dumps none", `json.dumps(None)`},
	{"dumps bools", `json.dumps([True, False])`},
	{"dumps ints", `json.dumps([0, -1, 12345678901234567890, -2**100])`},
	{"dumps floats", `json.dumps([1.0, 0.1, -0.0, 1e16, 1.5e-7, 3.141592653589793, 1e300, 2.5e-300, 123456789.0])`},
	{"dumps nan inf", `json.dumps([float("nan"), float("inf"), float("-inf")])`},
	{"dumps nan disallowed", `json.dumps(float("nan"), allow_nan=False)`},
	{"dumps inf disallowed nested", `json.dumps({"a": [float("inf")]}, allow_nan=False)`},
	{"dumps str escapes", `json.dumps("a\"b\\c\n\r\t\b\f\x00\x1f\x7f/")`},
	{"dumps str unicode ascii", `json.dumps("caf\u00e9 \u20ac \U0001f600")`},
	{"dumps str unicode raw", `json.dumps("caf\u00e9 \u20ac \U0001f600 \x7f\x01", ensure_ascii=False)`},
	{"dumps str in list raw", `json.dumps(["\u00e9", {"\u00e9": "\u4e2d"}], ensure_ascii=False)`},
	{"dumps empty containers", `json.dumps([[], {}, (), ""])`},
	{"dumps tuple", `json.dumps((1, (2, 3)))`},
	{"dumps nested", `json.dumps({"a": [1, {"b": [2, {"c": None}]}]})`},
	// dict keys.
	{"dumps key types", `json.dumps({1: "i", 2.5: "f", True: "t", None: "n", "s": "s", -3: "neg"})`},
	{"dumps key false", `json.dumps({False: 0})`},
	{"dumps key bigint", `json.dumps({2**70: 1})`},
	{"dumps key float special", `json.dumps({float("inf"): 1, float("nan"): 2})`},
	{"dumps key nan disallowed", `json.dumps({float("nan"): 2}, allow_nan=False)`},
	{"dumps key tuple", `json.dumps({(1, 2): 3})`},
	{"dumps key tuple skipkeys", `json.dumps({(1, 2): 3, "a": 1, (3,): 4, "b": 2}, skipkeys=True)`},
	{"dumps all keys skipped", `json.dumps({(1,): 1}, skipkeys=True)`},
	{"dumps all keys skipped indent", `json.dumps({(1,): 1}, skipkeys=True, indent=2)`},
	{"dumps key escapes", `json.dumps({"a\nb\u00e9": 1})`},
	{"dumps key order", `json.dumps({"b": 1, "a": 2, "c": 3})`},
	// sort_keys.
	{"sort_keys", `json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True)`},
	{"sort_keys unicode", `json.dumps({"\u00e9": 1, "z": 2, "A": 3, "\U0001f600": 4, "\uffff": 5}, sort_keys=True)`},
	{"sort_keys ints", `json.dumps({3: 1, 1: 2, 2: 3, -5: 4}, sort_keys=True)`},
	{"sort_keys int float", `json.dumps({3: 1, 1.5: 2, 2: 3}, sort_keys=True)`},
	{"sort_keys mixed", `json.dumps({1: 1, "a": 2}, sort_keys=True)`},
	{"sort_keys mixed 2", `json.dumps({"a": 2, 1: 1}, sort_keys=True)`},
	{"sort_keys mixed none", `json.dumps({"a": 1, "b": 2, None: 3}, sort_keys=True)`},
	// indent and separators.
	{"indent 4", `json.dumps([1, {"a": [2, 3]}, [], {}], indent=4)`},
	{"indent 0", `json.dumps([1, [2]], indent=0)`},
	{"indent str", `json.dumps({"a": [1]}, indent="\t")`},
	{"indent negative", `json.dumps([1, 2], indent=-1)`},
	{"indent bool", `json.dumps([1], indent=True)`},
	{"indent float", `json.dumps([1], indent=2.5)`},
	{"indent scalar", `json.dumps(5, indent=2)`},
	{"separators compact", `json.dumps({"a": [1, 2]}, separators=(",", ":"))`},
	{"separators with indent", `json.dumps({"a": [1, 2]}, indent=1, separators=(" ,", " = "))`},
	{"separators list", `json.dumps({"a": 1, "b": 2}, separators=[";", "->"])`},
	{"separators bad", `json.dumps([1], separators=(",",))`},
	// default, cls, circular.
	{"default function", `json.dumps([Point(1, 2)], default=point_default)`},
	{"default raises", `json.dumps([b"x"], default=point_default)`},
	{"not serializable", `json.dumps({"a": {1, 2}})`},
	{"not serializable bytes", `json.dumps(b"x")`},
	{"not serializable instance", `json.dumps(Point(1, 2))`},
	{"cls subclass", `json.dumps({"p": Point(3, 4)}, cls=PointEncoder)`},
	{"cls super default", `json.dumps([{3, 1, 2}], cls=SetEncoder)`},
	{"cls super default fails", `json.dumps([object], cls=SetEncoder)`},
	{"cls kwargs", `json.dumps([1], cls=PointEncoder, indent=1)`},
	{"unknown kwarg", `json.dumps([1], foo=1)`},
	{"circular list", `_cycle_list()`},
	{"circular dict", `_cycle_dict()`},
	{"circular default", `_cycle_default()`},
	{"shared not circular", `_shared()`},
	{"encoder encode", `json.JSONEncoder(sort_keys=True, indent=1).encode({"b": 1, "a": [True]})`},
	{"encoder encode str", `json.JSONEncoder(ensure_ascii=False).encode("\u00e9\"")`},
	{"encoder iterencode", `"".join(json.JSONEncoder().iterencode({"a": [1, 2.5]}))`},
	{"encoder attrs", `(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator, json.JSONEncoder(indent=2).item_separator)`},
	{"encoder default method", `json.JSONEncoder().default(3)`},
	{"dump stream", `_dump({"a": [1, "x"]}, indent=2, sort_keys=True)`},
	// loads: values.
	{"loads scalars", `json.loads('[null, true, false, 1, -1, 0, -0, 1.5, -0.0, 1e3, 1E-2, 2.5e+2]')`},
	{"loads big int", `json.loads('[123456789012345678901234567890, -98765432109876543210]')`},
	{"loads float edges", `json.loads('[1e400, -1e400, 1e-400, 0.1, 12345678.9]')`},
	{"loads constants", `json.loads('[NaN, Infinity, -Infinity]')`},
	{"loads string escapes", `json.loads(r'"a\"b\\c\/d\b\f\n\r\t\u0041\u00e9\u20ac"')`},
	{"loads surrogate pair", `json.loads(r'"\ud83d\ude00 x"')`},
	{"loads unicode raw", `json.loads('"caf\u00e9 \U0001f600"')`},
	{"loads object", `json.loads('{"a": 1, "b": [1, 2, {"c": null}], "d": {}}')`},
	{"loads whitespace", `json.loads(' \t\n\r[ 1 , {\n"a" : 2 } ] \n')`},
	{"loads duplicate keys", `json.loads('{"a": 1, "b": 2, "a": 3}')`},
	{"loads empty containers", `json.loads('[[], {}, [[]], ""]')`},
	{"loads bytes utf8", `json.loads(b'{"a": "\xc3\xa9"}')`},
	{"loads bytearray", `json.loads(bytearray(b'[1, 2]'))`},
	{"loads bytes utf8 bom", `json.loads(b'\xef\xbb\xbf[1]')`},
	{"loads bytes utf16", `json.loads(b'\xff\xfe[\x00"\x00\xe9\x00"\x00,\x00 \x001\x00]\x00')`},
	{"loads bytes utf16 be", `json.loads(b'\x00[\x001\x00]')`},
	{"loads bytes utf16 le", `json.loads(b'[\x001\x00]\x00')`},
	{"loads bytes utf32 le", `json.loads(b'[\x00\x00\x001\x00\x00\x00]\x00\x00\x00')`},
	{"loads bytes utf32 be", `json.loads(b'\x00\x00\x00[\x00\x00\x00]')`},
	{"loads bytes utf32 bom", `json.loads(b'\xff\xfe\x00\x00[\x00\x00\x00]\x00\x00\x00')`},
	{"loads bytes bad utf8", `json.loads(b'[1,\xff]')`},
	{"loads bytes utf16 truncated", `json.loads(b'\xff\xfe{\x00"')`},
	{"loads bytes two", `json.loads(b'1\x00')`},
	{"loads str bom", `json.loads('\ufeff[1]')`},
	{"loads int arg", `json.loads(3)`},
	{"loads none arg", `json.loads(None)`},
	{"loads control chars non-strict", `json.loads('"a\tb\nc"', strict=False)`},
	// loads: hooks.
	{"object_hook", `json.loads('{"b": 1, "a": {"c": 2}}', object_hook=hook)`},
	{"object_pairs_hook", `json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=pairs)`},
	{"object_pairs_hook wins", `json.loads('{"b": 1}', object_hook=hook, object_pairs_hook=pairs)`},
	{"parse_float", `json.loads('[1.5, 2, 1e2]', parse_float=str)`},
	{"parse_int", `json.loads('[1.5, 2, -30]', parse_int=float)`},
	{"parse_constant", `json.loads('[NaN, -Infinity, 1]', parse_constant=lambda s: "C" + s)`},
	{"parse_int raises", `json.loads('[7]', parse_int=lambda s: 1 // 0)`},
	{"cls decoder", `json.loads('{"a": {"b": 1, "c": 2}}', cls=MyDecoder)`},
	{"decoder raw_decode", `json.JSONDecoder().raw_decode('{"a": 1} tail')`},
	{"decoder raw_decode idx", `json.JSONDecoder().raw_decode('xx[1, 2]yy', 2)`},
	{"decoder raw_decode unicode idx", `json.JSONDecoder().raw_decode('\u00e9\u00e9"\u20ac" z', 2)`},
	{"decoder raw_decode space", `json.JSONDecoder().raw_decode(' 1')`},
	{"decoder raw_decode negative", `json.JSONDecoder().raw_decode('1', -1)`},
	{"decoder raw_decode past end", `json.JSONDecoder().raw_decode('1', 5)`},
	{"decoder decode", `json.JSONDecoder(parse_float=str).decode(' [1.0] ')`},
	{"load stream", `json.load(Stream('{"x": [1, 2]}'))`},
	{"load stream hook", `json.load(Stream('{"x": 1}'), object_hook=hook)`},
	{"roundtrip", `_roundtrip({"a": [1, 2.5, "x\u00e9", None, True, {"b": []}], "c": -7})`},
	// loads: errors.
	{"err empty", `json.loads('')`},
	{"err spaces", `json.loads('   ')`},
	{"err bad token", `json.loads('[1, x]')`},
	{"err unclosed array", `json.loads('[1, 2')`},
	{"err open bracket", `json.loads('[')`},
	{"err trailing comma array", `json.loads('[1,]')`},
	{"err trailing comma object", `json.loads('{"a": 1,}')`},
	{"err missing comma", `json.loads('[1 2]')`},
	{"err missing comma object", `json.loads('{"a": 1 "b": 2}')`},
	{"err missing colon", `json.loads('{"a" 1}')`},
	{"err missing value", `json.loads('{"a": }')`},
	{"err open brace", `json.loads('{')`},
	{"err single quotes", `json.loads("{'a': 1}")`},
	{"err unquoted key", `json.loads('{a: 1}')`},
	{"err extra data", `json.loads('[1] [2]')`},
	{"err extra data number", `json.loads('1.5.3')`},
	{"err leading zero", `json.loads('012')`},
	{"err minus", `json.loads('-')`},
	{"err minus letter", `json.loads('-a')`},
	{"err dot", `json.loads('.5')`},
	{"err plus", `json.loads('+1')`},
	{"err unterminated string", `json.loads('["abc')`},
	{"err unterminated escape", `json.loads('"abc\\')`},
	{"err control char", `json.loads('"a\nb"')`},
	{"err control char tab", `json.loads('["ok", "a\tb"]')`},
	{"err bad escape", `json.loads(r'"a\qb"')`},
	{"err bad unicode escape", `json.loads(r'"\u12G4"')`},
	{"err short unicode escape", `json.loads(r'"\u12"')`},
	{"err short unicode escape end", `json.loads('"\\u0041')`},
	{"err bad second surrogate", `json.loads(r'"\ud83d\uzzzz"')`},
	{"err multiline", `json.loads('{\n  "a": 1,\n  "b": [1,\n   2,, 3]\n}')`},
	{"err unicode position", `json.loads('["\u00e9\u00e9", \U0001f600]')`},
	{"err after unicode line", `json.loads('"\u00e9"\n\u20ac')`},
	{"err true prefix", `json.loads('tru')`},
	{"err nan lowercase", `json.loads('nan')`},
	{"err attrs", `_err_attrs()`},
	{"err caught as ValueError", `issubclass(json.JSONDecodeError, ValueError)`},
	// JSONDecodeError itself.
	{"JSONDecodeError make", `(lambda e: (str(e), e.msg, e.doc, e.pos, e.lineno, e.colno, e.args))(json.JSONDecodeError("boom", "ab\ncd\nef", 7))`},
	{"JSONDecodeError pos 0", `str(json.JSONDecodeError("x", "", 0))`},
	{"JSONDecodeError missing args", `json.JSONDecodeError("x")`},
	{"JSONDecodeError names", `(json.JSONDecodeError.__name__, json.JSONDecodeError.__module__, json.JSONDecodeError.__mro__[1].__name__)`},
	{"__all__", `json.__all__`},
	// more edges.
	{"dumps line separators", `json.dumps("\u2028\u2029")`},
	{"dumps float reprs", `json.dumps([1.0 / 3, 1e22, -1e-10, 1e-5, 0.0001, 1e15, 1e16, 5e-324, 1.7976931348623157e308])`},
	{"dumps int bool keys sorted", `json.dumps({2: "a", True: "b", 0: "c"}, sort_keys=True)`},
	{"dumps nested indent skipkeys", `json.dumps({"a": {(1,): 2}, "b": 3}, skipkeys=True, indent=1)`},
	{"dumps nested all skipped", `json.dumps({"a": {(1,): 2}, "b": 3}, skipkeys=True)`},
	{"dumps default returns cycle-free", `json.dumps({"p": Point(Point(1, 2), [3])}, default=point_default, sort_keys=True)`},
	{"dumps no check_circular ok", `json.dumps([[1], [1]], check_circular=False)`},
	{"dumps no circular check recursion", `(lambda a: (a.append(a), json.dumps(a, check_circular=False)))([])`},
	{"dumps bad key in sort", `json.dumps({"a": 1, (1,): 2}, sort_keys=True, skipkeys=True)`},
	{"dumps big indent unicode", `json.dumps({"\u00e9": ["\U0001f600"]}, indent="\u00b7", ensure_ascii=False)`},
	{"dumps ensure_ascii key", `json.dumps({"\U0001f600": 1})`},
	{"loads deep nesting", `json.loads("[" * 100000)`},
	{"loads deep object", `json.loads('{"a":' * 100000)`},
	{"loads moderate nesting", `len(json.dumps(json.loads("[" * 500 + "]" * 500)))`},
	{"loads crlf positions", `json.loads('[1,\r\n 2,\r\n x]')`},
	{"loads 1.0000000000000002", `json.loads('[1.0000000000000002, 0.1e1, 2E+3, 1e-7, -0]')`},
	{"loads uppercase escape", `json.loads('"\\u00E9\\u00e9"')`},
	{"loads lone surrogate escape at end", `json.loads(r'["\ud83d\ude00"]')`},
	{"loads nul escape", `json.loads(r'"\u0000"')`},
	{"loads control non-strict nested", `json.loads('{"a\x01": ["\x1f"]}', strict=False)`},
	{"loads key memo identity", `(lambda v: v[0] == v[1])(json.loads('[{"k": 1}, {"k": 1}]'))`},
	{"loads huge exponent", `json.loads('[1e999999, -1e-999999]')`},
	{"decode bytes", `json.JSONDecoder().decode(b"[1]")`},
	{"decode int", `json.JSONDecoder().decode(1)`},
	{"raw_decode bytes", `json.JSONDecoder().raw_decode(b"[1]")`},
	{"decoder attrs", `(lambda d: (d.parse_float is float, d.parse_int is int, d.strict, d.object_hook, d.object_pairs_hook))(json.JSONDecoder())`},
	{"decoder strict attr", `json.JSONDecoder(strict=False).decode('"a\nb"')`},
	{"submodule decoder", `json.decoder.JSONDecodeError is json.JSONDecodeError`},
	{"submodule decoder constants", `(json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf, json.decoder.__all__)`},
	{"submodule encoder", `(json.encoder.encode_basestring_ascii("\u00e9\n"), json.encoder.encode_basestring("\u00e9\n"))`},
	{"loads int key not str", `json.loads('{1: 2}')`},
	{"loads empty key", `json.loads('{"": 1}')`},
	{"dumps empty key", `json.dumps({"": []})`},
	{"loads whitespace only inside", `json.loads('[ ]')`},
	{"loads tab in object", `json.loads('{\t"a"\t:\t1\t}')`},
	{"loads vertical tab", `json.loads('\x0b1')`},
	{"loads nbsp", `json.loads('\u00a01')`},
	{"loads bytes encoded surrogate", `len(json.loads(b'["a\xed\xa0\x80b"]')[0])`},
	{"loads bytes bad utf8 after surrogate", `json.loads(b'["\xed\xa0\x80", "\xc3"]')`},
	{"loads encoding kwarg", `json.loads('[1]', encoding="utf-8")`},
	{"dumps instance vars", `json.dumps(vars(Point(1, [2])))`},
	{"dumps generator", `json.dumps((x for x in [1]))`},
	{"dumps range", `json.dumps(range(3))`},
	{"dumps frozenset", `json.dumps(frozenset())`},
	{"dumps type", `json.dumps(int)`},
	{"dumps function default", `json.dumps([len], default=lambda o: "fn")`},
	{"dumps default returns unserializable", `json.dumps([1], default=lambda o: o)`},
	{"dumps default list of sets", `json.dumps({"s": {1}}, default=lambda o: [sorted(o)], indent=2)`},
	{"loads unknown kwarg", `json.loads('1', foo=1)`},
	{"loads hook raises", `json.loads('{"a": 1}', object_hook=lambda d: d["missing"])`},
	{"loads pairs hook raises", `json.loads('[{"a": 1}]', object_pairs_hook=lambda p: 1 / 0)`},
	{"dumps separators not str", `json.dumps([1, 2], separators=(1, 2))`},
	{"dumps default not callable", `json.dumps([object()], default=5)`},
	{"JSONDecodeError subclass", `(str(MyError("m", "ab", 1)), isinstance(MyError("m", "ab", 1), ValueError), MyError("m", "ab", 1).pos, _catch_my())`},
	{"loads lone surrogates", `[ascii(json.loads(d)) for d in (r'"z\ud834\u0079x"', r'"\ud834"', r'"\udc00\ud834"', r'["\udfff", {"\ud800": 1}]')]`},
	{"dumps lone surrogates", `[json.dumps(json.loads(d)) for d in (r'"z\ud834\u0079x"', r'"\udc00\ud834"', r'{"\ud800": "\udfff"}')]`},
	{"dumps lone surrogate unescaped", `json.dumps(json.loads(r'"a\ud834"'), ensure_ascii=False).encode('utf-8', 'surrogatepass')`},
	{"scanstring lone surrogate", `ascii(json.decoder.scanstring(r'"z\ud834\u0079x"', 1))`},
	{"loads bytes lone surrogates", `[ascii(json.loads(b)) for b in (b'"\xed\xa0\xb4x"', '"\ud834x"'.encode('utf-16-le', 'surrogatepass'), '"\ud834x"'.encode('utf-32', 'surrogatepass'), '"\ud834x"'.encode('utf-16', 'surrogatepass'))]`},
	{"JSONDecodeError raise catch", `(lambda: [e for e in [json.JSONDecodeError("m", "x\ny", 3)] if isinstance(e, ValueError)][0].colno)()`},
}

// TestDifferential runs every case under CPython 3.6 (or its stored
// output) and gpython with the json module, and compares the results
// and the exceptions' classes, messages and attributes.
func TestDifferential(t *testing.T) {
	require.GreaterOrEqual(t, len(diffCases), 100)
	pytesting.DiffCases(t, "json_differential", prelude, diffCases)
}

// depthScript finds where nesting turns into RecursionError when json is
// called from a script's top level.
const depthScript = `
import json
for n in (994, 995, 996, 997):
    try:
        json.loads('[' * n + ']' * n)
        loaded = 'ok'
    except RecursionError as e:
        loaded = str(e)
    a = []
    for i in range(n - 1):
        a = [a]
    try:
        json.dumps(a)
        dumped = 'ok'
    except RecursionError as e:
        dumped = str(e)
    print(n, loaded, '|', dumped)
`

// TestDepthLimit compares the nesting limit with CPython 3.6's at a
// script's top level.
func TestDepthLimit(t *testing.T) {
	want := pytesting.CPython36Output(t, "json_depth", depthScript)
	out, err := pytesting.RunGuarded(t, depthScript)
	require.NoError(t, err)
	assert.Equal(t, want, out)
}
