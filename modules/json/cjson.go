package json

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The module _json: CPython 3.6's accelerator module, whose functions
// json.decoder, json.encoder and json.scanner use when it can be
// imported (CPython's test suite checks both flavours). Here it is a
// second face of this package's scanner and encoder.

// ScannerType is _json.Scanner, what make_scanner returns.
var ScannerType = py.ObjectType.NewType("_json.Scanner", "JSON scanner object", nil, nil)

// scanner scans one JSON value at a given index with a JSONDecoder's
// settings, read when it was made.
type scanner struct{ hooks py.Tuple }

// Type returns ScannerType.
func (*scanner) Type() *py.Type { return ScannerType }

var _ py.I__call__ = (*scanner)(nil)

// EncoderType is _json.Encoder, what make_encoder returns.
var EncoderType = py.ObjectType.NewType("_json.Encoder", "_iterencode(obj, _current_indent_level) -> iterable", nil, nil)

// cEncoder encodes with a JSONEncoder's settings; strFn, when not one
// of the module's own escapers, encodes every str.
type cEncoder struct {
	proto encoder
	strFn py.Object
}

// Type returns EncoderType.
func (*cEncoder) Type() *py.Type { return EncoderType }

var _ py.I__call__ = (*cEncoder)(nil)

var (
	escapeASCII   = py.MustNewMethod("encode_basestring_ascii", cjson_escape(true), 0, "encode_basestring_ascii(s) -> str\n\nThe JSON string literal for s, quotes included, with every non-ASCII\ncharacter written as a \\u escape.")
	escapeUnicode = py.MustNewMethod("encode_basestring", cjson_escape(false), 0, "encode_basestring(s) -> str\n\nThe JSON string literal for s, quotes included; characters beyond\nASCII are kept as they are.")
)

// cjson_escape makes encode_basestring(_ascii)(s).
func cjson_escape(ascii bool) func(py.Object, py.Tuple) (py.Object, error) {
	return func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("function takes exactly 1 argument (%d given)", len(args))
		}
		s, ok := args[0].(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("first argument must be a string, not %s", pyutil.TypeName(args[0]))
		}
		return py.String(appendString(nil, string(s), ascii)), nil
	}
}

// json_scanstring is scanstring(string, end, strict=True): the text of
// the JSON string whose opening quote is at end-1, and the index after
// its closing quote.
func json_scanstring(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("scanstring() takes no keyword arguments")
	}
	if len(args) < 2 || len(args) > 3 {
		return nil, pyutil.TypeErrorf("scanstring() takes from 2 to 3 positional arguments but %d were given", len(args))
	}
	if _, big := args[1].(*py.BigInt); big {
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	end, err := indexArg(args[1])
	if err != nil {
		return nil, err
	}
	s, ok := args[0].(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("first argument must be a string, not %s", pyutil.TypeName(args[0]))
	}
	strict := py.Object(py.True)
	if len(args) == 3 {
		strict = args[2]
	}
	d, err := newDecoder(string(s), py.Tuple{strict, py.None, py.None, py.None, py.None, py.None})
	if err != nil {
		return nil, err
	}
	if end < 0 || end > len([]rune(d.s)) {
		return nil, pyutil.ValueErrorf("end is out of bounds")
	}
	start := byteIndex(d.s, end)
	text, after, err := d.str(start)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.String(text), py.Int(end + charIndexFrom(d.s, start, after))}, nil
}

// scannerHooks reads a JSONDecoder's settings as newDecoder takes them.
func scannerHooks(ctx py.Object) (py.Tuple, error) {
	names := []string{"strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"}
	hooks := make(py.Tuple, len(names))
	for i, name := range names {
		v, err := vm.GetAttr(ctx, name)
		if err != nil {
			return nil, err
		}
		hooks[i] = v
	}
	if strict, err := truth(hooks[0]); err != nil {
		return nil, err
	} else {
		hooks[0] = py.NewBool(strict)
	}
	// The built-in float and int parse as the scanner does itself.
	if hooks[3] == py.FloatType {
		hooks[3] = py.None
	}
	if hooks[4] == py.IntType {
		hooks[4] = py.None
	}
	return hooks, nil
}

func cjson_make_scanner(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("make_scanner() takes exactly 1 argument (%d given)", len(args))
	}
	hooks, err := scannerHooks(args[0])
	if err != nil {
		return nil, err
	}
	return &scanner{hooks: hooks}, nil
}

