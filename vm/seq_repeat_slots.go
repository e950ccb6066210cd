package vm

import (
	"github.com/go-python/gpython/py"
)

// str, bytes, list and tuple's __mul__ and __rmul__ as methods: the count
// may be any object with __index__ ([1].__mul__(n) gave NotImplemented for
// one), any other is a TypeError, and bytes had neither method.

func seqRepeatSlot(t *py.Type, name string) *typeSlot {
	return &typeSlot{name: name, owner: t, nargs: 1, fn: func(self py.Object, args py.Tuple) (py.Object, error) {
		if !isIndex(args[0]) {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		return binaryOp(opBINARY_MULTIPLY, self, args[0])
	}}
}

func init() {
	for _, t := range []*py.Type{py.StringType, py.BytesType, py.ListType, py.TupleType} {
		for _, name := range []string{"__mul__", "__rmul__"} {
			t.Dict[name] = seqRepeatSlot(t, name)
		}
	}
}
