package host

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// This file gives int and float the methods and attributes of CPython
// 3.6's that gpython lacks: int.from_bytes, to_bytes, bit_length,
// conjugate, real, imag, numerator, denominator; float.hex, fromhex,
// as_integer_ratio, real, imag, conjugate.

func init() {
	d := py.IntType.Dict
	d["from_bytes"] = &py.ClassMethod{Callable: py.MustNewMethod("from_bytes", intFromBytes, 0,
		"int.from_bytes(bytes, byteorder, *, signed=False) -> int\n\nThe integer whose byteorder ('big' or 'little') encoding is bytes;\ntwo's complement when signed is true.")}
	d["to_bytes"] = py.MustNewMethod("to_bytes", intToBytes, 0,
		"int.to_bytes(length, byteorder, *, signed=False) -> bytes\n\nThe integer encoded in exactly length bytes in byteorder ('big' or\n'little'); OverflowError when it does not fit.")
	d["bit_length"] = py.MustNewMethod("bit_length", func(self py.Object, args py.Tuple) (py.Object, error) {
		n, err := bigOf("bit_length", self)
		if err != nil {
			return nil, err
		}
		return py.Int(n.BitLen()), noArgsM("bit_length", args)
	}, 0, "int.bit_length() -> int\n\nHow many binary digits abs(self) needs, leaving out the sign and leading zeros.")
	d["conjugate"] = py.MustNewMethod("conjugate", func(self py.Object, args py.Tuple) (py.Object, error) {
		return intValue(self), noArgsM("conjugate", args)
	}, 0, "conjugate() -> int\n\nAn int is real, so this gives the value unchanged.")
	d["real"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return intValue(self), nil }}
	d["numerator"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return intValue(self), nil }}
	d["imag"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(0), nil }}
	d["denominator"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(1), nil }}
	// gpython's big ints are a type of their own (bool finds int's
	// methods through its MRO, vm/bool_int.go).
	for _, t := range []*py.Type{py.BigIntType} {
		for _, name := range []string{"from_bytes", "to_bytes", "bit_length", "conjugate", "real", "numerator", "imag", "denominator"} {
			if _, ok := t.Dict[name]; !ok {
				t.Dict[name] = d[name]
			}
		}
	}

	f := py.FloatType.Dict
	f["hex"] = py.MustNewMethod("hex", func(self py.Object, args py.Tuple) (py.Object, error) {
		v, ok := pyutil.Unwrap(self).(py.Float)
		if !ok {
			return nil, pyutil.TypeErrorf("descriptor 'hex' requires a 'float' object but received a '%s'", pyutil.TypeName(self))
		}
		return py.String(floatHex(float64(v))), noArgsM("hex", args)
	}, 0, "float.hex() -> str\n\nThe exact value written in hexadecimal floating-point notation.")
	f["fromhex"] = &py.ClassMethod{Callable: py.MustNewMethod("fromhex", floatFromHex, 0,
		"float.fromhex(string) -> float\n\nParse hexadecimal floating-point notation (as produced by float.hex()).")}
	f["as_integer_ratio"] = py.MustNewMethod("as_integer_ratio", floatAsIntegerRatio, 0,
		"float.as_integer_ratio() -> (int, int)\n\nA numerator and a positive denominator, in lowest terms, whose quotient\nis exactly the float.")
	f["conjugate"] = py.MustNewMethod("conjugate", func(self py.Object, args py.Tuple) (py.Object, error) {
		return pyutil.Unwrap(self), noArgsM("conjugate", args)
	}, 0, "conjugate() -> float\n\nA float is real, so this gives the value unchanged.")
	f["real"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return pyutil.Unwrap(self), nil }}
	f["imag"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Float(0), nil }}
}

