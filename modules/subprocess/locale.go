package subprocess

/*
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

// codeset_of_environment is nl_langinfo(CODESET) of the LC_CTYPE the
// environment selects (what CPython 3.6 sets at start-up), or NULL when
// that locale does not exist. The result is malloc'ed.
static char *codeset_of_environment(void) {
	locale_t l = newlocale(LC_CTYPE_MASK, "", (locale_t)0);
	if (l == (locale_t)0) return NULL;
	char *r = strdup(nl_langinfo_l(CODESET, l));
	freelocale(l);
	return r;
}
*/
import "C"

import (
	"sync"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// preferredEncoding is locale.getpreferredencoding(False) of CPython 3.6
// on Linux: the codeset of the environment's LC_CTYPE, "ANSI_X3.4-1968"
// (ASCII) in the C locale or when the named locale is not installed. It
// is text mode's default encoding.
var preferredEncoding = sync.OnceValue(func() string {
	c := C.codeset_of_environment()
	if c == nil {
		return "ANSI_X3.4-1968"
	}
	defer C.free(unsafe.Pointer(c))
	return C.GoString(c)
})

func nativePreferredEncoding(self py.Object) (py.Object, error) {
	return py.String(preferredEncoding()), nil
}
