package vm

import (
	"math"
	"math/big"
	"math/bits"
	"strings"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/nsorder"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Iter is iter(o), with bytes iterable.
func Iter(o py.Object) (py.Object, error) {
	switch v := o.(type) {
	case *py.Exception:
		// An exception class of a script's that defines __iter__.
		if cls, ok := pythonClassOf(v); ok {
			if m := userMethod(cls, "__iter__"); m != nil {
				return callMethod(v, m)
			}
		}
	case *py.List:
		return &listIterator{l: v}, nil
	case py.Tuple:
		return &tupleIterator{t: v}, nil
	case py.StringDict:
		if sideOf(v) != nil {
			keys, _ := namespaceItems(v)
			return py.NewIterator(py.Tuple(keys)), nil
		}
		// The keys' tuple is shared with other iterations while the keys
		// are unchanged; an iterator only reads it.
		return py.NewIterator(nsorder.KeyTuple(v)), nil
	case py.Bytes:
		return &bytesIterator{b: v}, nil
	case py.String:
		return &strIterator{s: string(v)}, nil
	case *py.Type:
		if m, ok := metaclassMethod(v, "__iter__"); ok {
			return callMethod(v, m)
		}
		if val, ok := valueFor(v, "__iter__"); ok {
			it, err := Iter(val)
			if err == nil && identical(it, val) {
				return v, nil // an iterator's subclass (enumerate's) is its own iterator
			}
			return it, err
		}
		if cls := v.Type(); pyutil.IsInstanceObject(v) {
			if m := cls.Lookup("__iter__"); m == py.None {
				// __iter__ = None declares the class not iterable.
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", cls.Name)
			} else if m != nil {
				it, err := callMethod(v, m)
				if err != nil {
					return nil, err
				}
				if !isIterator(it) {
					return nil, py.ExceptionNewf(py.TypeError, "iter() returned non-iterator of type '%s'", it.Type().Name)
				}
				return it, nil
			}
			if cls.Lookup("__getitem__") != nil {
				return py.NewIterator(v), nil
			}
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", cls.Name)
		}
	}
	if m, ok := goTypeMethod(o, "__iter__"); ok {
		return m.Call(o, nil)
	}
	return py.Iter(o)
}

func isIterator(o py.Object) bool {
	if _, ok := o.(py.I__next__); ok {
		return true
	}
	if t, ok := o.(*py.Type); ok {
		return t.Type().Lookup("__next__") != nil
	}
	return false
}

// Next advances the iterator it: ok is false once it is exhausted.
func Next(it py.Object) (v py.Object, ok bool, err error) {
	return nextWith(it, nil)
}

// nextWith is Next, with the __next__ entry of a Go iterator's type
// taken from cache when one is given (fast_for_iter.go).
func nextWith(it py.Object, cache *nextCache) (v py.Object, ok bool, err error) {
	switch x := it.(type) {
	case *py.Generator:
		v, done, err := sendGenFromGo(x)
		if err != nil && py.IsException(py.StopIteration, err) {
			// Raised in the body without generator_stop (3.6's
			// default, deprecatedGeneratorStop): the generator ended.
			return nil, false, nil
		}
		if err != nil || done {
			return nil, false, err
		}
		return v, true, nil
	case *py.RangeIterator:
		r, ok := rangeNext(x)
		if !ok {
			return nil, false, nil
		}
		return boxInt(r), true, nil
	case *listIterator:
		v, ok := x.next()
		return v, ok, nil
	case *tupleIterator:
		v, ok := x.next()
		return v, ok, nil
	case *dictIterator:
		return x.next()
	case *setIterator:
		return x.next()
	case *bytesIterator:
		if x.i >= len(x.b) {
			x.done = true
			return nil, false, nil
		}
		x.i++
		return py.Int(x.b[x.i-1]), true, nil
	case *strIterator:
		return x.next()
	case *py.Iterator:
		if _, ok := pythonClassOf(x.Seq); ok {
			// The sequence protocol over an instance: its class's
			// __getitem__ found along the MRO (gpython looks in the
			// class only), as seq_iterator_protocol.go says.
			return seqIterNext(x)
		}
	case *py.Type:
		if cls, ok := pythonClassOf(x); ok {
			// __next__ along the MRO (gpython looks in the class only).
			m := cls.Lookup("__next__")
			if m == nil {
				return nil, false, py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", shortName(cls))
			}
			v, err = callMethod(x, m)
			if err != nil {
				if py.IsException(py.StopIteration, err) {
					return nil, false, nil
				}
				return nil, false, err
			}
			return v, true, nil
		}
	}
	if m, ok := cache.method(it); ok {
		v, err = m.Call(it, nil)
	} else {
		cache.stepOwn(it) // forIterStep's from now on
		v, err = py.Next(it)
	}
	if err != nil {
		if py.IsException(py.StopIteration, err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// GetItem is o[key].
func GetItem(o, key py.Object) (py.Object, error) {
	if r, ok := o.(*py.Range); ok {
		if _, ok := key.(*py.Slice); ok {
			return rangeSlice(r, key) // range_big.go
		}
	}
	if _, ok := key.(*py.Slice); ok {
		var err error
		if key, err = boundedKey(o, key); err != nil {
			return nil, err
		}
	}
	if b, ok := o.(py.Bytes); ok {
		return bytesItem(b, key)
	}
	if s, ok := o.(py.String); ok && hasSurrogates(string(s)) {
		switch key.(type) {
		case py.Int, py.Bool, *py.Slice:
			return surrogateStrItem(string(s), key)
		}
	}
	given := key // the type an overflow names
	if v, ok := pyutil.BuiltinValue(key); ok && isSequence(o) {
		// An int subclass indexes as its value.
		key = v
	} else if _, ok := pythonClassOf(key); ok {
		var err error
		if key, err = sequenceKey(o, key); err != nil {
			return nil, err
		}
	}
	key = smallIndexKey(key)
	if err := indexOverflow(o, key, given, false); err != nil {
		return nil, err
	}
	if i, ok := key.(py.Int); ok {
		switch v := o.(type) {
		case *py.List:
			if i < 0 {
				i += py.Int(len(v.Items))
			}
			if i < 0 || int(i) >= len(v.Items) {
				return nil, py.ExceptionNewf(py.IndexError, "list index out of range")
			}
			return v.Items[i], nil
		case py.Tuple:
			if i < 0 {
				i += py.Int(len(v))
			}
			if i < 0 || int(i) >= len(v) {
				return nil, py.ExceptionNewf(py.IndexError, "tuple index out of range")
			}
			return v[i], nil
		}
	}
	if d, ok := o.(*Dict); ok {
		return d.M__getitem__(key)
	}
	if d, ok := o.(py.StringDict); ok {
		if k, ok := strValue(key); ok {
			if v, ok := d[string(k)]; ok {
				return v, nil
			}
		} else if v, ok, err := sideGet(d, key); ok || err != nil {
			return v, err
		}
		return nil, keyError(key)
	}
	if v, ok := valueFor(o, "__getitem__"); ok {
		if cls := o.(*py.Type).ObjectType; cls.Lookup("__getitem__") == nil {
			return nil, notSubscriptable(cls, key) // int's subclass
		}
		return subclassGetItem(o, v, key)
	}
	if m, ok := metaclassMethod(o, "__getitem__"); ok {
		return callMethod(o, m, key)
	}
	if cls, ok := pythonClassOf(o); ok {
		if m := cls.Lookup("__getitem__"); m != nil {
			return callMethod(o, m, key)
		}
		return nil, notSubscriptable(cls, key) // slots_subscript_error.go
	}
	_, isSlice := key.(*py.Slice)
	var r py.Object
	var err error
	if t, ok := o.(py.Tuple); ok && isSlice {
		r, err = pyutil.TupleItem(t, key)
	} else {
		r, err = py.GetItem(o, key)
	}
	if err != nil {
		if isSlice && isGpythonIndexError(err) {
			// a bound that is not an int ('abc'[:'x'], memoryview, array)
			return nil, errSliceIndices()
		}
		if _, isStr := o.(py.String); isStr {
			if py.IsException(py.IndexError, err) {
				return nil, py.ExceptionNewf(py.IndexError, "string index out of range")
			}
			if isGpythonIndexError(err) {
				return nil, py.ExceptionNewf(py.TypeError, "string indices must be integers")
			}
		}
		if e := seqIndexTypeError(o, key, err); e != nil {
			return nil, e
		}
	}
	return r, err
}

// SetItem is o[key] = v.
func SetItem(o, key, v py.Object) error {
	return sliceIndicesError(key, setItem(o, key, v))
}

// sliceIndicesError is err, or CPython's TypeError when err is gpython's
// for a slice key whose bounds are not indexes.
func sliceIndicesError(key py.Object, err error) error {
	if err != nil {
		if _, ok := key.(*py.Slice); ok && isGpythonIndexError(err) {
			return errSliceIndices()
		}
	}
	return err
}

func setItem(o, key, v py.Object) error {
	if _, ok := key.(*py.Slice); ok {
		var err error
		if key, err = boundedKey(o, key); err != nil {
			return err
		}
	}
	if d, ok := o.(*Dict); ok {
		return d.SetItem(key, v)
	}
	if l, ok := o.(*py.List); ok {
		if s, ok := key.(*py.Slice); ok {
			return listSetSlice(l, s, v)
		}
	}
	given := key // the type an overflow names
	if _, ok := pythonClassOf(key); ok {
		var err error
		if key, err = sequenceKey(o, key); err != nil {
			return err
		}
	}
	key = smallIndexKey(key)
	if err := indexOverflow(o, key, given, true); err != nil {
		return err
	}
	if l, ok := o.(*py.List); ok {
		if handled, err := listSetIndex(l, key, v); handled {
			return err
		}
	}
	if d, ok := o.(py.StringDict); ok {
		if k, ok := key.(py.String); ok {
			// globals()[name] = v: a new name joins the namespace's
			// order as a bound name does.
			storeName(d, string(k), v)
			return nil
		}
		s, ok := strValue(key)
		if !ok {
			return sideSet(d, key, v)
		}
		storeName(d, string(s), v) // a str subclass's key: by its text
		return nil
	}
	if val, ok := valueFor(o, "__setitem__"); ok {
		return itemSupportError(o, SetItem(val, key, v), false)
	}
	if cls, ok := pythonClassOf(o); ok {
		if m := cls.Lookup("__setitem__"); m != nil {
			_, err := callMethod(o, m, key, v)
			return err
		}
		return py.ExceptionNewf(py.TypeError, "'%s' object does not support item assignment", shortName(cls))
	}
	if _, ok := o.(py.Bytes); ok {
		return py.ExceptionNewf(py.TypeError, "'bytes' object does not support item assignment")
	}
	_, err := py.SetItem(o, key, v)
	if err != nil {
		if e := seqIndexTypeError(o, key, err); e != nil {
			return e
		}
	}
	return itemSupportError(o, err, false)
}

// sequenceKey is the int an instance of a Python class with __index__
// gives as the index of a list, tuple, str, bytes, bytearray or range
// (looked up through the class's MRO now, so a base class given
// __index__ later counts); key itself otherwise.
func sequenceKey(o, key py.Object) (py.Object, error) {
	if _, isRange := o.(*py.Range); !isSequence(o) && !isRange && !pyrepr.IsByteArray(o) {
		return key, nil
	}
	if _, ok := pythonClassOf(key); !ok {
		return key, nil
	}
	return instanceIndex(key)
}

// itemSupportError is CPython's TypeError for o[key] = v (deletion
// false) or del o[key] on an object whose type has no such method, named
// for o's own type (a str subclass is not 'str') and worded as 3.6
// ("doesn't support item deletion"), when err is that refusal from o's
// value or gpython; otherwise err.
func itemSupportError(o py.Object, err error, deletion bool) error {
	msg, ok := pyutil.ExceptionMessage(err, py.TypeError)
	if !ok {
		return err
	}
	suffix := " support item assignment"
	if deletion {
		suffix = " support item deletion"
	}
	// Only the generic refusal "'T' object ... support item ..." is
	// reworded; a type's own message (mmap's) stays.
	if !strings.HasPrefix(msg, "'") || !strings.HasSuffix(msg, "does not"+suffix) && !strings.HasSuffix(msg, "doesn't"+suffix) {
		return err
	}
	if deletion {
		// 3.6 words it "doesn't" on its sequence path (types with a
		// length, and every class), "does not" for the rest (int, None).
		word := "does not"
		if _, ok := pythonClassOf(o); ok {
			word = "doesn't"
		} else if _, ok := o.(py.I__len__); ok && !isMappingProxy(o) {
			word = "doesn't"
		}
		return py.ExceptionNewf(py.TypeError, "'%s' object %s support item deletion", typeName(o), word)
	}
	return py.ExceptionNewf(py.TypeError, "'%s' object does not support item assignment", typeName(o))
}

// dictKeyCheck raises CPython's TypeError for a key that cannot be
// hashed. A namespace dict (py.StringDict) holds str keys only, so any
// other hashable key is simply absent.
func dictKeyCheck(key py.Object) error {
	_, err := Hash(key)
	return err
}

// DelItem is del o[key].
func DelItem(o, key py.Object) error {
	return sliceIndicesError(key, delItem(o, key))
}

func delItem(o, key py.Object) error {
	if _, ok := key.(*py.Slice); ok {
		var err error
		if key, err = boundedKey(o, key); err != nil {
			return err
		}
	}
	if d, ok := o.(*Dict); ok {
		_, err := d.M__delitem__(key)
		return err
	}
	if l, ok := o.(*py.List); ok {
		if s, ok := key.(*py.Slice); ok {
			return listDelSlice(l, s)
		}
	}
	given := key // the type an overflow names
	if _, ok := pythonClassOf(key); ok {
		var err error
		if key, err = sequenceKey(o, key); err != nil {
			return err
		}
	}
	key = smallIndexKey(key)
	if err := indexOverflow(o, key, given, true); err != nil {
		return err
	}
	if l, ok := o.(*py.List); ok {
		if handled, err := listDelIndex(l, key); handled {
			return err
		}
	}
	if val, ok := valueFor(o, "__delitem__"); ok {
		return itemSupportError(o, DelItem(val, key), true)
	}
	if d, ok := o.(py.StringDict); ok {
		if k, ok := key.(py.String); ok {
			if _, ok := d[string(k)]; ok {
				delete(d, string(k))
				return nil
			}
		} else if _, isStr := strValue(key); !isStr {
			if found, err := sideDel(d, key); found || err != nil {
				return err
			}
		}
		return &py.Exception{Base: py.KeyError, Args: py.Tuple{key}, Dict: py.StringDict{}}
	}
	if cls, ok := pythonClassOf(o); ok {
		if m := cls.Lookup("__delitem__"); m != nil {
			_, err := callMethod(o, m, key)
			return err
		}
		return py.ExceptionNewf(py.TypeError, "'%s' object doesn't support item deletion", shortName(cls))
	}
	if _, ok := o.(py.Bytes); ok {
		return py.ExceptionNewf(py.TypeError, "'bytes' object doesn't support item deletion")
	}
	_, err := py.DelItem(o, key)
	return itemSupportError(o, err, true)
}

func boolInt(b py.Bool) py.Int {
	if b {
		return 1
	}
	return 0
}

// sequenceCompare orders tuples and lists lexicographically (gpython has
// no tuple ordering, so sorted(d.items()) failed), and slices as the
// tuples of their start, stop and step.
func sequenceCompare(op int, a, b py.Object) (py.Object, bool, error) {
	var x, y []py.Object
	switch av := a.(type) {
	case py.Tuple:
		bv, ok := b.(py.Tuple)
		if !ok {
			return nil, false, nil
		}
		x, y = av, bv
	case *py.List:
		bv, ok := b.(*py.List)
		if !ok {
			return nil, false, nil
		}
		if len(av.Items) != len(bv.Items) && (op == cmpEQ || op == cmpNE) {
			// Lists of different lengths differ without comparing
			// items (3.6's list_richcompare; tuples compare items first).
			return py.NewBool(op == cmpNE), true, nil
		}
		x, y = av.Items, bv.Items
	case *py.Slice:
		bv, ok := b.(*py.Slice)
		if !ok {
			return nil, false, nil
		}
		x, y = sliceParts(av), sliceParts(bv)
	default:
		return nil, false, nil
	}
	i := 0
	for ; i < len(x) && i < len(y); i++ {
		if identical(x[i], y[i]) {
			continue
		}
		eq, err := compareOp(cmpEQ, x[i], y[i])
		if err != nil {
			return nil, true, err
		}
		same, err := Truth(eq)
		if err != nil {
			return nil, true, err
		}
		if !same {
			break
		}
	}
	if i >= len(x) || i >= len(y) {
		c := len(x) - len(y)
		return py.NewBool(cmpResult(op, c)), true, nil
	}
	switch op {
	case cmpEQ:
		return py.False, true, nil
	case cmpNE:
		return py.True, true, nil
	}
	r, err := compareOp(op, x[i], y[i])
	return r, true, err
}

// Contains is `x in seq`.
func Contains(seq, x py.Object) (bool, error) {
	switch s := seq.(type) {
	case py.StringDict:
		if k, ok := strValue(x); ok {
			_, in := s[string(k)]
			return in, nil
		}
		_, in, err := sideGet(s, x)
		return in, err
	case *Dict:
		_, ok, err := s.GetItem(x)
		return ok, err
	case *Set:
		return s.Contains(x)
	case *py.Range:
		if in, ok := rangeContains(s, x); ok {
			return in, nil
		}
		it, err := Iter(s)
		if err != nil {
			return false, err
		}
		return iterContains(it, x)
	case *py.List:
		for i := 0; i < len(s.Items); i++ {
			if eq, err := equal(s.Items[i], x); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case py.Tuple:
		for _, it := range s {
			if eq, err := equal(it, x); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case py.Bytes:
		return bytesContains(s, x)
	case *py.Exception:
		if cls, ok := pythonClassOf(s); ok {
			if m := userMethod(cls, "__contains__"); m != nil {
				r, err := callMethod(s, m, x)
				if err != nil {
					return false, err
				}
				return Truth(r)
			}
			if userMethod(cls, "__iter__") != nil {
				it, err := Iter(s)
				if err != nil {
					return false, err
				}
				return iterContains(it, x)
			}
		}
	case *py.Type:
		if m, ok := metaclassMethod(s, "__contains__"); ok {
			r, err := callMethod(s, m, x)
			if err != nil {
				return false, err
			}
			return Truth(r)
		}
		if m, ok := metaclassMethod(s, "__iter__"); ok {
			it, err := callMethod(s, m)
			if err != nil {
				return false, err
			}
			return iterContains(it, x)
		}
		if v, ok := valueFor(s, "__contains__"); ok {
			return Contains(v, x)
		}
		if cls := s.Type(); pyutil.IsInstanceObject(s) {
			if m := cls.Lookup("__contains__"); m != nil {
				r, err := callMethod(s, m, x)
				if err != nil {
					return false, err
				}
				return Truth(r)
			}
			it, err := Iter(s)
			if err != nil {
				return false, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", cls.Name)
			}
			for {
				v, ok, err := Next(it)
				if err != nil || !ok {
					return false, err
				}
				eq, err := equal(v, x)
				if err != nil || eq {
					return eq, err
				}
			}
		}
	}
	if _, ok := seq.(py.I__contains__); !ok {
		if _, ok := seq.(py.I__iter__); !ok {
			return false, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", seq.Type().Name)
		}
	}
	return py.SequenceContains(seq, x)
}

// equal is x == y as a Go bool, identity first as CPython's containers do.
func equal(x, y py.Object) (bool, error) {
	if identical(x, y) {
		return true, nil
	}
	r, err := compareOp(cmpEQ, x, y)
	if err != nil {
		return false, err
	}
	return Truth(r)
}

// containerNesting counts the container comparisons in progress, in all
// threads; past shallowNesting each one also counts on its thread's
// recursion depth.
var containerNesting atomic.Int32

const shallowNesting = 64

// isContainer reports whether o is a built-in container, whose
// comparison compares its items.
func isContainer(o py.Object) bool {
	switch o.(type) {
	case *py.List, py.Tuple, *Dict, py.StringDict, *Set:
		return true
	}
	return false
}

// binaryOp applies a BINARY_* or INPLACE_* operator.
func binaryOp(op byte, a, b py.Object) (py.Object, error) {
	// Small-int fast paths (fast_int_ops.go).
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			if r, ok := intArith(op, x, y); ok {
				return boxInt(r), nil
			}
			if r, ok := intArithWide(op, x, y); ok { // int_overflow.go
				return r, nil
			}
		}
	}
	if x, ok := a.(py.Bool); ok {
		if y, ok := b.(py.Bool); ok {
			// bool's own &, | and ^ keep the result a bool.
			switch op {
			case opBINARY_AND, opINPLACE_AND:
				return x && y, nil
			case opBINARY_OR, opINPLACE_OR:
				return x || y, nil
			case opBINARY_XOR, opINPLACE_XOR:
				return py.Bool(x != y), nil
			}
		}
	}
	if at, ok := a.(py.Tuple); ok && (op == opBINARY_ADD || op == opINPLACE_ADD) {
		// gpython's tuple + misplaces the items of tuples of different
		// lengths.
		if bt, ok := b.(py.Tuple); ok {
			out := make(py.Tuple, 0, len(at)+len(bt))
			return append(append(out, at...), bt...), nil
		}
		if _, ok := pythonClassOf(b); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can only concatenate tuple (not \"%s\") to tuple", b.Type().Name)
		}
	}
	if al, ok := a.(*py.List); ok && (op == opBINARY_ADD || op == opINPLACE_ADD) {
		if r, ok, err := listAdd(op, al, b); ok {
			return r, err
		}
	}
	if al, ok := a.(*py.List); ok && op == opINPLACE_MULTIPLY && isIndex(b) {
		return listRepeatInPlace(al, b)
	}
	if as, ok := a.(py.String); ok {
		switch op {
		case opBINARY_MODULO, opINPLACE_MODULO:
			// a str subclass's own __rmod__ goes first, as CPython's
			// reflected-subclass rule has it (instanceBinary calls it)
			if cb, ok := pythonClassOf(b); !ok || !cb.IsSubtype(py.StringType) || userMethod(cb, "__rmod__") == nil {
				return strFormat(as, b)
			}
		case opBINARY_ADD, opINPLACE_ADD:
			if bs, ok := b.(py.String); ok {
				return py.String(concatStrings(string(as), string(bs))), nil // concat_buffer.go
			}
			if _, ok := pythonClassOf(b); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "must be str, not %s", typeName(b))
			}
		}
	}
	if ab, ok := a.(py.Bytes); ok {
		switch op {
		case opBINARY_ADD, opINPLACE_ADD:
			if r, ok := bytesConcat(ab, b); ok {
				return r, nil
			}
			if _, ok := pythonClassOf(b); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytes", typeName(b))
			}
		case opBINARY_MULTIPLY, opINPLACE_MULTIPLY:
			if isIndex(b) {
				return bytesRepeat(ab, b)
			}
			return nil, py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", b.Type().Name)
		case opBINARY_MODULO, opINPLACE_MODULO:
			return bytesFormat(ab, b)
		}
	}
	if err := arithmeticError(op, a, b); err != nil {
		return nil, err
	}
	if err := complexOpError(op, a, b); err != nil {
		return nil, err
	}
	a, b, err := complexOperands(a, b)
	if err != nil {
		return nil, err
	}
	if op == opBINARY_POWER || op == opINPLACE_POWER {
		if r, ok, err := powOp(a, b); ok {
			return r, err
		}
	}
	if r, ok, err := instanceBinary(op, a, b); ok {
		return r, err
	}
	if op == opBINARY_MULTIPLY || op == opINPLACE_MULTIPLY {
		// A sequence repeated by an instance with __index__.
		var err error
		if isSequence(a) {
			b, err = instanceIndex(b)
		} else if isSequence(b) {
			a, err = instanceIndex(a)
		}
		if err != nil {
			return nil, err
		}
		if err := repeatCheck(a, b); err != nil {
			return nil, err
		}
		if err := repeatCheck(b, a); err != nil {
			return nil, err
		}
		// A tuple repeated once is itself, as in 3.6 (id(t * 1) == id(t)).
		if t, ok := a.(py.Tuple); ok && b == py.Object(py.Int(1)) {
			return t, nil
		}
		if t, ok := b.(py.Tuple); ok && a == py.Object(py.Int(1)) {
			return t, nil
		}
	}
	// gpython's bool has no arithmetic: bools count as ints.
	if x, ok := a.(py.Bool); ok && numberKind(b) != 0 {
		a = boolInt(x)
	}
	if y, ok := b.(py.Bool); ok && numberKind(a) != 0 {
		b = boolInt(y)
	}
	if bb, ok := b.(py.Bytes); ok && (op == opBINARY_MULTIPLY || op == opINPLACE_MULTIPLY) && isIndex(a) {
		return bytesRepeat(bb, a)
	}
	if op == opBINARY_MULTIPLY || op == opINPLACE_MULTIPLY {
		if isSequence(a) && !isIndex(b) && !isSequence(b) {
			if _, inst := pythonClassOf(b); !inst {
				return nil, py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", typeName(b))
			}
		}
		if isSequence(a) && isSequence(b) {
			return nil, py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", typeName(b))
		}
	}
	if x, y, ok, err := bigFloatOperands(op, a, b); ok {
		if err != nil {
			return nil, err
		}
		a, b = x, y
	}
	if r, ok := floatFloorOp(op, a, b); ok {
		return r, nil
	}
	if rd, ok := b.(py.I__rtruediv__); ok && (op == opBINARY_TRUE_DIVIDE || op == opINPLACE_TRUE_DIVIDE) &&
		numberKind(a) != 0 && goValueSpec(b.Type()) != nil {
		// int.__truediv__ takes ints and floats only; gpython's converts
		// any value with __float__ (decimal.Decimal), where 3.6 leaves
		// the division to that value's __rtruediv__.
		if r, err := rd.M__rtruediv__(a); err != nil || r != py.NotImplemented {
			return r, err
		}
	}
	r, err := numberOp(op, a, b)
	if err != nil && isUnsupportedOperand(err) {
		return nil, operandError(op, a, b)
	}
	return r, err
}

