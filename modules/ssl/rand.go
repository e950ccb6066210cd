package ssl

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

const (
	randBytesDoc       = "RAND_bytes($module, n, /)\n--\n\nGenerate n cryptographically strong pseudo-random bytes."
	randPseudoBytesDoc = "RAND_pseudo_bytes($module, n, /)\n--\n\nGenerate n pseudo-random bytes.\n\n" +
		"Return a pair (bytes, is_cryptographic).  is_cryptographic is True\n" +
		"if the bytes generated are cryptographically strong."
	randAddDoc = "RAND_add($module, string, entropy, /)\n--\n\nMixes string into the SSL module's PRNG state.\n\n" +
		"entropy (a float) is a lower bound on the entropy contained in\nstring.  See RFC 4086."
	randStatusDoc = "RAND_status($module, /)\n--\n\nReturns True if the OpenSSL PRNG has been seeded with enough data and False if not.\n\n" +
		"It is necessary to seed the PRNG with RAND_add() on some platforms before\nusing the ssl() function."
)

// argsExactlyOne checks a METH_O call shape with CPython's messages.
func argsExactlyOne(name string, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return pyutil.TypeErrorf("%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// argsNone checks a METH_NOARGS call shape with CPython's messages.
func argsNone(name string, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return pyutil.TypeErrorf("%s() takes no keyword arguments", name)
	}
	if len(args) != 0 {
		return pyutil.TypeErrorf("%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// cIntArg converts o as CPython's "i" format does: an int (or bool) that
// fits a C int; anything else is a TypeError, an overflow OverflowError.
func cIntArg(o py.Object) (int, error) {
	var v int64
	switch x := o.(type) {
	case py.Int:
		v = int64(x)
	case py.Bool:
		if x {
			v = 1
		}
	case *py.BigInt:
		if (*big.Int)(x).IsInt64() {
			v = (*big.Int)(x).Int64()
		} else {
			v = math.MaxInt64
		}
	case py.I__index__: // enum members and other int-like objects
		i, err := x.M__index__()
		if err != nil {
			return 0, err
		}
		v = int64(i)
	default:
		return 0, pyutil.TypeErrorf("'%s' object cannot be interpreted as an integer", pyutil.TypeName(o))
	}
	if v > math.MaxInt32 || v < math.MinInt32 {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
	}
	return int(v), nil
}

// realArg converts o as CPython's "d" format does.
func realArg(o py.Object) (float64, error) {
	switch x := o.(type) {
	case py.Float:
		return float64(x), nil
	case py.Int:
		return float64(x), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(x)).Float64()
		if math.IsInf(f, 0) {
			return 0, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
		}
		return f, nil
	case py.I__float__:
		f, err := x.M__float__()
		if err != nil {
			return 0, err
		}
		if ff, ok := f.(py.Float); ok {
			return float64(ff), nil
		}
		return 0, pyutil.TypeErrorf("must be real number, not %s", pyutil.TypeName(o))
	case py.I__index__:
		i, err := x.M__index__()
		return float64(i), err
	}
	return 0, pyutil.TypeErrorf("must be real number, not %s", pyutil.TypeName(o))
}

// randError is CPython's SSLError for a failed RAND_bytes: errno is the
// packed error code and str() the reason text, without library or reason.
func randError(err error) error {
	if se, ok := err.(*_ssl.Error); ok {
		return newSSLError(SSLErrorType, int(se.Code), se.Text, py.None, py.None)
	}
	return fromError(err)
}

func ssl_RAND_bytes(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := argsExactlyOne("_ssl.RAND_bytes", args, kwargs); err != nil {
		return nil, err
	}
	n, err := cIntArg(args[0])
	if err != nil {
		return nil, err
	}
	b, err := _ssl.RandBytes(n)
	if err != nil {
		return nil, randError(err)
	}
	return py.Bytes(b), nil
}

func ssl_RAND_pseudo_bytes(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := argsExactlyOne("_ssl.RAND_pseudo_bytes", args, kwargs); err != nil {
		return nil, err
	}
	n, err := cIntArg(args[0])
	if err != nil {
		return nil, err
	}
	b, strong, err := _ssl.RandPseudoBytes(n)
	if err != nil {
		return nil, randError(err)
	}
	return py.Tuple{py.Bytes(b), py.NewBool(strong)}, nil
}

func ssl_RAND_add(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("_ssl.RAND_add() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("RAND_add expected 2 arguments, got %d", len(args))
	}
	data, err := pyutil.StrOrBytesLike(args[0])
	if err != nil {
		return nil, err
	}
	entropy, err := realArg(args[1])
	if err != nil {
		return nil, err
	}
	_ssl.RandAdd(data, entropy)
	return py.None, nil
}

func ssl_RAND_status(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := argsNone("_ssl.RAND_status", args, kwargs); err != nil {
		return nil, err
	}
	return py.NewBool(_ssl.RandStatus()), nil
}

func init() {
	// RAND_egd is absent, as in CPython built against OpenSSL 1.1+.
	addMethods(
		pyutil.MustNewMethod("RAND_bytes", ssl_RAND_bytes, 0, randBytesDoc),
		pyutil.MustNewMethod("RAND_pseudo_bytes", ssl_RAND_pseudo_bytes, 0, randPseudoBytesDoc),
		pyutil.MustNewMethod("RAND_add", ssl_RAND_add, 0, randAddDoc),
		pyutil.MustNewMethod("RAND_status", ssl_RAND_status, 0, randStatusDoc),
	)
}
