package vm

import "github.com/go-python/gpython/py"

// newExceptionFromNew instantiates the exception class cls whose Python
// code defines __new__ (nf, as found in the class's dict): __new__ makes
// the object, and __init__ runs on it only when it is an instance of cls,
// as type.__call__ does. What __new__ returns is the result, exception
// or not (raise checks that it is one).
func (t *thread) newExceptionFromNew(cls *py.Type, nf, init py.Object, args []py.Object, kwpairs []py.Object, kwextra py.StringDict) (py.Object, error) {
	if sm, ok := nf.(*py.StaticMethod); ok {
		nf = sm.Callable
	}
	kw, err := kwDict(cls, kwpairs, kwextra)
	if err != nil {
		return nil, err
	}
	obj, err := Call(nf, append(py.Tuple{cls}, args...), kw)
	if err != nil {
		return nil, err
	}
	e, ok := obj.(*py.Exception)
	if !ok || !e.Base.IsSubtype(cls) || init == nil || isBaseInit(init) {
		return obj, nil
	}
	r, err := callMethodKw(e, init, args, kw)
	if err != nil {
		return nil, err
	}
	if r != py.None {
		return nil, py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", typeName(r))
	}
	return e, nil
}