// isUnsupportedOperand reports whether err is gpython's TypeError for a
// binary operator neither operand implements.
func isUnsupportedOperand(err error) bool {
	msg, ok := typeErrorMessage(err)
	return ok && strings.HasPrefix(msg, "unsupported operand type(s) for")
}

// typeErrorMessage returns the message of err when err is a TypeError
// made with a single str argument, as the loop's own refusals are.
func typeErrorMessage(err error) (string, bool) {
	if !isTypeError(err) {
		return "", false
	}
	e, ok := exceptionOf(err).(*py.Exception)
	if !ok {
		return "", false
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return "", false
	}
	msg, ok := args[0].(py.String)
	return string(msg), ok
}

// operandError is CPython's TypeError for a op b when neither operand
// implements op: a sequence repeated by a non-integer names the other
// operand's type; anything else names the operator as written (the
// augmented form for an in-place one).
func operandError(op byte, a, b py.Object) error {
	if op == opBINARY_MULTIPLY || op == opINPLACE_MULTIPLY {
		if isSequence(a) && !isIndex(b) {
			return py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", tpName(b.Type()))
		}
		if isSequence(b) && !isIndex(a) {
			return py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", tpName(a.Type()))
		}
	}
	return unsupported(binaryNames[op][3], a, b)
}

