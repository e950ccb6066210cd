package vm

import (
	"math/big"
	"math/bits"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// sys.intern and sys.getsizeof.
//
// getsizeof is approximate: gpython's values are Go values whose memory
// says nothing about CPython's, so it gives what 64-bit CPython 3.6 gives
// for the common objects (int, bool, float, complex, str by its widest
// character, bytes, bytearray, tuple, list, dict and set by the table
// CPython would have for their length, instances of Python classes,
// functions, modules), a plausible size for the others, and honours a
// class's own __sizeof__ (plus the GC header, as CPython adds for objects
// the collector tracks).

// gcHeader is sizeof(PyGC_Head) in 64-bit CPython 3.6.
const gcHeader = 32

func installSysSize(g py.StringDict) {
	g["intern"] = py.MustNewMethod("intern", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "intern() takes exactly 1 argument (%d given)", len(args))
		}
		switch s := args[0].(type) {
		case py.String:
			return s, nil
		case *py.Type:
			if v, ok := pyutil.BuiltinValue(s); ok {
				if _, ok := v.(py.String); ok {
					return nil, py.ExceptionNewf(py.TypeError, "can't intern %s", s.ObjectType.Name)
				}
			}
		}
		return nil, py.ExceptionNewf(py.TypeError, "intern() argument 1 must be str, not %s", typeName(args[0]))
	}, 0, "intern(string) -> string\n\nThe one shared copy of string, so that equal interned strings are the\nsame object and compare by identity.")
	g["getsizeof"] = py.MustNewMethod("getsizeof", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var obj, def py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:getsizeof", []string{"object", "default"}, &obj, &def); err != nil {
			return nil, err
		}
		n, err := sizeOf(obj)
		if err != nil {
			if def != nil && isTypeError(err) {
				return def, nil
			}
			return nil, err
		}
		return py.Int(n), nil
	}, 0, "getsizeof(object, default) -> int\n\nAn estimate of the memory object takes, in bytes, as 64-bit CPython\ncounts it: its __sizeof__ plus the garbage collector's header. default\nis returned when the size cannot be found.")
}

// Sizer is a Go value of another package that knows its size as CPython
// 3.6 lays the object out: SizeOf is its __sizeof__ (getsizeof adds the
// GC header), BasicSize what object.__sizeof__ answers (tp_basicsize).
type Sizer interface {
	SizeOf() int
	BasicSize() int
}

// sizeOf is getsizeof(o) without the default.
func sizeOf(o py.Object) (int, error) {
	if s, ok := o.(Sizer); ok {
		return s.SizeOf() + gcHeader, nil
	}
	if cls, ok := pythonClassOf(o); ok && cls.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		if m := userMethod(cls, "__sizeof__"); m != nil {
			r, err := callMethod(o, m)
			if err != nil {
				return 0, err
			}
			n, ok := r.(py.Int)
			if b, isBool := r.(py.Bool); isBool {
				n, ok = boolInt(b), true
			}
			if !ok {
				return 0, py.ExceptionNewf(py.TypeError, "an integer is required")
			}
			if n < 0 {
				return 0, py.ExceptionNewf(py.ValueError, "__sizeof__() should return >= 0")
			}
			return int(n) + gcHeader, nil
		}
		return instanceSize(o, cls), nil
	}
	if n, ok := valueSize(o); ok {
		return n, nil
	}
	return 48, nil
}

// instanceSize is the size of an instance of the Python class cls without
// a __sizeof__: the object header, its slots or its __dict__ and
// __weakref__ pointers, the GC header; a value of a built-in base counts
// as that value.
func instanceSize(o py.Object, cls *py.Type) int {
	base := 16
	if v, ok := pyutil.BuiltinValue(o); ok {
		if n, ok := valueSize(v); ok {
			base = n
		}
	}
	// Each slot name, __dict__ and __weakref__ included, is a pointer.
	slots, hasSlots := 0, true
	for _, b := range cls.Mro {
		bt := b.(*py.Type)
		if bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			break
		}
		s, ok := classSlots(bt) // as made, not as the namespace says now
		if !ok {
			hasSlots = false
			break
		}
		names, err := toTuple(s)
		if err != nil {
			if _, isStr := s.(py.String); isStr {
				names = py.Tuple{s}
			}
		}
		slots += len(names)
	}
	if !hasSlots {
		return base + 16 + gcHeader
	}
	if slots == 0 && !gcValueBase(o) {
		// empty __slots__ all the way over a base the collector does not
		// track: CPython 3.6 leaves such a class untracked, no GC header
		return base
	}
	return base + 8*slots + gcHeader
}

