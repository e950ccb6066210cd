package vm

// WarnDeprecation issues a DeprecationWarning with msg through the
// warnings module, for Go code of the standard library (array's
// tostring()): filters and catch_warnings see it as CPython's.
func WarnDeprecation(msg string) error { return warnDeprecation(msg) }
