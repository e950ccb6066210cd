package hashlib

// Argument conversion: the project's converters (internal/pyarg), plus
// what is hashlib's own (the hashed data's messages, Python-function
// argument binding for hmac.new).

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// hashData is the buffer a hash constructor or update() hashes, with
// CPython 3.6's messages for str and for non-buffers.
func hashData(o py.Object) ([]byte, error) {
	switch v := o.(type) {
	case py.Bytes:
		return []byte(v), nil
	case py.String:
		return nil, pyutil.TypeErrorf("Unicode-objects must be encoded before hashing")
	case pyutil.ReadableBuffer:
		return v.BufferBytes(), nil
	}
	return nil, pyutil.TypeErrorf("object supporting the buffer API required")
}

// bufferArg is a bytes-like argument ("y*").
func bufferArg(o py.Object) ([]byte, error) {
	return pyarg.BytesLike(o)
}

// bigIndex converts an int, a bool or an object with __index__ to a
// big.Int; ok is false (and err nil) when o is none of those.
func bigIndex(o py.Object) (n *big.Int, ok bool, err error) {
	if b := pyarg.IntValue(o); b != nil {
		return b, true, nil
	}
	if !pyarg.IsInteger(o) {
		return nil, false, nil
	}
	n, err = pyarg.Index(o)
	return n, true, err
}

// cLong is a C long argument (format "l").
func cLong(o py.Object) (int64, error) {
	return pyarg.Long(o)
}

// cInt is a C int argument (format "i").
func cInt(o py.Object) (int64, error) {
	n, err := pyarg.Int(o)
	return int64(n), err
}

// truth is Python's bool(o) (gpython's py.MakeBool does not know the
// lengths of bytes and bytearray).
func truth(o py.Object) (bool, error) {
	switch v := o.(type) {
	case py.Bytes:
		return len(v) > 0, nil
	case py.String:
		return len(v) > 0, nil
	case py.Tuple:
		return len(v) > 0, nil
	case *py.List:
		return len(v.Items) > 0, nil
	case pyutil.ReadableBuffer:
		return len(v.BufferBytes()) > 0, nil
	}
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

// pyArgs binds arguments as a Python function with the given
// positional-or-keyword parameters does (the first required of them
// mandatory), with CPython 3.6's messages. selfArgs is 1 for a method
// (__init__), whose messages count self. Missing arguments are nil.
func pyArgs(name string, args py.Tuple, kwargs py.StringDict, names []string, required, selfArgs int) ([]py.Object, error) {
	if len(args) > len(names) {
		return nil, pyutil.TypeErrorf("%s() takes from %d to %d positional arguments but %d were given",
			name, required+selfArgs, len(names)+selfArgs, len(args)+selfArgs)
	}
	out := make([]py.Object, len(names))
	copy(out, args)
	for k, v := range kwargs {
		i := -1
		for j, n := range names {
			if n == k {
				i = j
			}
		}
		if i < 0 {
			return nil, pyutil.TypeErrorf("%s() got an unexpected keyword argument '%s'", name, k)
		}
		if out[i] != nil {
			return nil, pyutil.TypeErrorf("%s() got multiple values for argument '%s'", name, k)
		}
		out[i] = v
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, pyutil.TypeErrorf("%s() missing 1 required positional argument: '%s'", name, names[i])
		}
	}
	return out, nil
}
