package host

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// str.maketrans and str.translate, as CPython 3.6's.

func init() {
	py.StringType.Dict["maketrans"] = py.MustNewMethod("maketrans", strMakeTrans, py.METH_STATIC,
		"maketrans(x[, y[, z]]) -> dict\n\nA code-point mapping for str.translate(): from a dict, from two strings of\nequal length paired up, with z's characters mapped to None.")
	py.StringType.Dict["translate"] = py.MustNewMethod("translate", strTranslate, vm.ArgsBorrowed,
		"translate(table) -> str\n\nEach character looked up in table by code point: mapped to a string, a\ncode point, or None (dropped); characters the table lacks stay.")
}

// strMakeTrans is the static method str.maketrans(x[, y[, z]]).
func strMakeTrans(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) < 1 || len(args) > 3 {
		return nil, pyutil.TypeErrorf("maketrans() takes at least 1 argument (%d given)", len(args))
	}
	out := vm.NewDict(0)
	if len(args) == 1 {
		if _, ok := pyutil.Unwrap(args[0]).(*vm.Dict); !ok {
			return nil, pyutil.TypeErrorf("if you give only one argument to maketrans it must be a dict")
		}
		d := pyutil.Unwrap(args[0]).(*vm.Dict)
		var ferr error
		d.Items(func(k, v py.Object) bool {
			switch key := pyutil.Unwrap(k).(type) {
			case py.String:
				if utf8.RuneCountInString(string(key)) != 1 {
					ferr = pyutil.ValueErrorf("string keys in translate table must be of length 1")
					return false
				}
				r, _ := utf8.DecodeRuneInString(string(key))
				ferr = out.SetItem(py.Int(r), v)
			case py.Int:
				ferr = out.SetItem(key, v)
			default:
				ferr = pyutil.TypeErrorf("keys in translate table must be strings or integers")
			}
			return ferr == nil
		})
		return out, ferr
	}
	x, ok := pyutil.Unwrap(args[0]).(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("first maketrans argument must be a string if there is a second argument")
	}
	y, ok := pyutil.Unwrap(args[1]).(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("maketrans() argument 2 must be str, not %s", pyutil.TypeName(args[1]))
	}
	xs, ys := []rune(string(x)), []rune(string(y))
	if len(xs) != len(ys) {
		return nil, pyutil.ValueErrorf("the first two maketrans arguments must have equal length")
	}
	for i := range xs {
		if err := out.SetItem(py.Int(xs[i]), py.Int(ys[i])); err != nil {
			return nil, err
		}
	}
	if len(args) == 3 {
		z, ok := pyutil.Unwrap(args[2]).(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("maketrans() argument 3 must be str, not %s", pyutil.TypeName(args[2]))
		}
		for _, r := range string(z) {
			if err := out.SetItem(py.Int(r), py.None); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// strTranslate is str.translate(table): each character looked up by its
// code point; missing (LookupError) keeps it, None deletes it, an int or
// a str replaces it.
func strTranslate(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	s, args, err := strReceiver(self, args)
	if err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("translate() takes exactly one argument (%d given)", len(args))
	}
	table := args[0]
	var b strings.Builder
	for off := 0; off < len(s); {
		r, w := pyutil.DecodeWTF8(s[off:])
		c := s[off : off+w]
		off += w
		v, err := vm.GetItem(table, py.Int(r))
		if err != nil {
			if py.IsException(py.LookupError, err) {
				b.WriteString(c)
				continue
			}
			return nil, err
		}
		switch x := pyutil.Unwrap(v).(type) {
		case py.NoneType:
		case py.Int:
			if x < 0 || x > 0x10ffff {
				return nil, pyutil.ValueErrorf("character mapping must be in range(0x110000)")
			}
			writeChar(&b, rune(x))
		case py.String:
			b.WriteString(string(x))
		default:
			return nil, pyutil.TypeErrorf("character mapping must return integer, None or str")
		}
	}
	return py.String(b.String()), nil
}
