//go:build !(linux && cgo)

package gcpolicy

// trimMalloc does nothing without glibc's malloc_trim.
func trimMalloc() {}