// M__call__ is scan_once(string, idx): (value, index after it), or
// StopIteration(idx) when no value starts at idx.
func (sc *scanner) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 2 || len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("scan_once() takes exactly 2 arguments (%d given)", len(args)+len(kwargs))
	}
	s, ok := args[0].(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("first argument must be a string, not %s", pyutil.TypeName(args[0]))
	}
	idx, err := indexArg(args[1])
	if err != nil {
		return nil, err
	}
	d, err := newDecoder(string(s), sc.hooks)
	if err != nil {
		return nil, err
	}
	if idx < 0 || idx >= len([]rune(d.s)) {
		return nil, &py.Exception{Base: py.StopIteration, Args: py.Tuple{py.Int(idx)}}
	}
	start := byteIndex(d.s, idx)
	v, end, err := d.value(start)
	if st, ok := err.(stopIteration); ok {
		return nil, &py.Exception{Base: py.StopIteration, Args: py.Tuple{py.Int(idx + charIndexFrom(d.s, start, st.pos))}}
	}
	if err != nil {
		return nil, err
	}
	return py.Tuple{v, py.Int(idx + charIndexFrom(d.s, start, end))}, nil
}

// cjson_make_encoder is make_encoder(markers, default, encoder, indent,
// key_separator, item_separator, sort_keys, skipkeys, allow_nan).
func cjson_make_encoder(_ py.Object, args py.Tuple) (py.Object, error) {
	names := []string{"markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"}
	if len(args) < len(names) {
		return nil, pyutil.TypeErrorf("Required argument '%s' (pos %d) not found", names[len(args)], len(args)+1)
	}
	if len(args) > len(names) {
		return nil, pyutil.TypeErrorf("function takes at most 9 arguments (%d given)", len(args))
	}
	markers := args[0]
	if _, ok := markers.(*vm.Dict); !ok && markers != py.None {
		return nil, pyutil.TypeErrorf("make_encoder() argument 1 must be dict or None, not %s", pyutil.TypeName(markers))
	}
	ce := &cEncoder{proto: encoder{defaultFn: args[1]}}
	switch args[2] {
	case escapeASCII:
		ce.proto.ensureASCII = true
	case escapeUnicode:
	default:
		ce.strFn = args[2]
	}
	if args[3] != py.None {
		s, ok := args[3].(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("make_encoder() argument 4 must be str or None, not %s", pyutil.TypeName(args[3]))
		}
		ce.proto.indent, ce.proto.hasIndent = string(s), true
	}
	for i, p := range []*string{&ce.proto.keySep, &ce.proto.itemSep} {
		s, ok := args[4+i].(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("make_encoder() argument %d must be str, not %s", 5+i, pyutil.TypeName(args[4+i]))
		}
		*p = string(s)
	}
	for i, p := range []*bool{&ce.proto.sortKeys, &ce.proto.skipKeys, &ce.proto.allowNaN} {
		b, err := truth(args[6+i])
		if err != nil {
			return nil, err
		}
		*p = b
	}
	if markers != py.None {
		ce.proto.markers = map[uintptr]struct{}{}
	}
	return ce, nil
}

// M__call__ is encoder(obj, _current_indent_level): the JSON text of
// obj, as a list of one chunk (as CPython's, which joins its pieces).
func (ce *cEncoder) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 2 || len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("function takes exactly 2 arguments (%d given)", len(args)+len(kwargs))
	}
	level, err := indexArg(args[1])
	if err != nil {
		return nil, err
	}
	e := ce.proto
	e.level = level
	e.strFn = ce.strFn
	if e.markers != nil {
		e.markers = map[uintptr]struct{}{}
	}
	if err := e.encode(args[0]); err != nil {
		return nil, err
	}
	return py.NewListFromItems([]py.Object{py.String(e.buf)}), nil
}

func init() {
	// ObjectType.NewType leaves object as the metatype; type(X) is type in CPython.
	ScannerType.ObjectType = py.TypeType
	EncoderType.ObjectType = py.TypeType
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_json", Doc: "json speedups\n"},
		Methods: []*py.Method{
			py.MustNewMethod("scanstring", pyutil.Guard(json_scanstring), 0, "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string."),
			py.MustNewMethod("make_scanner", cjson_make_scanner, 0, "make_scanner(context) -> JSON scanner object"),
			py.MustNewMethod("make_encoder", cjson_make_encoder, 0, "make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan) -> JSON encoder object"),
			escapeASCII,
			escapeUnicode,
		},
	})
}
