//go:build linux && cgo

package gcpolicy

// #include <stdlib.h>
// #if defined(__GLIBC__)
// #include <malloc.h>
// static void gcpolicy_trim_malloc(void) { malloc_trim(0); }
// #else
// static void gcpolicy_trim_malloc(void) {}
// #endif
import "C"

// trimMalloc gives the free pages of the C heap back to the system. The
// C libraries' objects (OpenSSL's, above all) are freed by cleanups after
// the collections that find them unreachable, in batches, and glibc keeps
// the pages they leave free inside its arenas: only the top of an arena
// goes back on its own. malloc_trim releases every whole free page of
// every arena; the next allocations there fault in fresh pages.
func trimMalloc() { C.gcpolicy_trim_malloc() }
