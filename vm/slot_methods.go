package vm

import (
	"reflect"

	"github.com/go-python/gpython/py"
)

// hasMethodM reports whether sample's Go type (rt) has a method named
// M<name>, of any signature.
//
// It is goMethodsOf's fallback (go_method_masks.go) for a type the
// generated table lacks, asking about fifty names, most answered no.
// reflect's MethodByName answers no by a binary search over the type's
// exported method names; only a yes builds the method's func type. A type assertion to
// gpython's interface for the method (py.I__add__), tried before, costs
// a walk over all of the type's methods for each no (the runtime's
// itabInit), which measured 3 million instructions more per start-up
// (cachegrind, `-c pass`: 40.5M -> 37.6M). sample, the value whose type
// rt is, is not needed for the answer.
func hasMethodM(rt reflect.Type, sample py.Object, name string) bool {
	_, found := rt.MethodByName("M" + name)
	return found
}