// gcValueBase reports whether o, an instance of a Python class, holds
// the value of a built-in base that is not plainly untracked (object,
// numbers).
func gcValueBase(o py.Object) bool {
	v, ok := pyutil.BuiltinValue(o)
	if !ok {
		return false
	}
	switch v.(type) {
	case py.Int, *py.BigInt, py.Float, py.Complex, py.Bool:
		return false
	}
	return true
}

// valueSize is CPython 3.6's getsizeof for the built-in values it knows.
func valueSize(o py.Object) (int, bool) {
	if o == py.NotImplemented || o == py.Ellipsis || o.Type() == py.ObjectType {
		return 16, true
	}
	switch v := o.(type) {
	case py.NoneType:
		return 16, true
	case py.Bool:
		if v {
			return 28, true
		}
		return 24, true
	case py.Int:
		x := int64(v)
		if x < 0 {
			x = -x
		}
		return 24 + 4*((bits.Len64(uint64(x))+29)/30), true
	case *py.BigInt:
		n := (*big.Int)(v).BitLen()
		return 24 + 4*((n+29)/30), true
	case py.Float:
		return 24, true
	case py.Complex:
		return 32, true
	case py.String:
		return strSize(string(v)), true
	case py.Bytes:
		return 33 + len(v), true
	case py.Tuple:
		return 24 + 8*len(v) + gcHeader, true
	case *py.List:
		return 40 + 8*len(v.Items) + gcHeader, true
	case *Dict:
		return dictSize(v.used), true
	case py.StringDict:
		return dictSize(len(v)), true
	case *Set:
		return setSize(v.used), true
	case *py.Function:
		return 112 + gcHeader, true
	case *py.Method:
		return 48 + gcHeader, true
	case *py.BoundMethod:
		return 32 + gcHeader, true
	case *py.Module:
		return 56 + gcHeader, true
	case *py.Range:
		return 48, true
	case *py.Slice:
		return 40 + gcHeader, true
	case *py.Exception:
		return 64 + gcHeader, true
	case *py.Type:
		if v.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			return 1064, true
		}
		return 400, true
	}
	if b, ok := bufferBytes(o); ok && pyrepr.IsByteArray(o) {
		if len(b) == 0 {
			return 56, true
		}
		return 57 + len(b), true
	}
	return 0, false
}

// strSize is a str's size in CPython's compact representation: one, two
// or four bytes a character after the widest, the ASCII header smaller.
func strSize(s string) int {
	widest, n := rune(0), 0
	for _, r := range s {
		widest = max(widest, r)
		n++
	}
	switch {
	case widest < 0x80:
		return 49 + n
	case widest < 0x100:
		return 73 + n
	case widest < 0x10000:
		return 74 + 2*n
	}
	return 76 + 4*n
}

// dictSize is the size of a dict of n items in the smallest table CPython
// 3.6 would give it: two thirds of the slots usable, one-byte indices up
// to 128 slots.
func dictSize(n int) int {
	slots := 8
	for slots*2/3 < n {
		slots *= 2
	}
	width := 8
	switch {
	case slots <= 0x80:
		width = 1
	case slots <= 0x8000:
		width = 2
	case slots <= 0x80000000:
		width = 4
	}
	return gcHeader + 48 + 40 + slots*width + (slots*2/3)*24
}

// setSize is the size of a set of n items: the object with its 8-slot
// table, plus a table of its own (16 bytes a slot) once it outgrows that.
func setSize(n int) int {
	if n < 5 {
		return 200 + gcHeader
	}
	slots := 32
	for n*20 > slots*13 {
		slots *= 4
	}
	return 200 + gcHeader + 16*slots
}
