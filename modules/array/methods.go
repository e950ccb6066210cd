package pyarray

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// self returns the receiver of a method call.
func self(o py.Object) *Array { return o.(*Array) }

// argsN checks a method's positional argument count, CPython style.
func argsN(name string, args py.Tuple, min, max int) error {
	if len(args) >= min && len(args) <= max {
		return nil
	}
	switch {
	case min == max && min == 1:
		return pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
	case min == max && min == 0:
		return pyutil.TypeErrorf("%s() takes no arguments (%d given)", name, len(args))
	case len(args) < min:
		return pyutil.TypeErrorf("%s expected at least %d arguments, got %d", name, min, len(args))
	}
	return pyutil.TypeErrorf("%s expected at most %d arguments, got %d", name, max, len(args))
}

// resizers are the methods that may change the array's size.
var resizers = map[string]bool{
	"append": true, "extend": true, "insert": true, "pop": true, "remove": true,
	"fromlist": true, "frombytes": true, "fromstring": true, "fromunicode": true, "fromfile": true,
}

// def registers a method on array.array taking positional arguments.
func def(name string, min, max int, doc string, f func(a *Array, args py.Tuple) (py.Object, error)) {
	ArrayType.Dict[name] = py.MustNewMethod(name, func(s py.Object, args py.Tuple) (py.Object, error) {
		if err := argsN(name, args, min, max); err != nil {
			return nil, err
		}
		if resizers[name] {
			a := self(s)
			return a.resizing(func() (py.Object, error) { return f(a, args) })
		}
		return f(self(s), args)
	}, 0, doc)
}

