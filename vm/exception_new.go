package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

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
	if !ok || !e.Base.IsSubtype(cls) {
		return obj, nil
	}
	if init == nil || isBaseInit(init) || isOSErrorInit(cls, init) {
		return e, builtinReinit(e, cls, args, kw)
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

// isOSErrorInit reports whether init, the __init__ an instance of cls
// gets, is OSError's own: for a class whose __new__ is Python's, 3.6's
// OSError.__init__ leaves the instance as __new__ made it, taking any
// arguments, keywords included (SubOSError("msg", baz=1) keeps args
// ('msg',) when its __new__ passed only the message on).
func isOSErrorInit(cls *py.Type, init py.Object) bool {
	return cls.IsSubtype(py.OSError) && init == py.OSError.Dict["__init__"]
}

// builtinReinit is the built-in __init__ of an exception class whose
// instance came from a Python __new__: the constructor arguments become
// args again (whatever __new__ passed on), with the attributes the
// built-in class derives from them (SyntaxError's msg, a Unicode error's
// reason, ...). OSError's __init__ does nothing once __new__ is
// overridden, as in 3.6.
func builtinReinit(e *py.Exception, cls *py.Type, args []py.Object, kw py.StringDict) error {
	if cls.IsSubtype(py.OSError) {
		return nil
	}
	if err := exceptionKeywords(e, cls, kw); err != nil {
		return err
	}
	fresh, err := pyutil.ExceptionNew(cls, py.Tuple(args), nil)
	if err != nil {
		return err
	}
	fe, ok := fresh.(*py.Exception)
	if !ok {
		return nil
	}
	e.Args = fe.Args
	for k, v := range fe.Dict {
		if e.Dict == nil {
			e.Dict = py.StringDict{}
		}
		e.Dict[k] = v
	}
	return nil
}
