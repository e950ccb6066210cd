package vm

import (
	"github.com/go-python/gpython/py"
)

// ImportError's keyword arguments and attributes, as CPython 3.6 has them:
// ImportError(*args, name=None, path=None) keeps name and path, and msg is
// the sole positional argument (None otherwise). ModuleNotFoundError and
// the classes of scripts derived from ImportError inherit all three.

func init() {
	for _, cls := range []*py.Type{py.ImportError, ModuleNotFoundError} {
		cls.New = importErrorNew
	}
	for _, attr := range []string{"name", "path", "msg"} {
		attr := attr
		py.ImportError.Dict[attr] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				e, ok := self.(*py.Exception)
				if !ok {
					return py.None, nil
				}
				if v, ok := e.Dict[attr]; ok {
					return v, nil
				}
				if attr == "msg" {
					if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 {
						return args[0], nil
					}
				}
				return py.None, nil
			},
			Fset: func(self, value py.Object) error {
				e, ok := self.(*py.Exception)
				if !ok {
					return py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'ImportError' objects doesn't apply to a '%s' object", attr, typeName(self))
				}
				if e.Dict == nil {
					e.Dict = py.StringDict{}
				}
				e.Dict[attr] = value
				return nil
			},
			Doc: importErrorAttrDoc[attr],
		}
	}
}

var importErrorAttrDoc = map[string]string{
	"name": "the name of the module that could not be imported",
	"path": "the path of the file the import failed on",
	"msg":  "the message the exception was built with",
}

// importErrorNew is ImportError.__new__ for the built-in classes.
func importErrorNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	o, err := py.ExceptionNew(cls, args, nil)
	if err != nil {
		return nil, err
	}
	e := o.(*py.Exception)
	if err := exceptionKeywords(e, cls, kwargs); err != nil {
		return nil, err
	}
	return e, nil
}

// exceptionKeywords applies the keyword arguments of a call that builds
// the exception e of class cls: ImportError and its subclasses take name
// and path; every other exception takes none.
func exceptionKeywords(e *py.Exception, cls *py.Type, kw py.StringDict) error {
	if len(kw) == 0 {
		return nil
	}
	if !cls.IsSubtype(py.ImportError) {
		return py.ExceptionNewf(py.TypeError, "%s does not take keyword arguments", cls.Name)
	}
	for k := range kw {
		if k != "name" && k != "path" {
			return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
	}
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	for _, k := range []string{"name", "path"} {
		if v, ok := kw[k]; ok {
			e.Dict[k] = v
		}
	}
	return nil
}