// numberOp applies op through gpython's number protocol.
func numberOp(op byte, a, b py.Object) (py.Object, error) {
	switch op {
	case opBINARY_ADD:
		return py.Add(a, b)
	case opINPLACE_ADD:
		return py.IAdd(a, b)
	case opBINARY_SUBTRACT:
		return py.Sub(a, b)
	case opINPLACE_SUBTRACT:
		return py.ISub(a, b)
	case opBINARY_MULTIPLY:
		return py.Mul(a, b)
	case opINPLACE_MULTIPLY:
		return py.IMul(a, b)
	case opBINARY_MODULO:
		return py.Mod(a, b)
	case opINPLACE_MODULO:
		return py.IMod(a, b)
	case opBINARY_POWER:
		return py.Pow(a, b, py.None)
	case opINPLACE_POWER:
		return py.IPow(a, b, py.None)
	case opBINARY_FLOOR_DIVIDE:
		return py.FloorDiv(a, b)
	case opINPLACE_FLOOR_DIVIDE:
		return py.IFloorDiv(a, b)
	case opBINARY_TRUE_DIVIDE:
		if r, ok, err := intTrueDivide(a, b); ok {
			return r, err
		}
		return py.TrueDiv(a, b)
	case opINPLACE_TRUE_DIVIDE:
		if r, ok, err := intTrueDivide(a, b); ok {
			return r, err
		}
		return py.ITrueDiv(a, b)
	case opBINARY_LSHIFT:
		if err := lshiftCheck(a, b); err != nil {
			return nil, err
		}
		return py.Lshift(a, b)
	case opINPLACE_LSHIFT:
		if err := lshiftCheck(a, b); err != nil {
			return nil, err
		}
		return py.ILshift(a, b)
	case opBINARY_RSHIFT:
		return py.Rshift(a, b)
	case opINPLACE_RSHIFT:
		return py.IRshift(a, b)
	case opBINARY_AND:
		return py.And(a, b)
	case opINPLACE_AND:
		return py.IAnd(a, b)
	case opBINARY_XOR:
		return py.Xor(a, b)
	case opINPLACE_XOR:
		return py.IXor(a, b)
	case opBINARY_OR:
		return py.Or(a, b)
	case opINPLACE_OR:
		return py.IOr(a, b)
	}
	return nil, py.ExceptionNewf(py.SystemError, "vm: bad binary operator %d", op)
}

