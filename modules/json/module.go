// Package json registers the Python module "json" for gpython, with
// CPython 3.6's API, output and error messages: dumps, dump, loads, load,
// JSONEncoder, JSONDecoder and JSONDecodeError.
//
// The scanner and the encoder are Go (this package); the classes and the
// keyword-argument handling are a short Python layer (pySource) over
// them, so that scripts subclass JSONEncoder and JSONDecoder as in
// CPython.
//
// Differences from CPython 3.6 (the first by choice, for speed; the
// others forced by the interpreter):
//   - iterencode yields the whole document as one chunk (CPython yields
//     many small ones; their concatenation is the same text).
//   - Namespaces (vars(obj), globals()) are gpython's unordered dicts:
//     they encode with their keys sorted.
//   - Instances of script subclasses of str, int, float and list are not
//     recognised as those types (the interpreter does not keep a built-in
//     value in them); they go through default().
//   - Nesting deeper than 995 containers raises RecursionError, as at a
//     script's top level in CPython, whose limit also counts the
//     caller's frames.
//   - "import json.decoder" binds json to the submodule (the
//     interpreter's import of dotted names); "from json.decoder import
//     JSONDecodeError" and json.decoder after "import json" work.
package json

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = `Read and write JSON (RFC 7159) documents.

dumps() and dump() turn dicts, lists, tuples, str, int, float, bool and
None into JSON text; loads() and load() turn JSON text (str, or bytes in
UTF-8, UTF-16 or UTF-32) back into Python values. JSONEncoder and
JSONDecoder hold the options and can be subclassed.

    >>> import json
    >>> json.dumps({"port": 443, "alpn": ["h2", "http/1.1"]}, sort_keys=True)
    '{"alpn": ["h2", "http/1.1"], "port": 443}'
    >>> json.dumps([1.5, None, True], separators=(",", ":"))
    '[1.5,null,true]'
    >>> json.loads('{"cn": "example.org", "san": ["a", "b"]}')["san"]
    ['a', 'b']
    >>> print(json.dumps({"ok": False}, indent=2))
    {
      "ok": false
    }`

// pySource is the Python half of the module: the public functions and
// classes, which hand the work to the Go functions _encode, _decode and
// _raw_decode.
const pySource = `
__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'),
              'NaN': float('nan')}
_constant = _CONSTANTS.__getitem__


class JSONEncoder(object):
    """Turns Python values into JSON text; override default() for more types."""

    __module__ = 'json.encoder'

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for a value JSON has no type for: return one it has, or raise TypeError."""
        raise TypeError("Object of type '%s' is not JSON serializable" %
                        o.__class__.__name__)

    def encode(self, o):
        """The JSON text of o, as one str.

        >>> JSONEncoder(sort_keys=True).encode({"b": [1, 2], "a": None})
        '{"a": null, "b": [1, 2]}'
        """
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """An iterator over the JSON text of o."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        text = _encode(o, self.default, indent, self.key_separator,
                       self.item_separator, self.sort_keys, self.skipkeys,
                       self.allow_nan, self.ensure_ascii, self.check_circular)
        if _one_shot:
            return [text]
        return iter([text])


class JSONDecoder(object):
    """Turns JSON text into Python values, with optional hooks for objects and numbers."""

    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def _hooks(self):
        pf = self.parse_float
        pi = self.parse_int
        pc = self.parse_constant
        return (bool(self.strict), self.object_hook, self.object_pairs_hook,
                None if pf is float else pf, None if pi is int else pi,
                None if pc is _constant else pc)

    def decode(self, s, _w=None):
        """The value of the JSON document s, a str holding one value and whitespace."""
        return _decode(s, *self._hooks())

    def raw_decode(self, s, idx=0):
        """(value, index after it) for the JSON value that starts at s[idx]."""
        return _raw_decode(s, idx, *self._hooks())


_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """The JSON text of obj, as a str."""
    if (cls is None and not kw and not skipkeys and ensure_ascii and
            check_circular and allow_nan and indent is None and
            separators is None and default is None and not sort_keys):
        # _default_encoder.encode(obj), without its three calls.
        return _encode(obj, _default_encoder.default, None, ': ', ', ',
                       False, False, True, True, True)
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan,
                  indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    return encoder.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write the JSON text of obj to fp, through fp.write()."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan,
                  indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def loads(s, *, encoding=None, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The value of the JSON document s: a str, or bytes or bytearray in
    UTF-8, UTF-16 or UTF-32."""
    s = _text(s)
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        # _default_decoder.decode(s), without its two calls.
        return _decode(s, True, None, None, None, None, None)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The value of the JSON document fp.read() returns."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# json.decoder and json.encoder, as CPython's package imports them.
decoder = __import__('json.decoder', None, None, ['JSONDecoder'])
encoder = __import__('json.encoder', None, None, ['JSONEncoder'])
scanner = __import__('json.scanner', None, None, ['make_scanner'])
`

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "json", Doc: moduleDoc, FileDesc: vm.EmbeddedFile("json", true)},
		Methods: []*py.Method{
			py.MustNewMethod("_encode", pyutil.Guard(json_encode), 0, "Encode a value with a JSONEncoder's settings."),
			py.MustNewMethod("_encode_str", pyutil.Guard(json_encode_str), 0, "The JSON text of a str."),
			py.MustNewMethod("_decode", pyutil.Guard(json_decode), 0, "Decode a whole JSON document."),
			py.MustNewMethod("_raw_decode", pyutil.Guard(json_raw_decode), 0, "Decode the JSON value at an index."),
			py.MustNewMethod("_scanstring", pyutil.Guard(json_scanstring), 0, "Scan a JSON string whose opening quote is before an index."),
			py.MustNewMethod("_text", pyutil.Guard(json_text), 0, "The str of a JSON document given as str, bytes or bytearray."),
		},
		Globals: py.StringDict{
			"JSONDecodeError": DecodeErrorType,
			// json is a package (json.decoder, json.encoder are its
			// submodules); its modules are compiled in, so no directory.
			"__path__": py.NewList(),
		},
		CodeSrc: pySource,
	})
	// located in the library directory as Lib/modules' are, with its
	// lines in tracebacks
	pyutil.SourceLines.Embed(vm.EmbeddedFile("json", true), pySource)
}

