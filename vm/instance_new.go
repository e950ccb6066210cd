package vm

import "github.com/go-python/gpython/py"

// NewPlainInstance makes an empty instance of cls, a Python class with
// no built-in value base, as object.__new__(cls) does but without a call
// through the interpreter: for Go modules that build instances of their
// Python classes on hot paths (decimal's arithmetic results).
func NewPlainInstance(cls *py.Type) *py.Type { return allocInstance(cls) }
