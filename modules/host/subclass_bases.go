package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The types of this package that classes may derive from: bytearray,
// filled by its __init__ as list is (bytearray.__init__(self, src)
// replaces the contents), and enumerate, zip, map and filter,
// made by their constructors.
func init() {
	vm.RegisterValueBase(ByteArrayType, vm.ValueBase{
		Sample:     &ByteArray{},
		Unhashable: true,
		Empty:      func() py.Object { return &ByteArray{Data: []byte{}} },
		Init: func(old py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			b, ok := old.(*ByteArray)
			if !ok {
				return nil, pyutil.TypeErrorf("descriptor '__init__' requires a 'bytearray' object but received a '%s'", pyutil.TypeName(old))
			}
			nv, err := byteArrayNew(ByteArrayType, args, kwargs)
			if err != nil {
				return nil, err
			}
			if len(b.Data) != 0 {
				if err := b.canResize(); err != nil {
					return nil, err
				}
			}
			b.Data = nv.(*ByteArray).Data
			return b, nil
		},
	})
	vm.RegisterValueBase(py.EnumerateType, vm.ValueBase{Sample: &enumerateIter{}})
	// zip, map, filter and reversed refuse keyword arguments only when
	// called themselves: a derived class's __init__ may take some (3.6's
	// "type == &PyZip_Type &&" before _PyArg_NoKeywords).
	vm.RegisterValueBase(py.ZipType, vm.ValueBase{Sample: &zipIter{}, New: positionalOnly(zipNew)})
	vm.RegisterValueBase(py.MapType, vm.ValueBase{Sample: &mapIter{}, New: positionalOnly(mapNew)})
	vm.RegisterValueBase(py.FilterType, vm.ValueBase{Sample: &filterIter{}, New: positionalOnly(filterNew)})
	vm.RegisterValueBase(ReversedType, vm.ValueBase{Sample: &reversedIter{}, KeepArgs: true,
		New: func(base *py.Type, args py.Tuple, _ py.StringDict) (py.Object, error) {
			return reversedNew(base, args, nil)
		},
		Result: func(v py.Object) bool { _, own := v.(*reversedIter); return !own }})

	reduceEx := py.MustNewMethod("__reduce_ex__", func(self py.Object, args py.Tuple) (py.Object, error) {
		proto := 0
		if len(args) > 1 {
			return nil, pyutil.TypeErrorf("__reduce_ex__ expected at most 1 arguments, got %d", len(args))
		}
		if len(args) == 1 {
			n, err := py.IndexInt(args[0])
			if err != nil {
				return nil, err
			}
			proto = n
		}
		return byteArrayReduce(self, proto)
	}, 0, "What pickle and copy rebuild the object from.")
	reduce := py.MustNewMethod("__reduce__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, pyutil.TypeErrorf("__reduce__() takes no arguments (%d given)", len(args))
		}
		return byteArrayReduce(self, 2)
	}, 0, "What pickle and copy rebuild the object from.")
	if _, ok := py.BytesType.Dict["__getnewargs__"]; !ok {
		// What copy and pickle pass to a bytes subclass's __new__.
		py.BytesType.Dict["__getnewargs__"] = py.MustNewMethod("__getnewargs__", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 0 {
				return nil, pyutil.TypeErrorf("__getnewargs__() takes no arguments (%d given)", len(args))
			}
			b, ok := pyutil.Unwrap(self).(py.Bytes)
			if !ok {
				return nil, pyutil.TypeErrorf("descriptor '__getnewargs__' requires a 'bytes' object but received a '%s'", pyutil.TypeName(self))
			}
			return py.Tuple{py.Bytes(append([]byte(nil), b...))}, nil
		}, 0, "")
	}
	for _, m := range []*py.Method{reduceEx, reduce} {
		vm.TakesInstance(m)
		ByteArrayType.Dict[m.Name] = m
	}
}

// byteArrayReduce is the pickle of a bytearray (or of an instance of a
// class derived from it): below protocol 3 the contents travel as a
// latin-1 str, which older protocols can carry; from 3 on, as bytes.
func byteArrayReduce(self py.Object, proto int) (py.Object, error) {
	b, ok := pyutil.Unwrap(self).(*ByteArray)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor '__reduce_ex__' requires a 'bytearray' object but received a '%s'", pyutil.TypeName(self))
	}
	cls, state := vm.ReduceParts(self)
	if proto < 3 {
		runes := make([]rune, len(b.Data))
		for i, c := range b.Data {
			runes[i] = rune(c)
		}
		return py.Tuple{cls, py.Tuple{py.String(string(runes)), py.String("latin-1")}, state}, nil
	}
	if len(b.Data) == 0 {
		return py.Tuple{cls, py.Tuple{}, state}, nil
	}
	return py.Tuple{cls, py.Tuple{py.Bytes(append([]byte(nil), b.Data...))}, state}, nil
}

// positionalOnly is the value of a derived class's instance made by a
// built-in iterator's constructor from the positional arguments alone.
func positionalOnly(impl func(args py.Tuple, kwargs py.StringDict) (py.Object, error)) func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
	return func(_ *py.Type, args py.Tuple, _ py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		return impl(args, nil)
	}
}