// isIndex reports whether o can be used as an integer (__index__).
func isIndex(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return true
	}
	if _, ok := o.(py.I__index__); ok {
		return true
	}
	if cls, ok := pythonClassOf(o); ok {
		return cls.Lookup("__index__") != nil
	}
	return false
}

// compareOp applies COMPARE_OP.
func compareOp(op int, a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			switch op {
			case cmpLT:
				return py.NewBool(x < y), nil
			case cmpLE:
				return py.NewBool(x <= y), nil
			case cmpEQ:
				return py.NewBool(x == y), nil
			case cmpNE:
				return py.NewBool(x != y), nil
			case cmpGT:
				return py.NewBool(x > y), nil
			case cmpGE:
				return py.NewBool(x >= y), nil
			}
		}
	}
	if x, ok := a.(py.String); ok && op <= cmpGE {
		if y, ok := b.(py.String); ok {
			return py.NewBool(valueCompare(op, x, y)), nil // fast_compare.go
		}
	}
	if op <= cmpGE {
		if r, ok := intFloatCompare(op, a, b); ok {
			return r, nil
		}
	}
	if op == cmpEQ || op == cmpNE {
		if r, ok := complexIntEqual(op, a, b); ok { // complex_ops.go
			return r, nil
		}
		if err := bytesComparisonWarning(a, b); err != nil { // bytes_warning.go
			return nil, err
		}
	}
	if _, ok := a.(*py.Range); ok && (op == cmpEQ || op == cmpNE) {
		if eq, ok := rangesEqual(a, b); ok { // range_big.go
			return py.NewBool(eq == (op == cmpEQ)), nil
		}
	}
	if ab, ok := a.(py.Bytes); ok && op <= cmpGE && !isPythonInstance(b) {
		if c, ok := bytesCompare(ab, b); ok {
			return py.NewBool(cmpResult(op, c)), nil
		}
		if op == cmpEQ {
			if bb, ok := bufferBytes(b); ok {
				return py.NewBool(string(ab) == string(bb)), nil
			}
			return py.False, nil
		}
		if op == cmpNE {
			if bb, ok := bufferBytes(b); ok {
				return py.NewBool(string(ab) != string(bb)), nil
			}
			return py.True, nil
		}
	}
	if op <= cmpGE && isContainer(a) {
		return compareNested(op, a, b)
	}
	return compareGeneral(op, a, b)
}

