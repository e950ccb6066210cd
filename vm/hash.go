package vm

import (
	"hash/maphash"
	"math"
	"math/big"
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// hash() as CPython 3.6 computes it where the value is deterministic there
// (numbers, tuples of numbers, frozensets of numbers): numbers hash to
// their value modulo the Mersenne prime 2**61-1, so that 1, 1.0 and True
// are one dict key, and -1 is never a hash (it becomes -2). str and bytes
// hash with a per-process random seed, as CPython randomises them.

const (
	hashModulus  = 1<<61 - 1 // sys.hash_info.modulus
	hashInf      = 314159    // sys.hash_info.inf
	hashImag     = 1000003   // sys.hash_info.imag
	hashNotFound = -1        // never a hash value
)

var stringSeed = maphash.MakeSeed()

// Hash is hash(o): CPython's value for numbers and tuples, a random-seeded
// one for str and bytes, identity for objects without equality of their
// own, __hash__ for instances of Python classes, and TypeError "unhashable
// type: 'list'" for mutable containers.
func Hash(o py.Object) (int64, error) {
	switch v := o.(type) {
	case py.String:
		if n := len(v); n > 0 && n <= shortHashMax && seededHash.Load() == nil {
			return shortHash(string(v)), nil // fast_strhash.go
		}
		if h, ok := seededStrHash(string(v)); ok || v == "" {
			return h, nil
		}
		return fixHash(int64(maphash.String(stringSeed, string(v)))), nil
	case py.Int:
		return intHash(int64(v)), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case py.Tuple:
		return tupleHash(v)
	case py.Bytes:
		if n := len(v); n > 0 && n <= shortHashMax && seededHash.Load() == nil {
			return shortHash([]byte(v)), nil
		}
		if h, ok := seededBytesHash(v); ok || len(v) == 0 {
			return h, nil
		}
		return fixHash(int64(maphash.Bytes(stringSeed, v))), nil
	case py.Float:
		return floatHash(float64(v)), nil
	case *py.BigInt:
		return bigHash((*big.Int)(v)), nil
	case py.NoneType:
		return 0x5f3759df, nil
	case py.Complex:
		h := floatHash(real(v)) + hashImag*floatHash(imag(v))
		return fixHash(h), nil
	case *Set:
		if v.frozen {
			return v.frozenHash(), nil
		}
		return 0, unhashable(o)
	case *dictView:
		if v.kind == viewValues {
			return identityHash(o), nil // object's hash, as in 3.6
		}
		return 0, unhashable(o)
	case *Dict, *py.List, py.StringDict, *py.Set, *py.Slice, *py.Cell:
		return 0, unhashable(o)
	case *py.FrozenSet:
		return identityHash(o), nil
	case *py.Code:
		return codeHash(v), nil // code_equal.go
	case *py.Range:
		return rangeHash(v)
	case *py.BoundMethod:
		// Equal bound methods (the same function on equal objects, as
		// CPython 3.6 compares them) hash alike.
		f, err := Hash(v.Method)
		if err != nil {
			return 0, err
		}
		self := identityHash(v.Self)
		if _, ok := v.Method.(*py.Function); ok {
			if self, err = Hash(v.Self); err != nil {
				return 0, err
			}
		}
		return fixHash(self ^ f), nil
	case *py.Type:
		if cls, ok := pythonClassOf(v); ok {
			return instanceHash(v, cls)
		}
		if meta := v.Type(); meta != nil && meta.Flags&py.TPFLAGS_HEAPTYPE != 0 && !pyutil.IsInstanceObject(v) {
			// A class whose metaclass is written in Python: the
			// metaclass's __hash__ (or its __eq__ alone) decides.
			return instanceHash(v, meta)
		}
		return identityHash(o), nil
	case *py.Exception:
		if cls, ok := pythonClassOf(v); ok {
			return instanceHash(v, cls)
		}
		return identityHash(o), nil
	}
	if h, ok := o.(py.I__hash__); ok {
		r, err := h.M__hash__()
		if err != nil {
			return 0, err
		}
		return hashResult(r)
	}
	if _, ok := bufferBytes(o); ok {
		return 0, unhashable(o)
	}
	return identityHash(o), nil
}

// isUnhashable reports whether err is hash()'s TypeError for v itself
// (not for an item of v).
func isUnhashable(err error, v py.Object) bool {
	e, ok := err.(*py.Exception)
	if !ok || e.Base != py.TypeError {
		return false
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return false
	}
	msg, ok := args[0].(py.String)
	return ok && string(msg) == "unhashable type: '"+typeName(v)+"'"
}

func unhashable(o py.Object) error {
	return py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", typeName(o))
}

// fixHash keeps -1 out of the hash values, as CPython does.
func fixHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

func intHash(v int64) int64 {
	if v >= 0 {
		if v < hashModulus {
			return v
		}
		return v % hashModulus
	}
	if v == math.MinInt64 {
		return -int64((uint64(1) << 63) % hashModulus)
	}
	return fixHash(-((-v) % hashModulus))
}

var bigModulus = big.NewInt(hashModulus)

func bigHash(v *big.Int) int64 {
	if v.IsInt64() {
		return intHash(v.Int64())
	}
	m := new(big.Int).Abs(v)
	m.Mod(m, bigModulus)
	h := m.Int64()
	if v.Sign() < 0 {
		h = -h
	}
	return fixHash(h)
}

// floatHash hashes a float as the rational number it is, so that an
// integral float hashes as the int it equals: for x = m * 2**e the hash is
// m * 2**e modulo 2**61-1, with 2**-k taken as the inverse of 2**k.
func floatHash(f float64) int64 {
	switch {
	case math.IsInf(f, 1):
		return hashInf
	case math.IsInf(f, -1):
		return -hashInf
	case math.IsNaN(f):
		return 0
	}
	if f == math.Trunc(f) && math.Abs(f) < 1<<62 {
		return intHash(int64(f))
	}
	r := new(big.Rat)
	r.SetFloat64(f)
	num := new(big.Int).Abs(r.Num())
	num.Mod(num, bigModulus)
	inv := new(big.Int).ModInverse(r.Denom(), bigModulus)
	num.Mul(num, inv)
	num.Mod(num, bigModulus)
	h := num.Int64()
	if f < 0 {
		h = -h
	}
	return fixHash(h)
}

// tupleHash combines the items' hashes as CPython 3.6 does, so tuples of
// numbers hash to CPython's values.
func tupleHash(t py.Tuple) (int64, error) {
	x := uint64(0x345678)
	mult := uint64(1000003)
	n := uint64(len(t))
	for _, it := range t {
		y, err := Hash(it)
		if err != nil {
			return 0, err
		}
		n--
		x = (x ^ uint64(y)) * mult
		mult += 82520 + n + n
	}
	x += 97531
	return fixHash(int64(x)), nil
}

// identityHash is object.__hash__: from the address, as id() is.
func identityHash(o py.Object) int64 {
	rv := reflect.ValueOf(o)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer, reflect.Slice:
		p := uint64(rv.Pointer())
		return fixHash(int64(p>>4 | p<<60))
	}
	// A Go value type compares by value; hash what it holds.
	if rv.Comparable() {
		return fixHash(int64(maphash.Comparable(stringSeed, any(o))))
	}
	return 0
}

