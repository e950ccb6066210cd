package errno_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl/modules/errno"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/vm"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

const prelude = `
import errno
` + pytesting.ShowBrief + `
NAMES = "E2BIG EACCES EADDRINUSE EADDRNOTAVAIL EADV EAFNOSUPPORT EAGAIN EALREADY EBADE EBADF EBADFD EBADMSG EBADR EBADRQC EBADSLT EBFONT EBUSY ECANCELED ECHILD ECHRNG ECOMM ECONNABORTED ECONNREFUSED ECONNRESET EDEADLK EDEADLOCK EDESTADDRREQ EDOM EDOTDOT EDQUOT EEXIST EFAULT EFBIG EHOSTDOWN EHOSTUNREACH EIDRM EILSEQ EINPROGRESS EINTR EINVAL EIO EISCONN EISDIR EISNAM EKEYEXPIRED EKEYREJECTED EKEYREVOKED EL2HLT EL2NSYNC EL3HLT EL3RST ELIBACC ELIBBAD ELIBEXEC ELIBMAX ELIBSCN ELNRNG ELOOP EMEDIUMTYPE EMFILE EMLINK EMSGSIZE EMULTIHOP ENAMETOOLONG ENAVAIL ENETDOWN ENETRESET ENETUNREACH ENFILE ENOANO ENOBUFS ENOCSI ENODATA ENODEV ENOENT ENOEXEC ENOKEY ENOLCK ENOLINK ENOMEDIUM ENOMEM ENOMSG ENONET ENOPKG ENOPROTOOPT ENOSPC ENOSR ENOSTR ENOSYS ENOTBLK ENOTCONN ENOTDIR ENOTEMPTY ENOTNAM ENOTRECOVERABLE ENOTSOCK ENOTSUP ENOTTY ENOTUNIQ ENXIO EOPNOTSUPP EOVERFLOW EOWNERDEAD EPERM EPFNOSUPPORT EPIPE EPROTO EPROTONOSUPPORT EPROTOTYPE ERANGE EREMCHG EREMOTE EREMOTEIO ERESTART ERFKILL EROFS ESHUTDOWN ESOCKTNOSUPPORT ESPIPE ESRCH ESRMNT ESTALE ESTRPIPE ETIME ETIMEDOUT ETOOMANYREFS ETXTBSY EUCLEAN EUNATCH EUSERS EWOULDBLOCK EXDEV EXFULL".split()

def all_names():
    return sorted((n, getattr(errno, n)) for n in NAMES)
`

var cases = []pytesting.Case{
	{"ENOENT", `errno.ENOENT`},
	{"EPERM", `errno.EPERM`},
	{"EAGAIN alias", `(errno.EAGAIN, errno.EWOULDBLOCK)`},
	{"EDEADLOCK alias", `(errno.EDEADLK, errno.EDEADLOCK)`},
	{"ENOTSUP alias", `(errno.ENOTSUP, errno.EOPNOTSUPP)`},
	{"ERFKILL", `errno.ERFKILL`},
	{"ENOTRECOVERABLE", `errno.ENOTRECOVERABLE`},
	{"ECONNREFUSED", `errno.ECONNREFUSED`},
	{"ETIMEDOUT", `errno.ETIMEDOUT`},
	{"every name", `all_names()`},
	{"name count", `len(NAMES)`},
	{"errorcode 2", `errno.errorcode[2]`},
	{"errorcode EAGAIN", `errno.errorcode[errno.EWOULDBLOCK]`},
	{"errorcode 35", `errno.errorcode[35]`},
	{"errorcode 95", `errno.errorcode[95]`},
	{"errorcode True", `errno.errorcode[True]`},
	{"errorcode float", `errno.errorcode[2.0]`},
	{"errorcode missing", `errno.errorcode[999]`},
	{"errorcode str key", `errno.errorcode["ENOENT"]`},
	{"errorcode list key", `errno.errorcode[[1]]`},
	{"errorcode len", `len(errno.errorcode)`},
	{"errorcode get", `errno.errorcode.get(13)`},
	{"errorcode get default", `errno.errorcode.get(0, "none")`},
	{"errorcode get missing", `errno.errorcode.get(-1)`},
	{"errorcode in", `(1 in errno.errorcode, 0 in errno.errorcode, "x" in errno.errorcode)`},
	{"errorcode keys", `sorted(errno.errorcode.keys())[:10]`},
	{"errorcode values", `sorted(errno.errorcode.values())[:5]`},
	{"errorcode items", `sorted(errno.errorcode.items())[-3:]`},
	{"errorcode iteration", `sum(1 for k in errno.errorcode)`},
	{"errorcode round trip", `all(getattr(errno, v) == k for k, v in errno.errorcode.items())`},
	{"errorcode repr", `repr(errno.errorcode)`},
	{"OSError errno", `OSError(errno.ENOENT, "x").errno == errno.ENOENT`},
	{"missing name", `errno.EFOO`},
	{"module name", `errno.__name__`},
	{"errorcode is dict", `(type(errno.errorcode).__name__, isinstance(errno.errorcode, dict))`},
	{"private names", `[n for n in ("_codes", "errorcode") if hasattr(errno, n)]`},
}

func TestDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "errno", prelude, cases)
}
