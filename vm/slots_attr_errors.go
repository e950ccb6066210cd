package vm

import "github.com/go-python/gpython/py"

// noDictAttrError is the AttributeError for setting or deleting name on
// an instance of cls whose __slots__ leave it no __dict__ entry for name:
// a class attribute of that name (one that is not a data descriptor) is
// read-only from the instance, any other name is missing.
func noDictAttrError(cls *py.Type, name string) error {
	if cls.Lookup(name) != nil {
		return py.ExceptionNewf(py.AttributeError, "'%s' object attribute '%s' is read-only", shortName(cls), name)
	}
	return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", shortName(cls), name)
}
