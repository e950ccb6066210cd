// Package structseq writes the Python source of a CPython struct
// sequence (pwd.struct_passwd, grp.struct_group, resource.struct_rusage)
// for a Go module's CodeSrc. The class it defines builds on os._StructSeq
// (modules/osext), the project's one tuple-with-named-fields base, and
// adds what CPython's structseq type has beyond it: n_fields and friends,
// "constructor requires a sequence" for a non-iterable, read-only fields
// ("readonly attribute") and attribute errors naming the module.
//
// It is a helper package for the modules that need it, not a Python
// module itself.
package structseq

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// Source returns Python source that defines the class name, a struct
// sequence of module whose fields are fields, in that order, with doc as
// its docstring. It binds no other name in the module.
func Source(module, name, doc string, fields ...string) string {
	var b strings.Builder
	quoted := make([]string, len(fields))
	for i, f := range fields {
		quoted[i] = fmt.Sprintf("%q", f)
	}
	fmt.Fprintf(&b, "class %s(__import__(\"os\")._StructSeq):\n", name)
	fmt.Fprintf(&b, "    %q\n", doc)
	fmt.Fprintf(&b, "    _fields = (%s,)\n", strings.Join(quoted, ", "))
	fmt.Fprintf(&b, "    _module = %q\n", module)
	fmt.Fprintf(&b, "    n_fields = n_sequence_fields = %d\n", len(fields))
	b.WriteString(`    n_unnamed_fields = 0
    __slots__ = ()
    def __new__(cls, sequence, dict=None):
        try:
            sequence = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        return super().__new__(cls, sequence)
`)
	for i, f := range fields {
		fmt.Fprintf(&b, "    %s = property(lambda self: self[%d])\n", f, i)
	}
	return b.String()
}

// Make calls the struct sequence class name of module (the Go module
// function's self, a *py.Module whose CodeSrc came from Source) on items.
func Make(module py.Object, name string, items py.Tuple) (py.Object, error) {
	m, ok := module.(*py.Module)
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "structseq: %s needs its module", name)
	}
	cls, ok := m.Globals[name]
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "structseq: module %s has no %s", m.ModuleImpl.Info.Name, name)
	}
	return py.Call(cls, py.Tuple{items}, nil)
}