func init() {
	ArrayType.Dict["typecode"] = &py.Property{Fget: func(s py.Object) (py.Object, error) {
		return py.String(string(rune(self(s).k.code))), nil
	}}
	ArrayType.Dict["itemsize"] = &py.Property{Fget: func(s py.Object) (py.Object, error) {
		return py.Int(self(s).k.size), nil
	}}
	def("append", 1, 1, "Add one item at the end.", func(a *Array, args py.Tuple) (py.Object, error) {
		return py.None, a.appendItem(args[0])
	})
	def("buffer_info", 0, 0, "Return (address, item count) of the storage.", func(a *Array, args py.Tuple) (py.Object, error) {
		return py.Tuple{py.Int(addressOf(a)), py.Int(a.n())}, nil
	})
	def("byteswap", 0, 0, "Reverse the byte order of every item in place.", func(a *Array, args py.Tuple) (py.Object, error) {
		a.byteswap()
		return py.None, nil
	})
	def("count", 1, 1, "Count the items equal to x.", func(a *Array, args py.Tuple) (py.Object, error) {
		n := 0
		for i := 0; i < a.n(); i++ {
			v, err := a.item(i)
			if err != nil {
				return nil, err
			}
			eq, err := py.Eq(v, args[0])
			if err != nil {
				return nil, err
			}
			if eq == py.True {
				n++
			}
		}
		return py.Int(n), nil
	})
	def("extend", 1, 1, "Append the items of an iterable or array of the same kind.", func(a *Array, args py.Tuple) (py.Object, error) {
		return py.None, a.extendIterable(args[0])
	})
	def("frombytes", 1, 1, "Append items from raw machine bytes.", func(a *Array, args py.Tuple) (py.Object, error) {
		if o, ok := args[0].(*Array); ok && o.k.size != 1 {
			return nil, pyutil.TypeErrorf("a bytes-like object is required")
		}
		b, err := pyutil.BytesLike(args[0])
		if err != nil {
			return nil, err
		}
		return py.None, a.fromBytes(append([]byte(nil), b...))
	})
	def("fromfile", 2, 2, "Read n items from a file object's read().", func(a *Array, args py.Tuple) (py.Object, error) {
		n, err := clampIndex(args[1])
		if err != nil {
			return nil, err
		}
		if n > 1<<40 {
			return nil, py.ExceptionNewf(py.MemoryError, "")
		}
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative count")
		}
		read, err := attr(args[0], "read")
		if err != nil {
			return nil, err
		}
		r, err := py.Call(read, py.Tuple{py.Int(n * a.k.size)}, nil)
		if err != nil {
			return nil, err
		}
		b, ok := r.(py.Bytes)
		if !ok {
			return nil, pyutil.TypeErrorf("read() didn't return bytes")
		}
		if err := a.fromBytes(b); err != nil {
			return nil, err
		}
		if len(b) != n*a.k.size {
			return nil, py.ExceptionNewf(py.EOFError, "read() didn't return enough bytes")
		}
		return py.None, nil
	})
	def("fromlist", 1, 1, "Append the items of a list (all or none).", func(a *Array, args py.Tuple) (py.Object, error) {
		l, ok := args[0].(*py.List)
		if !ok {
			return nil, pyutil.TypeErrorf("arg must be list")
		}
		keep := len(a.data)
		for _, v := range l.Items {
			if err := a.appendItem(v); err != nil {
				a.data = a.data[:keep]
				return nil, err
			}
		}
		return py.None, nil
	})
	def("fromunicode", 1, 1, "Append the characters of a str to a 'u' array.", func(a *Array, args py.Tuple) (py.Object, error) {
		s, ok := args[0].(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("fromunicode() argument must be str, not %s", pyutil.TypeName(args[0]))
		}
		if !a.k.unicode {
			return nil, py.ExceptionNewf(py.ValueError, "fromunicode() may only be called on unicode type arrays")
		}
		a.fromUnicode(string(s))
		return py.None, nil
	})
	def("index", 1, 1, "Return the first index of x.", func(a *Array, args py.Tuple) (py.Object, error) {
		i, err := a.find(args[0], 0)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "array.index(x): x not in list")
		}
		return py.Int(i), nil
	})
	def("insert", 2, 2, "Insert x before position i.", func(a *Array, args py.Tuple) (py.Object, error) {
		i, err := clampIndex(args[0])
		if err != nil {
			return nil, err
		}
		n := a.n()
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		var buf [8]byte
		sz := a.k.size
		if err := a.k.encode(buf[:sz], args[1]); err != nil {
			return nil, err
		}
		out := make([]byte, 0, len(a.data)+sz)
		out = append(out, a.data[:i*sz]...)
		out = append(out, buf[:sz]...)
		a.data = append(out, a.data[i*sz:]...)
		return py.None, nil
	})
	def("pop", 0, 1, "Remove and return the item at i (default last).", func(a *Array, args py.Tuple) (py.Object, error) {
		var key py.Object = py.Int(-1)
		if len(args) == 1 {
			if _, err := clampIndex(args[0]); err != nil {
				return nil, err
			}
			key = args[0]
		}
		if a.n() == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from empty array")
		}
		i, err := a.index(key, "pop index out of range")
		if err != nil {
			return nil, err
		}
		v, err := a.item(i)
		if err != nil {
			return nil, err
		}
		sz := a.k.size
		a.data = append(a.data[:i*sz], a.data[i*sz+sz:]...)
		return v, nil
	})
	def("remove", 1, 1, "Remove the first item equal to x.", func(a *Array, args py.Tuple) (py.Object, error) {
		i, err := a.find(args[0], 0)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "array.remove(x): x not in list")
		}
		sz := a.k.size
		a.data = append(a.data[:i*sz], a.data[i*sz+sz:]...)
		return py.None, nil
	})
	def("reverse", 0, 0, "Reverse the items in place.", func(a *Array, args py.Tuple) (py.Object, error) {
		sz := a.k.size
		out := make([]byte, len(a.data))
		n := a.n()
		for i := 0; i < n; i++ {
			copy(out[(n-1-i)*sz:], a.data[i*sz:i*sz+sz])
		}
		a.data = out
		return py.None, nil
	})
	def("tostring", 0, 0, "Return the items' machine representation (deprecated: tobytes()).", func(a *Array, args py.Tuple) (py.Object, error) {
		if err := vm.WarnDeprecation("tostring() is deprecated. Use tobytes() instead."); err != nil {
			return nil, err
		}
		return py.Bytes(append([]byte(nil), a.data...)), nil
	})
	def("fromstring", 1, 1, "Append items from raw machine bytes (deprecated: frombytes()).", func(a *Array, args py.Tuple) (py.Object, error) {
		var b []byte
		if s, ok := args[0].(py.String); ok {
			b = []byte(string(s)) // 3.6 takes a str as its UTF-8 bytes
		} else {
			bl, err := pyutil.BytesLike(args[0])
			if err != nil {
				return nil, err
			}
			b = bl
		}
		if err := vm.WarnDeprecation("fromstring() is deprecated. Use frombytes() instead."); err != nil {
			return nil, err
		}
		return py.None, a.fromBytes(append([]byte(nil), b...))
	})
	def("tobytes", 0, 0, "Return the items' machine representation.", func(a *Array, args py.Tuple) (py.Object, error) {
		return py.Bytes(append([]byte(nil), a.data...)), nil
	})
	def("tofile", 1, 1, "Write the items' machine representation to a file object.", func(a *Array, args py.Tuple) (py.Object, error) {
		if len(a.data) == 0 {
			return py.None, nil
		}
		write, err := attr(args[0], "write")
		if err != nil {
			return nil, err
		}
		_, err = py.Call(write, py.Tuple{py.Bytes(append([]byte(nil), a.data...))}, nil)
		return py.None, err
	})
	def("tolist", 0, 0, "Return the items as a list.", func(a *Array, args py.Tuple) (py.Object, error) {
		return a.toList()
	})
	def("tounicode", 0, 0, "Return a 'u' array's characters as a str.", func(a *Array, args py.Tuple) (py.Object, error) {
		if !a.k.unicode {
			return nil, py.ExceptionNewf(py.ValueError, "tounicode() may only be called on unicode type arrays")
		}
		s, err := a.toUnicode()
		return py.String(s), err
	})
	def("__copy__", 0, 0, "Return a copy.", func(a *Array, args py.Tuple) (py.Object, error) {
		return a.clone(append([]byte(nil), a.data...)), nil
	})
	def("__deepcopy__", 1, 1, "Return a copy.", func(a *Array, args py.Tuple) (py.Object, error) {
		return a.clone(append([]byte(nil), a.data...)), nil
	})
	reduceEx := py.MustNewMethod("__reduce_ex__", func(s py.Object, args py.Tuple) (py.Object, error) {
		if err := argsN("__reduce_ex__", args, 1, 1); err != nil {
			return nil, err
		}
		// The receiver is the instance itself: a subclass's pickle
		// names its class and carries its attributes.
		cls, state := vm.ReduceParts(s)
		a := self(pyutil.Unwrap(s))
		proto, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		if proto < 3 {
			l, err := a.toList()
			if err != nil {
				return nil, err
			}
			return py.Tuple{cls, py.Tuple{py.String(string(rune(a.k.code))), l}, state}, nil
		}
		return py.Tuple{reconstructorObject(), py.Tuple{cls, py.String(string(rune(a.k.code))),
			py.Int(a.k.mformat), py.Bytes(append([]byte(nil), a.data...))}, state}, nil
	}, 0, "Pickle support.")
	vm.TakesInstance(reduceEx)
	ArrayType.Dict["__reduce_ex__"] = reduceEx
	def("__reduce__", 0, 0, "Pickle support.", func(a *Array, args py.Tuple) (py.Object, error) {
		return nil, pyutil.TypeErrorf("can't pickle array objects")
	})
	def("__sizeof__", 0, 0, "Size in memory, in bytes.", func(a *Array, args py.Tuple) (py.Object, error) {
		return py.Int(64 + cap(a.data)), nil
	})
}

// clampIndex converts an insert/pop position, TypeError for non-integers.
func clampIndex(o py.Object) (int, error) {
	switch o.(type) {
	case *py.BigInt:
		if i, ok := ssizeOf(o); ok {
			return i, nil
		}
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	case py.Int, py.Bool:
		return indexArg(o)
	case py.String, py.Float, py.Bytes, *py.List, py.Tuple, py.NoneType:
	default:
		if i, err := py.Index(o); err == nil {
			return int(i), nil
		}
	}
	return 0, pyutil.TypeErrorf("'%s' object cannot be interpreted as an integer", pyutil.TypeName(o))
}

// byteswap reverses the bytes of every item.
func (a *Array) byteswap() {
	sz := a.k.size
	for i := 0; i < len(a.data); i += sz {
		it := a.data[i : i+sz]
		for l, r := 0, sz-1; l < r; l, r = l+1, r-1 {
			it[l], it[r] = it[r], it[l]
		}
	}
}

// attr is getattr(o, name) with CPython's AttributeError text.
func attr(o py.Object, name string) (py.Object, error) {
	v, err := py.GetAttrString(o, name)
	if err != nil && py.IsException(py.AttributeError, err) {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", pyutil.TypeName(o), name)
	}
	return v, err
}
