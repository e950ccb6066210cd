package host

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
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

// gpythonArgCount matches gpython's argument count errors (compiled at
// first use, not at every start-up).
var gpythonArgCount = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(\w+)\(\) takes (exactly|at least|at most) (\d+) arguments? \((\d+) given\)$`)
})

// withUnpackTupleErrors wraps the builtin m so that its argument count
// errors have PyArg_UnpackTuple's wording.
func withUnpackTupleErrors(m *py.Method) *py.Method {
	orig := m
	return py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		r, err := orig.CallWithKeywords(self, args, kwargs)
		if err != nil {
			err = unpackTupleError(err)
			switch {
			case orig.Name == "divmod":
				err = divmodOperandError(err)
			case orig.Name == "pow" && len(args) == 3 && args[2] != py.None:
				err = ternaryPowError(err, args)
			}
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
	m := gpythonArgCount().FindStringSubmatch(string(msg))
	if m == nil {
		return err
	}
	how := ""
	if m[2] != "exactly" {
		how = m[2] + " "
	}
	return pyutil.TypeErrorf("%s expected %s%s arguments, got %s", m[1], how, m[3], m[4])
}

// divmodOperandError names divmod() as CPython 3.6 does in the operand
// error: "unsupported operand type(s) for divmod(): 'str' and 'int'"
// (gpython's reads "for divmod:").
func divmodOperandError(err error) error {
	const gp, cp = "unsupported operand type(s) for divmod:", "unsupported operand type(s) for divmod():"
	exc, ok := err.(*py.Exception)
	if !ok || !py.IsException(py.TypeError, err) {
		return err
	}
	args, ok := exc.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return err
	}
	if msg, ok := args[0].(py.String); ok && strings.HasPrefix(string(msg), gp) {
		return pyutil.TypeErrorf("%s%s", cp, msg[len(gp):])
	}
	return err
}

// ternaryPowError words pow(x, y, z)'s operand error as CPython 3.6 does
// for three operands: "unsupported operand type(s) for pow(): 'str',
// 'int', 'int'" (the binary one names two).
func ternaryPowError(err error, args py.Tuple) error {
	if !py.IsException(py.TypeError, err) {
		return err
	}
	exc, ok := err.(*py.Exception)
	if !ok {
		return err
	}
	if a, ok := exc.Args.(py.Tuple); !ok || len(a) != 1 || !strings.HasPrefix(fmt.Sprint(a[0]), "unsupported operand type(s) for ** or pow():") {
		return err
	}
	return pyutil.TypeErrorf("unsupported operand type(s) for pow(): '%s', '%s', '%s'",
		vm.TypeName(args[0].Type()), vm.TypeName(args[1].Type()), vm.TypeName(args[2].Type()))
}
