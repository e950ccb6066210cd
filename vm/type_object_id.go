package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
)

func init() { pyrepr.ObjectID = objectID }

// ObjectID is id(o), for modules written in Go that order by it (pprint
// sorts members that do not order among themselves by type and id).
func ObjectID(o py.Object) int64 {
	return objectID(o)
}

// CallSpecialMethod calls m, a special method found on the class of
// self, as CPython's slots do: bound through its descriptor protocol,
// never looked up again on self (so neither self's __getattribute__ nor
// its own attributes take part).
func CallSpecialMethod(self, m py.Object, args ...py.Object) (py.Object, error) {
	return callMethod(self, m, args...)
}