// compareNested compares containers, whose comparison compares their
// items: a list or dict that holds itself recurses without a Python
// frame. Nested comparisons count toward the recursion limit once they
// are deeper than any shallow one (containerNesting is a cheap
// process-wide trigger for the thread's exact count).
func compareNested(op int, a, b py.Object) (py.Object, error) {
	defer containerNesting.Add(-1)
	if containerNesting.Add(1) > shallowNesting {
		if t := heldThread(); t != nil {
			if err := t.enterNested(" in comparison"); err != nil {
				return nil, err
			}
			defer t.leaveNested()
		}
	}
	return compareGeneral(op, a, b)
}

// compareGeneral is compareOp past its fast paths.
func compareGeneral(op int, a, b py.Object) (py.Object, error) {
	if op <= cmpGE {
		if r, ok, err := cellsCompare(op, a, b); ok { // function_attrs.go
			return r, err
		}
		if r, ok, err := instanceCompare(op, a, b); ok {
			return r, err
		}
		if r, ok, err := metaclassCompare(op, a, b); ok { // compare_metaclass.go
			return r, err
		}
		if r, ok, err := sequenceCompare(op, a, b); ok {
			return r, err
		}
	}
	if op == cmpLT || op == cmpLE || op == cmpGT || op == cmpGE {
		return orderedCompare(op, a, b)
	}
	switch op {
	case cmpEQ, cmpNE:
		if eq, ok, err := namespacesEqual(a, b); ok {
			return py.NewBool(eq == (op == cmpEQ)), err
		}
		if eq, ok, err := methodsEqual(a, b); ok {
			return py.NewBool(eq == (op == cmpEQ)), err
		}
		if eq, ok := codesEqual(a, b); ok { // code_equal.go
			return py.NewBool(eq == (op == cmpEQ)), nil
		}
		var r py.Object
		var err error
		if op == cmpEQ {
			r, err = py.Eq(a, b)
		} else {
			r, err = py.Ne(a, b)
		}
		if err != nil && isUnsupportedOperand(err) {
			// Objects without an equality of their own compare by
			// identity, as object.__eq__ does.
			return py.NewBool(identical(a, b) == (op == cmpEQ)), nil
		}
		return r, err
	case cmpIN:
		r, err := Contains(b, a)
		return py.NewBool(r), err
	case cmpNOT_IN:
		r, err := Contains(b, a)
		return py.NewBool(!r), err
	case cmpIS:
		return py.NewBool(identical(a, b)), nil
	case cmpIS_NOT:
		return py.NewBool(!identical(a, b)), nil
	case cmpEXC_MATCH:
		r, err := exceptionMatches(a, b)
		return py.NewBool(r), err
	}
	return nil, py.ExceptionNewf(py.SystemError, "vm: bad comparison %d", op)
}

