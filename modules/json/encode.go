package json

import (
	"math"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/nsorder"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// encoder holds one JSONEncoder's settings for one encode call. It writes
// what CPython 3.6's C encoder (indent None) or its Python encoder
// (indent set) produces: the two agree on everything but layout.
type encoder struct {
	skipKeys    bool
	ensureASCII bool
	allowNaN    bool
	sortKeys    bool
	indent      string // the text of one level
	hasIndent   bool   // indent is not None
	itemSep     string
	keySep      string
	defaultFn   py.Object // None: raise the TypeError JSONEncoder.default raises
	strFn       py.Object // nil, or the function that encodes a str (_json.make_encoder's)

	markers map[uintptr]struct{} // nil without check_circular
	level   int                  // indent level
	depth   int                  // containers and default() calls being encoded
	first   bool                 // no item yet in the dict being encoded
	buf     []byte
}

// str appends the JSON text of s, through strFn when it is set.
func (e *encoder) str(s py.String) error {
	if e.strFn == nil {
		e.buf = appendString(e.buf, string(s), e.ensureASCII)
		return nil
	}
	r, err := vm.Call(e.strFn, py.Tuple{s}, nil)
	if err != nil {
		return err
	}
	text, ok := r.(py.String)
	if !ok {
		return pyutil.TypeErrorf("encoder() must return a string, not %s", pyutil.TypeName(r))
	}
	e.buf = append(e.buf, text...)
	return nil
}

// errNotFinite is CPython's error for NaN and infinities with allow_nan false.
func errNotFinite() error {
	return pyutil.ValueErrorf("Out of range float values are not JSON compliant")
}

// encode appends the JSON text of o.
func (e *encoder) encode(o py.Object) error {
	switch v := o.(type) {
	case py.String:
		return e.str(v)
	case py.NoneType:
		e.buf = append(e.buf, "null"...)
		return nil
	case py.Bool:
		if v {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
		return nil
	case py.Int:
		e.buf = strconv.AppendInt(e.buf, int64(v), 10)
		return nil
	case *py.BigInt:
		e.buf = (*big.Int)(v).Append(e.buf, 10)
		return nil
	case py.Float:
		return e.float(float64(v))
	case *py.List:
		return e.list(o, v.Items, v)
	case py.Tuple:
		return e.list(o, v, nil)
	case *vm.Dict:
		return e.dict(o, v)
	case py.StringDict:
		return e.stringDict(o, v)
	}
	return e.other(o)
}

func (e *encoder) float(f float64) error {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		if !e.allowNaN {
			return errNotFinite()
		}
		switch {
		case math.IsNaN(f):
			e.buf = append(e.buf, "NaN"...)
		case f > 0:
			e.buf = append(e.buf, "Infinity"...)
		default:
			e.buf = append(e.buf, "-Infinity"...)
		}
		return nil
	}
	e.buf = append(e.buf, pyrepr.FloatRepr(f)...)
	return nil
}

// identity is the key of o in the markers: the address behind the value.
func identity(o py.Object) uintptr {
	switch v := o.(type) {
	case py.Tuple:
		if len(v) == 0 {
			return 0
		}
		return uintptr(reflect.ValueOf(v).Pointer())
	case py.StringDict:
		return reflect.ValueOf(v).Pointer()
	}
	rv := reflect.ValueOf(o)
	if rv.Kind() == reflect.Pointer {
		return rv.Pointer()
	}
	return 0
}

// enter records o as being encoded: CPython's "Circular reference
// detected" when it already is.
func (e *encoder) enter(o py.Object) (uintptr, error) {
	e.depth++
	if e.depth > maxDepth {
		return 0, errEncodeDepth()
	}
	if e.markers == nil {
		return 0, nil
	}
	id := identity(o)
	if id == 0 {
		return 0, nil
	}
	if _, ok := e.markers[id]; ok {
		return 0, pyutil.ValueErrorf("Circular reference detected")
	}
	e.markers[id] = struct{}{}
	return id, nil
}

func (e *encoder) leave(id uintptr) {
	e.depth--
	if id != 0 {
		delete(e.markers, id)
	}
}

func errEncodeDepth() error {
	return py.ExceptionNewf(vm.RecursionError, "maximum recursion depth exceeded while encoding a JSON object")
}

// empty appends the text of an empty container, which counts towards
// the nesting limit as CPython counts it.
func (e *encoder) empty(text string) error {
	if e.depth+1 > maxDepth {
		return errEncodeDepth()
	}
	e.buf = append(e.buf, text...)
	return nil
}

// newline starts a line at the current level (with indent only).
func (e *encoder) newline() {
	e.buf = append(e.buf, '\n')
	for i := 0; i < e.level; i++ {
		e.buf = append(e.buf, e.indent...)
	}
}

// list appends a JSON array of items; live, when not nil, is the list
// they belong to, whose items are read again at each step (default() may
// change the list while it is encoded, as in CPython).
func (e *encoder) list(o py.Object, items []py.Object, live *py.List) error {
	if len(items) == 0 {
		return e.empty("[]")
	}
	id, err := e.enter(o)
	if err != nil {
		return err
	}
	e.buf = append(e.buf, '[')
	if e.hasIndent {
		e.level++
		e.newline()
	}
	for i := 0; i < len(items); i++ {
		if i > 0 {
			e.buf = append(e.buf, e.itemSep...)
			if e.hasIndent {
				e.newline()
			}
		}
		if err := e.encode(items[i]); err != nil {
			return err
		}
		if live != nil {
			items = live.Items
		}
	}
	if e.hasIndent {
		e.level--
		e.newline()
	}
	e.buf = append(e.buf, ']')
	e.leave(id)
	return nil
}

// key appends the JSON text of a dict key; ok is false for a key that
// skipkeys drops.
func (e *encoder) key(k py.Object) (ok bool, err error) {
	switch v := k.(type) {
	case py.String:
		return true, e.str(v)
	case py.Float:
		e.buf = append(e.buf, '"')
		if err := e.float(float64(v)); err != nil {
			return false, err
		}
	case py.Bool:
		if v {
			e.buf = append(e.buf, `"true`...)
		} else {
			e.buf = append(e.buf, `"false`...)
		}
	case py.NoneType:
		e.buf = append(e.buf, `"null`...)
	case py.Int:
		e.buf = append(e.buf, '"')
		e.buf = strconv.AppendInt(e.buf, int64(v), 10)
	case *py.BigInt:
		e.buf = append(e.buf, '"')
		e.buf = (*big.Int)(v).Append(e.buf, 10)
	default:
		if v, ok := pyutil.BuiltinValue(k); ok {
			// An instance of a subclass of str, int or float (an IntEnum
			// member) is a key as its value.
			switch v.(type) {
			case py.String, py.Int, *py.BigInt, py.Float, py.Bool:
				return e.key(v)
			}
		}
		if e.skipKeys {
			return false, nil
		}
		if !e.hasIndent {
			// The C encoder's wording (CPython uses it without indent).
			return false, pyutil.TypeErrorf("keys must be a string")
		}
		r, err := vm.Repr(k)
		if err != nil {
			return false, err
		}
		return false, pyutil.TypeErrorf("key %s is not a string", r)
	}
	e.buf = append(e.buf, '"')
	return true, nil
}

// openItems starts the items of a dict after its '{'.
func (e *encoder) openItems() {
	if e.hasIndent {
		e.level++
		e.newline()
	}
	e.first = true
}

// item encodes one key: value pair of a dict (nothing for a key that
// skipkeys drops).
func (e *encoder) item(k, v py.Object) error {
	mark := len(e.buf)
	if !e.first {
		e.buf = append(e.buf, e.itemSep...)
		if e.hasIndent {
			e.newline()
		}
	}
	ok, err := e.key(k)
	if err != nil {
		return err
	}
	if !ok {
		e.buf = e.buf[:mark]
		return nil
	}
	e.buf = append(e.buf, e.keySep...)
	err = e.encode(v)
	e.first = false // also after a nested dict's items
	return err
}

// closeItems ends a dict.
func (e *encoder) closeItems() {
	if e.hasIndent {
		e.level--
		e.newline()
	}
	e.buf = append(e.buf, '}')
}

func (e *encoder) dict(o py.Object, d *vm.Dict) error {
	if d.Len() == 0 {
		return e.empty("{}")
	}
	id, err := e.enter(o)
	if err != nil {
		return err
	}
	e.buf = append(e.buf, '{')
	if e.sortKeys {
		n := d.Len()
		keys := make([]py.Object, 0, n)
		values := make([]py.Object, 0, n)
		d.Items(func(k, v py.Object) bool {
			keys = append(keys, k)
			values = append(values, v)
			return true
		})
		if err := sortItems(keys, values); err != nil {
			return err
		}
		e.openItems()
		for i, k := range keys {
			if err := e.item(k, values[i]); err != nil {
				return err
			}
		}
	} else {
		e.openItems()
		var err error
		d.Items(func(k, v py.Object) bool {
			err = e.item(k, v)
			return err == nil
		})
		if err != nil {
			return err
		}
	}
	e.closeItems()
	e.leave(id)
	return nil
}

// stringDict encodes a namespace (vars(), globals()): keys in insertion
// order as far as it is known (internal/nsorder), sorted with sort_keys.
func (e *encoder) stringDict(o py.Object, d py.StringDict) error {
	if len(d) == 0 {
		return e.empty("{}")
	}
	id, err := e.enter(o)
	if err != nil {
		return err
	}
	e.buf = append(e.buf, '{')
	e.openItems()
	keys := nsorder.Keys(d)
	if e.sortKeys {
		keys = nsorder.Sorted(d)
	}
	for _, n := range keys {
		if err := e.item(py.String(n), d[n]); err != nil {
			return err
		}
	}
	e.closeItems()
	e.leave(id)
	return nil
}

// other encodes what JSON has no type for through default().
func (e *encoder) other(o py.Object) error {
	if v, ok := pyutil.BuiltinValue(o); ok {
		// An instance of a script's subclass of str, int, float, list or
		// dict encodes as its value, as CPython's encoder sees it.
		return e.encode(v)
	}
	if e.defaultFn == nil || e.defaultFn == py.None {
		return notSerializable(o)
	}
	id, err := e.enter(o)
	if err != nil {
		return err
	}
	r, err := vm.Call(e.defaultFn, py.Tuple{o}, nil)
	if err != nil {
		return err
	}
	if err := e.encode(r); err != nil {
		return err
	}
	e.leave(id)
	return nil
}

// notSerializable is JSONEncoder.default's TypeError in CPython 3.6.
func notSerializable(o py.Object) error {
	return pyutil.TypeErrorf("Object of type '%s' is not JSON serializable", className(o))
}

// className is o.__class__.__name__.
func className(o py.Object) string {
	if t, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(t) {
		return t.Type().Name
	}
	return o.Type().Name
}

// sortItems sorts keys (and values alike) as sorted(d.items()) orders
// them: str keys by code point (UTF-8 byte order is the same order); any
// other mix with Python's < through the loop, in the order of list.sort's
// comparisons for the error a mix of types raises.
func sortItems(keys, values []py.Object) error {
	allStr := true
	for _, k := range keys {
		if _, ok := k.(py.String); !ok {
			allStr = false
			break
		}
	}
	if allStr {
		sort.Sort(strItems{keys, values})
		return nil
	}
	return vm.SortByKeys(keys, values)
}

type strItems struct{ keys, values []py.Object }

func (s strItems) Len() int { return len(s.keys) }
func (s strItems) Less(i, j int) bool {
	return s.keys[i].(py.String) < s.keys[j].(py.String)
}
func (s strItems) Swap(i, j int) {
	s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
	s.values[i], s.values[j] = s.values[j], s.values[i]
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string: CPython's
// encode_basestring_ascii with ascii, encode_basestring otherwise.
func appendString(b []byte, s string, ascii bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (c != 0x7f || !ascii) {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"':
				b = append(b, '\\', '"')
			case '\\':
				b = append(b, '\\', '\\')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = appendU(b, rune(c))
			}
			i++
			start = i
			continue
		}
		if !ascii {
			i++
			continue
		}
		r, size := pyutil.DecodeWTF8(s[i:]) // a lone surrogate is one \uXXXX
		b = append(b, s[start:i]...)
		if r >= 0x10000 {
			r -= 0x10000
			b = appendU(b, 0xd800|(r>>10)&0x3ff)
			b = appendU(b, 0xdc00|r&0x3ff)
		} else {
			b = appendU(b, r)
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func appendU(b []byte, r rune) []byte {
	return append(b, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
}
