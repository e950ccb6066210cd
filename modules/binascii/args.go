package binascii

// Argument conversion for binascii and base64: the project's converters
// (internal/pyarg), plus what is binascii's own: the ascii_buffer
// converter, format "I", and the call shapes with CPython 3.6's argument
// parser's messages (pyarg's Parse words them as CPython 3.7+ does).

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// asciiBuffer is CPython's ascii_buffer converter (the a2b_* functions):
// a bytes-like object, or a str of ASCII characters.
func asciiBuffer(o py.Object) ([]byte, error) {
	switch v := o.(type) {
	case py.String:
		for i := 0; i < len(v); i++ {
			if v[i] >= 0x80 {
				return nil, pyutil.ValueErrorf("string argument should contain only ASCII characters")
			}
		}
		return []byte(v), nil
	case py.Bytes:
		return []byte(v), nil
	case pyutil.ReadableBuffer:
		return v.BufferBytes(), nil
	}
	return nil, pyutil.TypeErrorf("argument should be bytes, buffer or ASCII string, not '%s'", pyutil.TypeName(o))
}

// buffer is CPython's Py_buffer converter ("y*").
func buffer(o py.Object) ([]byte, error) {
	return pyarg.BytesLike(o)
}

// notInteger is the "i" and "I" formats' TypeError.
func notInteger(o py.Object) error {
	if _, ok := o.(py.Float); ok {
		return pyutil.TypeErrorf("integer argument expected, got float")
	}
	return pyutil.TypeErrorf("an integer is required (got type %s)", pyutil.TypeName(o))
}

// cIntFlag is the "i" format used for CPython's bool(accept={int})
// flags: any integer that fits a C int; true when non-zero.
func cIntFlag(o py.Object) (bool, error) {
	n, err := pyarg.Int(o)
	return n != 0, err
}

var two32 = new(big.Int).Lsh(big.NewInt(1), 32)

// uint32Mask is the "I" format: an integer taken modulo 2**32.
func uint32Mask(o py.Object) (uint32, error) {
	n := pyarg.IntValue(o) // format "I" calls no __index__
	if n == nil {
		return 0, notInteger(o)
	}
	return uint32(new(big.Int).Mod(n, two32).Uint64()), nil
}

// onlyArg is a METH_O function's single argument.
func onlyArg(name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.ExactlyOne(name, args, kwargs); err != nil {
		return nil, err
	}
	return args[0], nil
}

// cArgs parses arguments as CPython's PyArg_ParseTupleAndKeywords does for
// a C function: names are the parameters, the first required ones
// mandatory, positional at most maxPos of them (the rest keyword-only).
// Missing optional arguments are nil.
func cArgs(name string, args py.Tuple, kwargs py.StringDict, names []string, required, maxPos int) ([]py.Object, error) {
	if len(args)+len(kwargs) > len(names) && maxPos == len(names) {
		return nil, pyutil.TypeErrorf("%s() takes at most %d argument%s (%d given)",
			name, len(names), plural(len(names)), len(args)+len(kwargs))
	}
	if len(args) > maxPos {
		return nil, pyutil.TypeErrorf("Function takes at most %d positional arguments (%d given)", maxPos, len(args))
	}
	out := make([]py.Object, len(names))
	copy(out, args)
	for i, n := range names {
		v, ok := kwargs[n]
		if !ok {
			continue
		}
		if i < len(args) {
			return nil, pyutil.TypeErrorf("Argument given by name ('%s') and position (%d)", n, i+1)
		}
		out[i] = v
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, pyutil.TypeErrorf("Required argument '%s' (pos %d) not found", names[i], i+1)
		}
	}
	for k := range kwargs {
		known := false
		for _, n := range names {
			known = known || n == k
		}
		if !known {
			return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for this function", k)
		}
	}
	return out, nil
}

// posArgs parses a positional-only C function's arguments (METH_VARARGS).
func posArgs(name string, args py.Tuple, kwargs py.StringDict, min, max int) error {
	if len(kwargs) != 0 {
		return pyutil.TypeErrorf("%s() takes no keyword arguments", name)
	}
	switch {
	case min == max && len(args) != min:
		return pyutil.TypeErrorf("%s() takes exactly %d argument%s (%d given)", name, min, plural(min), len(args))
	case len(args) < min:
		return pyutil.TypeErrorf("%s() takes at least %d argument%s (%d given)", name, min, plural(min), len(args))
	case len(args) > max:
		return pyutil.TypeErrorf("%s() takes at most %d argument%s (%d given)", name, max, plural(max), len(args))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