func cmpResult(op, c int) bool {
	switch op {
	case cmpLT:
		return c < 0
	case cmpLE:
		return c <= 0
	case cmpEQ:
		return c == 0
	case cmpNE:
		return c != 0
	case cmpGT:
		return c > 0
	}
	return c >= 0
}

// identical is `a is b`. Go's == on interfaces panics for values of
// uncomparable dynamic types (dicts are Go maps); those compare by
// identity of their storage.
func identical(a, b py.Object) bool {
	switch x := a.(type) {
	case py.StringDict:
		y, ok := b.(py.StringDict)
		return ok && sameMap(x, y)
	case py.Tuple:
		y, ok := b.(py.Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case py.Bytes:
		y, ok := b.(py.Bytes)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case py.Float:
		// A float is its value, except a NaN: one NaN object is
		// itself (Go's == says no), two are two, as in CPython,
		// where (nan1,) == (nan2,) is False and (nan1,) == (nan1,)
		// True. A NaN is told by its box, the interface's data word.
		y, ok := b.(py.Float)
		if !ok {
			return false
		}
		if x != x {
			return ifaceOf(unsafe.Pointer(&a)).data == ifaceOf(unsafe.Pointer(&b)).data
		}
		return math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	}
	switch b.(type) {
	case py.StringDict, py.Tuple, py.Bytes:
		return false
	}
	return a == b
}

// Repr is repr(o) as CPython prints it (internal/pyrepr, the project's one
// place for it).
func Repr(o py.Object) (string, error) {
	return pyrepr.Repr(o)
}

// unpack implements UNPACK_SEQUENCE (after < 0) and UNPACK_EX, pushing the
// items so that the first ends on top.
func unpack(f *frame, seq py.Object, before, after int) error {
	var items []py.Object
	switch s := seq.(type) {
	case py.Tuple:
		items = s
	case *py.List:
		items = s.Items
	default:
		it, err := Iter(seq)
		if err != nil {
			if isTypeError(err) {
				return py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", seq.Type().Name)
			}
			return err
		}
		for {
			v, ok, err := Next(it)
			if err != nil {
				return err
			}
			if !ok {
				break
			}
			items = append(items, v)
			if after < 0 && len(items) > before {
				break
			}
		}
	}
	n := len(items)
	if after < 0 {
		if n < before {
			return py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected %d, got %d)", before, n)
		}
		if n > before {
			return py.ExceptionNewf(py.ValueError, "too many values to unpack (expected %d)", before)
		}
		for i := n - 1; i >= 0; i-- {
			f.push(items[i])
		}
		return nil
	}
	if n < before+after {
		return py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, n)
	}
	for i := n - 1; i >= n-after; i-- {
		f.push(items[i])
	}
	f.push(py.NewListFromItems(append([]py.Object(nil), items[before:n-after]...)))
	for i := before - 1; i >= 0; i-- {
		f.push(items[i])
	}
	return nil
}

