package vm

// DropCachedValues drops the calling thread's caches that may hold a
// value the script no longer names (dropCachedValues), so that a
// collection the caller runs next finds what the script dropped. The
// caller holds the interpreter lock (io's settling of dropped files'
// writes, modules/host/buffered_write.go).
func DropCachedValues() {
	c := currentContext()
	if c == nil {
		return
	}
	if t, ok := c.gil.State().(*thread); ok {
		t.dropCachedValues()
	}
}
