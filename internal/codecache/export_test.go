package codecache

import (
	"bytes"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/stdlib/marshal"
)

// LazyCached reports whether the module SetLazyCode registered as name
// gets its code from the cache (for the tests).
func LazyCached(name string) (bool, error) {
	_, cached, err := lazyCode(name)
	return cached, err
}

// MarshalDecode reads buf the way Decode did before read.go: gpython's
// marshal reader, then the constants restored. The tests hold Decode to it.
func MarshalDecode(buf []byte) (py.Object, error) {
	obj, err := marshal.ReadObject(bytes.NewBuffer(buf))
	if err != nil {
		return nil, err
	}
	if co, ok := obj.(*py.Code); ok {
		restoreCode(co)
	}
	return obj, nil
}

// StringsShared reports whether the strings of the code Decode reads from
// buf point into buf itself (no copy).
var StringsShared = asString