// orderedCompare is <, <=, > or >= through gpython's types, with CPython's
// message when neither operand orders the other.
func orderedCompare(op int, a, b py.Object) (py.Object, error) {
	shownA, shownB := a, b // the operands a TypeError names
	// bool is an int subclass; gpython's Bool has no ordering of its own
	if x, ok := a.(py.Bool); ok {
		a = boolInt(x)
	}
	if y, ok := b.(py.Bool); ok {
		b = boolInt(y)
	}
	var r py.Object
	var err error
	switch op {
	case cmpLT:
		r, err = py.Lt(a, b)
	case cmpLE:
		r, err = py.Le(a, b)
	case cmpGT:
		r, err = py.Gt(a, b)
	default:
		r, err = py.Ge(a, b)
	}
	if err != nil && isTypeError(err) {
		if e, ok := exceptionOf(err).(*py.Exception); ok {
			if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 {
				// gpython's complex numbers word their refusal their own way.
				if msg, ok := args[0].(py.String); ok && (strings.HasPrefix(string(msg), "unsupported operand type(s) for") || msg == "no ordering relation is defined for complex numbers") {
					return nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", compareNames[op].sym, typeName(shownA), typeName(shownB))
				}
			}
		}
	}
	return r, err
}

func isSequence(o py.Object) bool {
	switch o.(type) {
	case py.String, py.Tuple, *py.List, py.Bytes:
		return true
	}
	return false
}

// unaryOp applies -x, +x or ~x with CPython's error for a bad operand.
func unaryOp(sym string, fn func(py.Object) (py.Object, error), x py.Object) (py.Object, error) {
	if cls, ok := pythonClassOf(x); ok {
		name := map[string]string{"-": "__neg__", "+": "__pos__", "~": "__invert__"}[sym]
		if v, ok := valueFor(x, name); ok {
			return unaryOp(sym, fn, v)
		}
		if m := cls.Lookup(name); m != nil {
			return callMethod(x, m)
		}
		return nil, py.ExceptionNewf(py.TypeError, "bad operand type for unary %s: '%s'", sym, tpName(cls))
	}
	if b, ok := x.(py.Bool); ok {
		x = boolInt(b)
	}
	r, err := fn(x)
	if err != nil && isTypeError(err) {
		return nil, py.ExceptionNewf(py.TypeError, "bad operand type for unary %s: '%s'", sym, tpName(x.Type()))
	}
	if b, ok := r.(*py.BigInt); ok {
		// gpython's -(2**63) stays a big int: -2**63 is an int as any
		// other that fits, for the code that takes ints only.
		r = b.MaybeInt()
	}
	return r, err
}

// iterContains is `x in it` over an iterator.
func iterContains(it, x py.Object) (bool, error) {
	for {
		v, ok, err := Next(it)
		if err != nil || !ok {
			return false, err
		}
		eq, err := equal(v, x)
		if err != nil || eq {
			return eq, err
		}
	}
}

