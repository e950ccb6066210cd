package vm

// CompileRecursion returns what CPython 3.6's compiler starts its own
// recursion count from: the calling thread's call depth and recursion
// limit (symtable.c scales both by three before it walks a tree, one
// level per statement and per expression). It returns 0, 0 when the
// caller holds no interpreter (a compile from plain Go code), which has
// no limit.
func CompileRecursion() (depth, limit int) {
	t := heldThread()
	if t == nil {
		return 0, 0
	}
	return t.depth, t.recursionLimit()
}
