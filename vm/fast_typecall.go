package vm

import (
	"strconv"

	"github.com/go-python/gpython/py"
)

// str(i) and str(s) from the loop.
//
// A call of a type goes through callObject's checks for classes,
// metaclasses and value bases, a copied argument tuple, py.Call and str's
// constructor, which formats through pyrepr: about 120 ns for str(n)
// against CPython's 30. For an int or a str given to str itself the
// answer needs none of that: the int's decimal digits, or the string as
// it is (CPython returns an exact str unchanged too). Subclass instances
// of int and str are other Go types and take the general path, with their
// own __str__; so does everything else.
func strCallFast(fn, arg py.Object) (py.Object, bool) {
	if fn != py.Object(py.StringType) {
		return nil, false
	}
	switch v := arg.(type) {
	case py.Int:
		return py.String(strconv.FormatInt(int64(v), 10)), true
	case py.String:
		return v, true
	}
	return nil, false
}