// instanceIndex is o.__index__() for an instance of a Python class that
// defines it (with CPython's check of the result), the int value of an
// instance of an int subclass (which is an int: CPython takes its value
// and ignores an __index__ it overrides), else o itself.
func instanceIndex(o py.Object) (py.Object, error) {
	cls, ok := pythonClassOf(o)
	if !ok {
		return o, nil
	}
	if v, ok := pyutil.BuiltinValue(o); ok {
		switch n := v.(type) {
		case py.Int, *py.BigInt:
			return n, nil
		case py.Bool:
			return boolInt(n), nil
		}
	}
	m := userMethod(cls, "__index__")
	if m == nil {
		return o, nil
	}
	r, err := callMethod(o, m)
	if err != nil {
		return nil, err
	}
	switch r.(type) {
	case py.Int, *py.BigInt:
		return r, nil
	case py.Bool:
		return boolInt(r.(py.Bool)), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", typeName(r))
}

// listAdd is list + x and list += x where x is not an instance of a
// Python class (whose __radd__ comes first): + takes a list only, +=
// extends the list in place by any iterable, as list.__iadd__ does.
func listAdd(op byte, l *py.List, b py.Object) (py.Object, bool, error) {
	if cls, ok := pythonClassOf(b); ok && (op == opBINARY_ADD || cls.Lookup("__radd__") != nil) {
		return nil, false, nil
	}
	if bl, ok := b.(*py.List); ok && op == opBINARY_ADD {
		out := make([]py.Object, 0, len(l.Items)+len(bl.Items))
		return py.NewListFromItems(append(append(out, l.Items...), bl.Items...)), true, nil
	}
	if op == opBINARY_ADD {
		return nil, true, py.ExceptionNewf(py.TypeError, "can only concatenate list (not \"%s\") to list", typeName(b))
	}
	if err := listExtendBy(l, b); err != nil {
		return nil, true, err
	}
	return l, true, nil
}

// repeatCheck is the error of seq * n, seq a str, list or tuple and n
// an int, when the result cannot be made: OverflowError for an n past a
// Py_ssize_t or a str whose length times n is past one, MemoryError when its bytes could not be allocated
// (pyutil.CheckAllocItems; a list or tuple item is an interface, 16
// bytes); nil otherwise.
func repeatCheck(seq, n py.Object) error {
	var size int
	switch v := seq.(type) {
	case py.String:
		size = len(v)
	case *py.List:
		size = 16 * len(v.Items)
	case py.Tuple:
		size = 16 * len(v)
	default:
		return nil
	}
	k, ok, err := intOperand(n, "cannot fit 'int' into an index-sized integer")
	if !ok {
		return err
	}
	if s, isStr := seq.(py.String); isStr && k > 0 && int64(len(s)) > math.MaxInt64/k &&
		int64(utf8.RuneCountInString(string(s))) > math.MaxInt64/k {
		// CPython counts characters against a Py_ssize_t before it
		// tries to allocate.
		return py.ExceptionNewf(py.OverflowError, "repeated string is too long")
	}
	return pyutil.CheckAllocItems(int(k), size)
}

// intOperand is the value of an int operand n (ok false for any other
// type), or OverflowError with overflow when it does not fit an int64.
func intOperand(n py.Object, overflow string) (v int64, ok bool, err error) {
	switch x := n.(type) {
	case py.Int:
		return int64(x), true, nil
	case *py.BigInt:
		if !(*big.Int)(x).IsInt64() {
			return 0, false, py.ExceptionNewf(py.OverflowError, "%s", overflow)
		}
		return (*big.Int)(x).Int64(), true, nil
	}
	return 0, false, nil
}

// lshiftCheck is the error of a << b for ints whose result cannot be
// made: OverflowError for a count outside a Py_ssize_t (3.6 says so
// before it looks at a or the sign), MemoryError for a result whose bytes could not be
// allocated; nil otherwise (a negative count is the shift's own error).
func lshiftCheck(a, b py.Object) error {
	count, ok, err := intOperand(b, "Python int too large to convert to C ssize_t")
	if !ok {
		return err
	}
	var bits int
	switch x := a.(type) {
	case py.Int:
		bits = bits64(int64(x))
	case *py.BigInt:
		bits = (*big.Int)(x).BitLen()
	default:
		return nil
	}
	if count <= 0 || bits == 0 {
		return nil
	}
	return pyutil.CheckAlloc(int(count/8) + bits/8 + 2)
}

// bits64 is the number of bits of x's absolute value.
func bits64(x int64) int {
	u := uint64(x)
	if x < 0 {
		u = -u
	}
	return bits.Len64(u)
}

// isGpythonIndexError reports whether err is gpython's TypeError for an
// index that is not an int ("unsupported operand type(s) for index").
func isGpythonIndexError(err error) bool {
	msg, ok := pyutil.ExceptionMessage(err, py.TypeError)
	return ok && strings.HasPrefix(msg, "unsupported operand type(s) for index")
}

// errSliceIndices is CPython's TypeError for a slice bound that is not
// None, an int or an object with __index__.
func errSliceIndices() error {
	return py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
}

// seqIndexTypeError is CPython's TypeError for a list or tuple indexed by
// something that is neither an int nor a slice, when err is gpython's
// ("unsupported operand type(s) for index"); nil otherwise.
func seqIndexTypeError(o, key py.Object, err error) error {
	var what string
	switch o.(type) {
	case *py.List:
		what = "list"
	case py.Tuple:
		what = "tuple"
	case *py.Range:
		what = "range"
	default:
		return nil
	}
	if !isGpythonIndexError(err) {
		return nil
	}
	if _, ok := key.(*py.Slice); ok {
		return errSliceIndices()
	}
	return py.ExceptionNewf(py.TypeError, "%s indices must be integers or slices, not %s", what, typeName(key))
}
