package mathext

import "github.com/go-python/gpython/py"

// ToFloat is the argument conversion of math's functions
// (PyFloat_AsDouble), for the modules that take real arguments as math
// does (cmath).
func ToFloat(o py.Object) (float64, error) { return toFloat(o) }