func noArgsM(name string, args py.Tuple) error {
	if len(args) != 0 {
		return pyutil.TypeErrorf("%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// intValue is an int's value as a plain int (True is 1).
func intValue(o py.Object) py.Object {
	switch v := pyutil.Unwrap(o).(type) {
	case py.Bool:
		if v {
			return py.Int(1)
		}
		return py.Int(0)
	case py.Int, *py.BigInt:
		return v
	}
	return o
}

// bigOf returns an int receiver as a big.Int.
func bigOf(method string, o py.Object) (*big.Int, error) {
	switch v := intValue(o).(type) {
	case py.Int:
		return big.NewInt(int64(v)), nil
	case *py.BigInt:
		return (*big.Int)(v), nil
	}
	return nil, pyutil.TypeErrorf("descriptor '%s' requires a 'int' object but received a '%s'", method, pyutil.TypeName(o))
}

// fromBig returns a big.Int as gpython's int (small when it fits).
func fromBig(b *big.Int) py.Object {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(b))
}

// byteOrderArgs parses (…, byteorder, *, signed=False) after n leading
// positional arguments.
func byteOrderArgs(fn string, args py.Tuple, kwargs py.StringDict, names []string) (vals []py.Object, little, signed bool, err error) {
	vals = make([]py.Object, len(names))
	copy(vals, args)
	if len(args) > len(names) {
		return nil, false, false, pyutil.TypeErrorf("%s() takes at most %d positional arguments (%d given)", fn, len(names), len(args))
	}
	var signedObj py.Object = py.False
	for k, v := range kwargs {
		found := false
		for i, n := range names {
			if n == k {
				if i < len(args) {
					return nil, false, false, pyutil.TypeErrorf("argument for %s() given by name ('%s') and position (%d)", fn, k, i+1)
				}
				vals[i] = v
				found = true
			}
		}
		if k == "signed" {
			signedObj, found = v, true
		}
		if !found {
			return nil, false, false, pyutil.TypeErrorf("'%s' is an invalid keyword argument for this function", k)
		}
	}
	for i, n := range names {
		if vals[i] == nil {
			return nil, false, false, pyutil.TypeErrorf("Required argument '%s' (pos %d) not found", n, i+1)
		}
	}
	order, ok := pyutil.Unwrap(vals[len(names)-1]).(py.String)
	if !ok {
		return nil, false, false, pyutil.TypeErrorf("%s() argument 'byteorder' must be str, not %s", fn, pyutil.TypeName(vals[len(names)-1]))
	}
	switch order {
	case "little":
		little = true
	case "big":
	default:
		return nil, false, false, pyutil.ValueErrorf("byteorder must be either 'little' or 'big'")
	}
	signed, err = vm.Truth(signedObj)
	return vals, little, signed, err
}

// intFromBytes is the classmethod int.from_bytes(bytes, byteorder, *,
// signed=False); self is the class.
func intFromBytes(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	vals, little, signed, err := byteOrderArgs("from_bytes", args, kwargs, []string{"bytes", "byteorder"})
	if err != nil {
		return nil, err
	}
	data, err := bytesOfAny(vals[0])
	if err != nil {
		return nil, err
	}
	if r, ok := smallFromBytes(data, little, signed); ok {
		if cls, ok := self.(*py.Type); ok && cls != py.IntType {
			return vm.Call(cls, py.Tuple{r}, nil)
		}
		return r, nil
	}
	if little {
		rev := make([]byte, len(data))
		for i, c := range data {
			rev[len(data)-1-i] = c
		}
		data = rev
	}
	n := new(big.Int).SetBytes(data)
	if signed && len(data) > 0 && data[0]&0x80 != 0 {
		n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(8*len(data))))
	}
	r := fromBig(n)
	if cls, ok := self.(*py.Type); ok && cls != py.IntType {
		return vm.Call(cls, py.Tuple{r}, nil)
	}
	return r, nil
}

// smallFromBytes is from_bytes's value for data of at most eight bytes
// when it fits a small int, without a big.Int (record headers and
// lengths are what scripts decode this way); ok is false otherwise.
func smallFromBytes(data []byte, little, signed bool) (py.Object, bool) {
	n := len(data)
	if n > 8 {
		return nil, false
	}
	var u uint64
	for i := range data {
		c := data[i]
		if little {
			c = data[n-1-i]
		}
		u = u<<8 | uint64(c)
	}
	switch {
	case signed && n > 0:
		// Shift the top byte's high bit up to bit 63, then back down
		// arithmetically: two's complement in n bytes.
		shift := uint(64 - 8*n)
		return py.Int(int64(u<<shift) >> shift), true
	case u <= math.MaxInt64:
		return py.Int(int64(u)), true
	}
	return nil, false
}

// bytesOfAny is from_bytes's first argument: bytes-like, or an iterable
// of ints in range(256).
func bytesOfAny(o py.Object) ([]byte, error) {
	if b, err := pyutil.BytesLike(pyutil.Unwrap(o)); err == nil {
		return b, nil
	}
	if _, ok := pyutil.Unwrap(o).(py.String); ok {
		return nil, pyutil.TypeErrorf("cannot convert 'str' object to bytes")
	}
	var out []byte
	err := iterate(o, func(item py.Object) (bool, error) {
		n, err := py.Index(pyutil.Unwrap(item))
		if err != nil {
			return true, pyutil.TypeErrorf("'%s' object cannot be interpreted as an integer", pyutil.TypeName(item))
		}
		if n < 0 || n > 255 {
			return true, pyutil.ValueErrorf("bytes must be in range(0, 256)")
		}
		out = append(out, byte(n))
		return false, nil
	})
	if err != nil {
		if py.IsException(py.TypeError, err) && strings.HasSuffix(errText(err), "is not iterable") {
			return nil, pyutil.TypeErrorf("cannot convert '%s' object to bytes", pyutil.TypeName(o))
		}
		return nil, err
	}
	return out, nil
}