func truth(o py.Object) (bool, error) { return vm.Truth(o) }

// json_encode is _encode(o, default, indent, key_separator,
// item_separator, sort_keys, skipkeys, allow_nan, ensure_ascii,
// check_circular); indent is None or a str.
func json_encode(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 10 || len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("_encode() takes exactly 10 arguments (%d given)", len(args))
	}
	e := &encoder{defaultFn: args[1]}
	if args[2] != py.None {
		s, ok := args[2].(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("can only concatenate str (not \"%s\") to str", pyutil.TypeName(args[2]))
		}
		e.indent, e.hasIndent = string(s), true
	}
	for i, p := range []*string{&e.keySep, &e.itemSep} {
		s, ok := args[3+i].(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("make_encoder() argument %d must be str, not %s", 5+i, pyutil.TypeName(args[3+i]))
		}
		*p = string(s)
	}
	var circular bool
	for i, p := range []*bool{&e.sortKeys, &e.skipKeys, &e.allowNaN, &e.ensureASCII, &circular} {
		b, err := truth(args[5+i])
		if err != nil {
			return nil, err
		}
		*p = b
	}
	if circular {
		e.markers = map[uintptr]struct{}{}
	}
	if err := e.encode(args[0]); err != nil {
		return nil, err
	}
	return py.String(e.buf), nil
}

// json_encode_str is _encode_str(s, ensure_ascii).
func json_encode_str(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("_encode_str() takes exactly 2 arguments (%d given)", len(args))
	}
	s, ok := args[0].(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("first argument must be a string, not %s", pyutil.TypeName(args[0]))
	}
	ascii, err := truth(args[1])
	if err != nil {
		return nil, err
	}
	return py.String(appendString(nil, string(s), ascii)), nil
}

// newDecoder reads (strict, object_hook, object_pairs_hook, parse_float,
// parse_int, parse_constant), None standing for the default of each.
func newDecoder(s string, hooks py.Tuple) (*decoder, error) {
	if len(hooks) != 6 {
		return nil, pyutil.TypeErrorf("decoder settings: 6 values expected, %d given", len(hooks))
	}
	strict, err := truth(hooks[0])
	if err != nil {
		return nil, err
	}
	opt := func(o py.Object) py.Object {
		if o == py.None {
			return nil
		}
		return o
	}
	return &decoder{s: s, strict: strict, objectHook: opt(hooks[1]), pairsHook: opt(hooks[2]),
		parseFloat: opt(hooks[3]), parseInt: opt(hooks[4]), parseConstant: opt(hooks[5])}, nil
}

// json_decode is _decode(s, strict, object_hook, object_pairs_hook,
// parse_float, parse_int, parse_constant): JSONDecoder.decode.
func json_decode(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 7 {
		return nil, pyutil.TypeErrorf("_decode() takes exactly 7 arguments (%d given)", len(args))
	}
	s, ok := args[0].(py.String)
	if !ok {
		// What CPython's whitespace regular expression says of s.
		if _, isBytes := args[0].(py.Bytes); isBytes {
			return nil, pyutil.TypeErrorf("cannot use a string pattern on a bytes-like object")
		}
		return nil, pyutil.TypeErrorf("expected string or bytes-like object")
	}
	d, err := newDecoder(string(s), args[1:])
	if err != nil {
		return nil, err
	}
	return d.decode()
}

