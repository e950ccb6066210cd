package vm

import "github.com/go-python/gpython/py"

// goTypeMethod returns the special method name that a Go-implemented
// object's type holds in its Dict, for the few protocols such types get
// from a Dict entry instead of a Go interface (gpython's own dispatch looks
// in the Dict only for Python classes and instances). ok is false for
// Python classes and instances, which the callers handle first.
func goTypeMethod(o py.Object, name string) (m *py.Method, ok bool) {
	if _, isType := o.(*py.Type); isType {
		return nil, false
	}
	m, ok = o.Type().Dict[name].(*py.Method)
	return m, ok
}
