package thread

// #include <gnu/libc-version.h>
import "C"

import "github.com/gpython-ssl/gpython-ssl/vm"

// sys.thread_info.version names the C library's threads, as CPython's
// confstr(_CS_GNU_LIBPTHREAD_VERSION) does on glibc: "NPTL 2.36".
func init() {
	vm.ThreadLibVersion = "NPTL " + C.GoString(C.gnu_get_libc_version())
}
