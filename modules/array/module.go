// Package pyarray is CPython 3.6's array module: array.array, packed
// sequences of one machine type, replacing gpython's partial module of the
// same name.
package pyarray

import (
	"sync/atomic"
	"unsafe"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/array" // registered first, so ours replaces it

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// addressOf is the storage address buffer_info reports.
func addressOf(a *Array) uintptr {
	if len(a.data) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&a.data[0]))
}

// reconstructor is array._array_reconstructor, what protocol-3 pickles call.
var reconstructor = py.MustNewMethod("_array_reconstructor", func(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 4 {
		return nil, pyutil.TypeErrorf("_array_reconstructor expected 4 arguments, got %d", len(args))
	}
	t, ok := args[0].(*py.Type)
	if !ok {
		return nil, pyutil.TypeErrorf("first argument must be a type object, not %s", pyutil.TypeName(args[0]))
	}
	if !t.IsSubtype(ArrayType) {
		return nil, pyutil.TypeErrorf("%s is not a subtype of array.array", t.Name)
	}
	code, ok := args[1].(py.String)
	if !ok || len([]rune(string(code))) != 1 {
		return nil, pyutil.TypeErrorf("_array_reconstructor() argument 2 must be a unicode character, not %s", pyutil.TypeName(args[1]))
	}
	var k *kind
	if len(code) == 1 {
		k = kindOf(code[0])
	}
	if k == nil {
		return nil, py.ExceptionNewf(py.ValueError, "second argument must be a valid type code")
	}
	mf, err := py.IndexInt(args[2])
	if err != nil {
		return nil, err
	}
	b, ok := args[3].(py.Bytes)
	if !ok {
		return nil, pyutil.TypeErrorf("fourth argument should be bytes, not %s", pyutil.TypeName(args[3]))
	}
	if mf < 0 || mf > 21 {
		return nil, py.ExceptionNewf(py.ValueError, "third argument must be a valid machine format code.")
	}
	if mf != k.mformat {
		return rebuildForeign(t, k, mf, b)
	}
	a := &Array{k: k}
	if err := a.fromBytes(append([]byte(nil), b...)); err != nil {
		return nil, err
	}
	return vm.NewWithValue(t, a), nil
}, 0, "Rebuild an array from its pickled machine representation.")

// liveReconstructor is the module's copy of reconstructor, once imported.
var liveReconstructor atomic.Pointer[py.Method]

var adoptMethod = py.MustNewMethod("_adopt", func(_ py.Object, arg py.Object) (py.Object, error) {
	if m, ok := arg.(*py.Method); ok {
		liveReconstructor.Store(m)
	}
	return py.None, nil
}, 0, "Internal: remember the module's reconstructor.")

// reconstructorObject is what protocol-3 reductions name.
func reconstructorObject() py.Object {
	if m := liveReconstructor.Load(); m != nil {
		return m
	}
	return reconstructor
}

func typecodes() string {
	s := make([]byte, len(kinds))
	for i, k := range kinds {
		s[i] = k.code
	}
	return string(s)
}

func init() {
	// without an MRO, object's __reduce_ex__ would shadow ours
	ArrayType.Flags &^= py.TPFLAGS_READY
	if err := ArrayType.Ready(); err != nil {
		panic("array: cannot ready array.array: " + err.Error())
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "array", Doc: "Packed arrays of one basic machine type: integers, floats or characters."},
		Methods: []*py.Method{reconstructor, adoptMethod},
		// __reduce_ex__ must hand out the module's own copy of the
		// reconstructor (pickle checks identity, repr needs its module)
		CodeSrc: "_adopt(_array_reconstructor)\ndel _adopt\n",
		Globals: py.StringDict{
			"array":     ArrayType,
			"ArrayType": ArrayType,
			"typecodes": py.String(typecodes()),
		},
	})
}
