package codecache

// LazyCached reports whether the module SetLazyCode registered as name
// gets its code from the cache (for the tests).
func LazyCached(name string) (bool, error) {
	_, cached, err := lazyCode(name)
	return cached, err
}

// StringsShared reports whether the strings of the code Decode reads from
// buf point into buf itself (no copy).
var StringsShared = asString
