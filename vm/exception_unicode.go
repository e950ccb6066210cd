package vm

import (
	"github.com/go-python/gpython/py"
)

// The constructors of UnicodeDecodeError, UnicodeEncodeError and
// UnicodeTranslateError check their arguments as CPython 3.6's do
// (getargs formats "O!OnnO!", "O!O!nnO!" and "O!nnO!": the count, str
// where a str belongs, ints for the positions, then a bytes-like object
// for the decoded one), and UnicodeTranslateError gets the attributes
// object, start, end, reason and encoding (None) its str() reads. A class
// derived from one with an __init__ of its own checks nothing: CPython
// runs these checks in the base's __init__.

// unicodeErrorSpec says which argument of a constructor must be what:
// 's' a str, 'b' a bytes-like object, 'n' an int.
var unicodeErrorSpecs = map[*py.Type]string{
	py.UnicodeDecodeError:    "sbnns",
	py.UnicodeEncodeError:    "ssnns",
	py.UnicodeTranslateError: "snns",
}

func init() {
	for t, spec := range unicodeErrorSpecs {
		t, spec, prev := t, spec, t.New
		t.New = func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) == 0 && !ownInit(cls, t) {
				if err := unicodeErrorArgs(spec, args); err != nil {
					return nil, err
				}
			}
			r, err := prev(cls, args, kwargs)
			if err != nil {
				return r, err
			}
			if e, ok := r.(*py.Exception); ok && t == py.UnicodeTranslateError && len(args) == 4 {
				if e.Dict == nil {
					e.Dict = make(py.StringDict, 5)
				}
				e.Dict["encoding"] = py.None
				for i, k := range []string{"object", "start", "end", "reason"} {
					e.Dict[k] = args[i]
				}
			}
			return r, err
		}
	}
}

// ownInit reports whether a class of cls's MRO before base defines
// __init__.
func ownInit(cls, base *py.Type) bool {
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt == base {
			return false
		}
		if _, ok := bt.Dict["__init__"]; ok {
			return true
		}
	}
	return false
}

// unicodeErrorArgs checks args against spec in getargs' order and
// wording.
func unicodeErrorArgs(spec string, args py.Tuple) error {
	if len(args) != len(spec) {
		return py.ExceptionNewf(py.TypeError, "function takes exactly %d arguments (%d given)", len(spec), len(args))
	}
	buffer := -1
	for i, a := range args {
		switch spec[i] {
		case 's':
			if _, ok := a.(py.String); !ok {
				what := typeName(a)
				if a == py.None {
					what = "None"
				}
				return py.ExceptionNewf(py.TypeError, "argument %d must be str, not %s", i+1, what)
			}
		case 'n':
			switch a.(type) {
			case py.Int, py.Bool:
			case *py.BigInt:
				return py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
			case py.Float:
				return py.ExceptionNewf(py.TypeError, "integer argument expected, got float")
			default:
				if !isIndex(a) {
					return py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(a))
				}
			}
		case 'b':
			buffer = i
		}
	}
	if buffer >= 0 {
		_, isBytes := args[buffer].(py.Bytes)
		if _, ok := bufferBytes(args[buffer]); !ok && !isBytes {
			return py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeName(args[buffer]))
		}
	}
	return nil
}
