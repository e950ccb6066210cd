package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
)

// The -b option: BytesWarning where CPython 3.6 issues it, for str() of
// bytes or a bytearray (pyrepr.Str calls bytesWarning) and for == and !=
// between one of them and a str (or bytes and an int). The warnings module's filters (-b
// "default", -bb "error") decide what the warning does.

func init() { pyrepr.BytesWarning = bytesWarning }

// bytesWarningOn reports whether the command line gave -b.
func bytesWarningOn() bool {
	o := commandLine.Load()
	return o != nil && o.BytesWarning > 0
}

// bytesWarning issues a BytesWarning with msg, attributed to the running
// Python code, when -b was given.
func bytesWarning(msg string) error {
	if !bytesWarningOn() {
		return nil
	}
	return Warn(py.BytesWarning, msg, 1)
}

// bytesComparisonWarning is 3.6's warning for a == or != between bytes
// and a str or an int, or a bytearray and a str, in either order
// (instances of derived classes come here again as their values).
func bytesComparisonWarning(a, b py.Object) error {
	if !bytesWarningOn() {
		return nil
	}
	for _, pair := range [2][2]py.Object{{a, b}, {b, a}} {
		x, other := pair[0], pair[1]
		_, otherStr := other.(py.String)
		if _, ok := x.(py.Bytes); ok {
			if _, both := other.(py.Bytes); both {
				return nil
			}
			if otherStr {
				return bytesWarning("Comparison between bytes and string")
			}
			switch other.(type) {
			case py.Int, py.Bool, *py.BigInt:
				return bytesWarning("Comparison between bytes and int")
			}
		}
		if otherStr && pyrepr.IsByteArray(x) {
			return bytesWarning("Comparison between bytearray and string")
		}
	}
	return nil
}
