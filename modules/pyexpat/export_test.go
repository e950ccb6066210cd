package pyexpat

// cAllocated is the C memory expat parsers hold (test files cannot use
// cgo).
func cAllocated() int64 { return allocated() }
