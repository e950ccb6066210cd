package pyarg

import (
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// PyFunc binds arguments as a Python function does, with CPython 3.6's
// messages: the first nPos of names are positional-or-keyword (the first
// required of them without defaults), the rest keyword-only. self is 1
// for a method written in Python (such as __init__), whose positional
// counts include self, else 0. Missing optional arguments are nil.
func PyFunc(fn string, args py.Tuple, kwargs py.StringDict, names []string, required, nPos, self int) ([]py.Object, error) {
	if len(args) > nPos {
		given := len(args) + self
		if required == nPos {
			return nil, pyutil.TypeErrorf("%s() takes %d positional argument%s but %d %s given",
				fn, nPos+self, plural(nPos+self), given, wereWas(given))
		}
		return nil, pyutil.TypeErrorf("%s() takes from %d to %d positional arguments but %d %s given",
			fn, required+self, nPos+self, given, wereWas(given))
	}
	out := make([]py.Object, len(names))
	copy(out, args)
	for k, v := range kwargs {
		i := slotOf(names, k, 0)
		if i < 0 {
			return nil, pyutil.TypeErrorf("%s() got an unexpected keyword argument '%s'", fn, k)
		}
		if out[i] != nil {
			return nil, pyutil.TypeErrorf("%s() got multiple values for argument '%s'", fn, k)
		}
		out[i] = v
	}
	var missing []string
	for i := 0; i < required; i++ {
		if out[i] == nil {
			missing = append(missing, "'"+names[i]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, pyutil.TypeErrorf("%s() missing %d required positional argument%s: %s",
			fn, len(missing), plural(len(missing)), nameList(missing))
	}
	return out, nil
}

// nameList joins names as CPython's missing-argument message does: 'a',
// 'a' and 'b', 'a', 'b', and 'c'.
func nameList(names []string) string {
	last := len(names) - 1
	switch last {
	case 0:
		return names[0]
	case 1:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:last], ", ") + ", and " + names[last]
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func wereWas(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// IndexIfInteger converts an int, a bool or an object with __index__
// (IsInteger) to a *big.Int; ok is false, and err nil, when o is none of
// those, for converters that word that TypeError themselves.
func IndexIfInteger(o py.Object) (n *big.Int, ok bool, err error) {
	if b := IntValue(o); b != nil {
		return b, true, nil
	}
	if !IsInteger(o) {
		return nil, false, nil
	}
	n, err = Index(o)
	return n, true, err
}