// json_raw_decode is _raw_decode(s, idx, strict, object_hook,
// object_pairs_hook, parse_float, parse_int, parse_constant):
// JSONDecoder.raw_decode.
func json_raw_decode(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 8 {
		return nil, pyutil.TypeErrorf("_raw_decode() takes exactly 8 arguments (%d given)", len(args))
	}
	s, ok := args[0].(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("first argument must be a string, not %s", pyutil.TypeName(args[0]))
	}
	idx, err := indexArg(args[1])
	if err != nil {
		return nil, err
	}
	if idx < 0 {
		return nil, pyutil.ValueErrorf("idx cannot be negative")
	}
	d, err := newDecoder(string(s), args[2:])
	if err != nil {
		return nil, err
	}
	v, end, err := d.scan(byteIndex(d.s, idx))
	if err != nil {
		return nil, err
	}
	return py.Tuple{v, py.Int(idx + charIndexFrom(d.s, byteIndex(d.s, idx), end))}, nil
}

// charIndexFrom counts the characters of s[from:to].
func charIndexFrom(s string, from, to int) int {
	if from > len(s) {
		return 0
	}
	return charIndex(s[from:], to-from)
}

func indexArg(o py.Object) (int, error) {
	switch v := o.(type) {
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case py.Int:
		return int(v), nil
	}
	return 0, pyutil.TypeErrorf("an integer is required (got type %s)", pyutil.TypeName(o))
}

// The submodules name what CPython's json package defines in them, so
// that "from json.decoder import JSONDecodeError" works.
func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "json.decoder", Doc: "The decoder half of json: JSONDecoder and JSONDecodeError.", FileDesc: vm.EmbeddedFile("json.decoder", false)},
		CodeSrc: decoderSource,
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "json.encoder", Doc: "The encoder half of json: JSONEncoder and the str escapers.", FileDesc: vm.EmbeddedFile("json.encoder", false)},
		CodeSrc: encoderSource,
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "json.scanner", Doc: "JSON token scanner", FileDesc: vm.EmbeddedFile("json.scanner", false)},
		CodeSrc: scannerSource,
	})
	pyutil.SourceLines.Embed(vm.EmbeddedFile("json.decoder", false), decoderSource)
	pyutil.SourceLines.Embed(vm.EmbeddedFile("json.encoder", false), encoderSource)
	pyutil.SourceLines.Embed(vm.EmbeddedFile("json.scanner", false), scannerSource)
}

const decoderSource = `from json import JSONDecoder, JSONDecodeError, _scanstring
try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


def py_scanstring(s, end, strict=True):
    """(text, index after the closing quote) of the JSON string whose
    opening quote is at s[end - 1]."""
    return _scanstring(s, end, strict)


scanstring = c_scanstring or py_scanstring
`

const encoderSource = `from json import JSONEncoder, _encode_str
try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
    from _json import encode_basestring as c_encode_basestring
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_encode_basestring_ascii = c_encode_basestring = c_make_encoder = None

INFINITY = float('inf')


def py_encode_basestring(s):
    """The JSON text of str s, non-ASCII characters kept."""
    return _encode_str(s, False)


def py_encode_basestring_ascii(s):
    """The JSON text of str s in ASCII, other characters as \\u escapes."""
    return _encode_str(s, True)


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii
`

// scannerSource is json.scanner: make_scanner(context) returns the
// function that scans one JSON value at an index with a JSONDecoder's
// settings (_json's when it can be imported).
const scannerSource = `import re
from json import JSONDecodeError as _JSONDecodeError, _raw_decode
try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

NUMBER_RE = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
                       re.VERBOSE | re.MULTILINE | re.DOTALL)


def py_make_scanner(context):
    """scan_once(string, idx) for context's settings: (value, index
    after it), or StopIteration(idx) when no value starts at idx."""
    parse_float, parse_int = context.parse_float, context.parse_int
    hooks = (bool(context.strict), context.object_hook,
             context.object_pairs_hook,
             None if parse_float is float else parse_float,
             None if parse_int is int else parse_int, context.parse_constant)

    def scan_once(string, idx):
        try:
            return _raw_decode(string, idx, *hooks)
        except _JSONDecodeError as err:
            if err.pos == idx and err.msg == 'Expecting value':
                raise StopIteration(idx) from None
            raise
    return scan_once


make_scanner = c_make_scanner or py_make_scanner
`