// instanceHash is hash() of an instance of a Python class: its __hash__,
// or TypeError when the class set __hash__ = None or defined __eq__
// without __hash__ (CPython sets __hash__ to None there), else identity.
func instanceHash(o py.Object, cls *py.Type) (int64, error) {
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			if v, ok := pyutil.BuiltinValue(o); ok {
				h, err := Hash(v)
				if err != nil && isUnhashable(err, v) {
					// The subclass is named: "unhashable type: 'L'".
					return 0, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", tpName(cls))
				}
				return h, err
			}
			break
		}
		if m, ok := bt.Dict["__hash__"]; ok {
			if m == py.None {
				return 0, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", tpName(cls))
			}
			r, err := callMethod(o, m)
			if err != nil {
				return 0, err
			}
			return hashResult(r)
		}
		if _, ok := bt.Dict["__eq__"]; ok {
			return 0, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", tpName(cls))
		}
	}
	return identityHash(o), nil
}

// hashResult turns what a __hash__ returned into a hash value: an int is
// reduced as CPython reduces it, anything else is a TypeError.
func hashResult(r py.Object) (int64, error) {
	switch v := r.(type) {
	case py.Int:
		return fixHash(int64(v)), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		return bigHash((*big.Int)(v)), nil
	}
	if v, ok := intSubclassValue(r); ok {
		return hashResult(v) // the int an int subclass's instance is
	}
	return 0, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
}

// builtinHash is the builtin hash().
func builtinHash(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "hash() takes exactly one argument (%d given)", len(args))
	}
	h, err := Hash(args[0])
	if err != nil {
		return nil, err
	}
	return py.Int(h), nil
}