func errText(err error) string {
	if e, ok := err.(py.ExceptionInfo); ok {
		err = e.Value.(error)
	}
	if e, ok := err.(*py.Exception); ok {
		if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 {
			if s, ok := args[0].(py.String); ok {
				return string(s)
			}
		}
	}
	return ""
}

// intToBytes is int.to_bytes(length, byteorder, *, signed=False).
func intToBytes(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	n, err := bigOf("to_bytes", self)
	if err != nil {
		return nil, err
	}
	vals, little, signed, err := byteOrderArgs("to_bytes", args, kwargs, []string{"length", "byteorder"})
	if err != nil {
		return nil, err
	}
	length, err := pyarg.SsizeT(vals[0])
	if err != nil {
		return nil, err
	}
	if length < 0 {
		return nil, pyutil.ValueErrorf("length argument must be non-negative")
	}
	if err := pyutil.CheckAlloc(int(length)); err != nil {
		return nil, err
	}
	if n.Sign() < 0 && !signed {
		return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
	}
	v := new(big.Int).Set(n)
	if n.Sign() < 0 {
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	fits := v.Sign() >= 0 && v.BitLen() <= 8*int(length)
	if signed && fits {
		// The top bit of the result must match the sign.
		top := length > 0 && v.Bit(8*int(length)-1) == 1
		fits = top == (n.Sign() < 0) || (length == 0 && n.Sign() == 0)
	}
	if !fits {
		return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
	}
	out := make([]byte, length)
	v.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return py.Bytes(out), nil
}

// floatHex is float.hex(): [-]0x1.<13 hex digits>p<exp>, CPython's form.
func floatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp := int((bits >> 52) & 0x7ff)
	mant := bits & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		// Subnormal: CPython writes 0x0.<digits>p-1022.
		lead = 0
		exp = 1
	}
	digits := strconv.FormatUint(mant, 16)
	digits = strings.Repeat("0", 13-len(digits)) + digits
	e := exp - 1023
	esign := "+"
	if e < 0 {
		esign = "-"
		e = -e
	}
	return sign + "0x" + strconv.Itoa(lead) + "." + digits + "p" + esign + strconv.Itoa(e)
}

// floatFromHex is the classmethod float.fromhex(string).
func floatFromHex(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("fromhex() takes exactly one argument (%d given)", len(args))
	}
	s, ok := pyutil.Unwrap(args[0]).(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("must be str, not %s", pyutil.TypeName(args[0]))
	}
	text := strings.TrimSpace(string(s))
	lower := strings.ToLower(text)
	var f float64
	unsigned := lower
	if strings.HasPrefix(unsigned, "-") || strings.HasPrefix(unsigned, "+") {
		unsigned = unsigned[1:]
	}
	if strings.HasPrefix(unsigned, "-") || strings.HasPrefix(unsigned, "+") || strings.Contains(unsigned, "_") {
		// One sign at most; Go's parser takes digit separators, 3.6's
		// fromhex none.
		return nil, pyutil.ValueErrorf("invalid hexadecimal floating-point string")
	}
	switch unsigned {
	case "inf", "infinity":
		f = math.Inf(1)
	case "nan":
		f = math.NaN()
	default:
		hex := lower
		neg := false
		if strings.HasPrefix(hex, "-") || strings.HasPrefix(hex, "+") {
			neg = hex[0] == '-'
			hex = hex[1:]
		}
		if !strings.HasPrefix(hex, "0x") {
			hex = "0x" + hex
		}
		if !strings.Contains(hex, "p") {
			hex += "p0"
		}
		v, err := strconv.ParseFloat(hex, 64)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && !math.IsInf(v, 0) {
				// Underflow to zero is allowed.
			} else if ok && ne.Err == strconv.ErrRange {
				return nil, py.ExceptionNewf(py.OverflowError, "hexadecimal value too large to represent as a float")
			} else {
				return nil, pyutil.ValueErrorf("invalid hexadecimal floating-point string")
			}
		}
		if neg {
			v = -v
		}
		f = v
	}
	if strings.HasPrefix(lower, "-") && (math.IsInf(f, 1) || math.IsNaN(f)) {
		f = -f
	}
	r := py.Object(py.Float(f))
	if cls, ok := self.(*py.Type); ok && cls != py.FloatType {
		return vm.Call(cls, py.Tuple{r}, nil)
	}
	return r, nil
}

// floatAsIntegerRatio is float.as_integer_ratio().
func floatAsIntegerRatio(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	v, ok := pyutil.Unwrap(self).(py.Float)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor 'as_integer_ratio' requires a 'float' object but received a '%s'", pyutil.TypeName(self))
	}
	if err := noArgsM("as_integer_ratio", args); err != nil {
		return nil, err
	}
	f := float64(v)
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, pyutil.ValueErrorf("cannot convert NaN to integer ratio")
	}
	r := new(big.Rat)
	r.SetFloat64(f)
	return py.Tuple{fromBig(r.Num()), fromBig(r.Denom())}, nil
}
