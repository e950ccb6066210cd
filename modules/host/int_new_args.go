package host

import (
	"bytes"
	"math"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// CPython 3.6's int(x, base) corners that gpython's int() words or
// decides differently: the base's range, "0_0" in base 0, the text quoted
// by its repr in the ValueError, and buffers (memoryview, array) read as
// bytes.

// errIntBase is int()'s error for a base outside 0 and 2..36.
func errIntBase() error {
	return pyutil.ValueErrorf("int() base must be >= 2 and <= 36, or 0")
}

// checkedIntBase is the base argument as a Python int, after checking its
// range (a huge base is the same ValueError as 37).
func checkedIntBase(base py.Object) (py.Object, error) {
	n, err := pyarg.Index(base)
	if err != nil {
		return nil, err
	}
	if !n.IsInt64() || n.Int64() != 0 && (n.Int64() < 2 || n.Int64() > 36) {
		return nil, errIntBase()
	}
	return py.Int(n.Int64()), nil
}

// zeroLiteral reports whether text is a zero written with several zeros
// ("00", "-0_0"): base 0 takes it, although it refuses other literals
// with leading zeros.
func zeroLiteral(text string) bool {
	t := strings.TrimSpace(text)
	if t != "" && (t[0] == '+' || t[0] == '-') {
		t = t[1:]
	}
	if t == "" || t[0] != '0' || t[len(t)-1] != '0' {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '0' && (t[i] != '_' || t[i-1] != '0') {
			return false
		}
	}
	return true
}

// joinsPrefix reports whether removing text's underscores would make a
// base prefix of "0_x...": in base 0 that text is not hexadecimal (nor
// octal, binary) but an invalid decimal.
func joinsPrefix(text string) bool {
	t := strings.TrimSpace(text)
	if t != "" && (t[0] == '+' || t[0] == '-') {
		t = t[1:]
	}
	return len(t) > 2 && t[:2] == "0_" && strings.IndexByte("xXoObB", t[2]) >= 0
}

// intBytesText is the text int() reads from bytes or a bytearray with
// PEP 515 underscores, when it has some in valid places (b"1_000"); ok
// is false otherwise, and gpython reads the bytes as they are.
func intBytesText(x py.Object, base py.Object) (string, bool) {
	var raw []byte
	switch v := x.(type) {
	case py.Bytes:
		raw = v
	default:
		if !pyrepr.IsByteArray(x) {
			return "", false
		}
		raw = x.(pyutil.ReadableBuffer).BufferBytes()
	}
	if bytes.IndexByte(raw, '_') < 0 {
		return "", false
	}
	for _, c := range raw {
		if c >= 0x80 {
			return "", false
		}
	}
	if base == py.Int(0) {
		if zeroLiteral(string(raw)) {
			return "0", true
		}
		if joinsPrefix(string(raw)) {
			return "", false
		}
	}
	return withoutUnderscores(string(raw), true)
}

// intBuffer is the bytes int() parses for x when x is a buffer other than
// bytes and bytearray (memoryview, array.array), which CPython reads only
// without an explicit base.
func intBuffer(x py.Object) (py.Bytes, bool) {
	switch x.(type) {
	case py.Bytes, py.String:
		return nil, false
	}
	if pyrepr.IsByteArray(x) {
		return nil, false
	}
	if _, ok := x.(py.I__int__); ok {
		return nil, false
	}
	if b, ok := x.(pyutil.ReadableBuffer); ok {
		return py.Bytes(b.BufferBytes()), true
	}
	return nil, false
}

// intLiteralError is int()'s ValueError for text it cannot read: the
// argument as given, quoted by its repr (at most 200 characters, as
// CPython's %.200R).
func intLiteralError(base py.Object, x py.Object) error {
	if pyrepr.IsByteArray(x) {
		x = py.Bytes(x.(pyutil.ReadableBuffer).BufferBytes())
	}
	r, err := pyrepr.Repr(x)
	if err != nil {
		return err
	}
	if n := 0; len(r) > 200 {
		for i := range r {
			if n == 200 {
				r = r[:i]
				break
			}
			n++
		}
	}
	b := 10
	if base != nil {
		if v, ok := base.(py.Int); ok {
			b = int(v)
		}
	}
	return pyutil.ValueErrorf("invalid literal for int() with base %d: %s", b, r)
}

// intOfLargeFloat is int(f) for a finite float at or beyond 2**63 in
// size, which gpython's conversion wraps to a negative int64: the exact
// integer, as a big int. ok is false for any other float.
func intOfLargeFloat(x py.Object) (py.Object, bool) {
	f, isFloat := x.(py.Float)
	if !isFloat || math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) || math.Abs(float64(f)) < 1<<63 {
		return nil, false
	}
	n, _ := big.NewFloat(float64(f)).Int(nil)
	return (*py.BigInt)(n), true
}
