package vm

import "github.com/go-python/gpython/py"

// RefuseAsBase makes t, a class written in Python that stands for a C
// type CPython 3.6 gives no Py_TPFLAGS_BASETYPE (weakref.ProxyType), a
// class no class statement may derive from: "type 'weakproxy' is not an
// acceptable base type" (acceptableBases). Its __flags__ lose the bit,
// as the C type's lack it.
func RefuseAsBase(t *py.Type) {
	if t.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		t.Flags &^= py.TPFLAGS_BASETYPE
	}
}

// refusedClass reports whether t is a class RefuseAsBase marked.
func refusedClass(t *py.Type) bool {
	return t.Flags&py.TPFLAGS_HEAPTYPE != 0 && t.Flags&py.TPFLAGS_BASETYPE == 0
}
