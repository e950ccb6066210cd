package host

import (
	"regexp"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// unpackTupleBuiltins are the builtins whose arguments CPython 3.6 takes
// with PyArg_UnpackTuple, whose errors read "divmod expected 2
// arguments, got 1" (no parentheses after the name; "arguments" even for
// one) where gpython's read "divmod() takes exactly 2 arguments (1
// given)". exec and eval are the loop's own (py.InternalMethod), left
// as they are.
var unpackTupleBuiltins = map[string]bool{
	"divmod": true, "pow": true, "isinstance": true, "issubclass": true,
	"setattr": true, "delattr": true, "getattr": true, "next": true,
	"input": true, "iter": true, "reversed": true, "filter": true,
	"hasattr": true, "sum": true, "vars": true, "dir": true,
}

// gpythonArgCount matches gpython's argument count errors.
var gpythonArgCount = regexp.MustCompile(`^(\w+)\(\) takes (exactly|at least|at most) (\d+) arguments? \((\d+) given\)$`)

// withUnpackTupleErrors wraps the builtin m so that its argument count
// errors have PyArg_UnpackTuple's wording.
func withUnpackTupleErrors(m *py.Method) *py.Method {
	orig := m
	return py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		r, err := orig.CallWithKeywords(self, args, kwargs)
		if err != nil {
			err = unpackTupleError(err)
		}
		return r, err
	}, m.Flags, m.Doc)
}

// unpackTupleError rewords a gpython argument count TypeError; other
// errors are returned as they are.
func unpackTupleError(err error) error {
	exc, ok := err.(*py.Exception)
	if !ok || !py.IsException(py.TypeError, err) || len(exc.Args.(py.Tuple)) != 1 {
		return err
	}
	msg, ok := exc.Args.(py.Tuple)[0].(py.String)
	if !ok {
		return err
	}
	m := gpythonArgCount.FindStringSubmatch(string(msg))
	if m == nil {
		return err
	}
	how := ""
	if m[2] != "exactly" {
		how = m[2] + " "
	}
	return pyutil.TypeErrorf("%s expected %s%s arguments, got %s", m[1], how, m[3], m[4])
}
