package osext

/*
#include <errno.h>
#include <grp.h>
#include <stdlib.h>
#include <unistd.h>

static int gpy_initgroups(const char *user, int gid) {
	errno = 0;
	if (initgroups(user, (gid_t)gid) != 0) {
		return errno;
	}
	return 0;
}

static long gpy_sysconf(int name, int *err) {
	errno = 0;
	long r = sysconf(name);
	*err = errno;
	return r;
}

static size_t gpy_confstr(int name, char *buf, size_t len, int *err) {
	errno = 0;
	size_t r = confstr(name, buf, len);
	*err = errno;
	return r;
}

static long gpy_pathconf(const char *path, int fd, int name, int *err) {
	errno = 0;
	long r = path ? pathconf(path, name) : fpathconf(fd, name);
	*err = errno;
	return r;
}
*/
import "C"

import (
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/ospath"
)

// The configuration queries of os: sysconf, confstr, pathconf and
// fpathconf go to the C library (glibc computes many of the answers
// itself), with the *_names tables of CPython 3.6 on Linux.

func init() {
	extendOS([]*py.Method{
		pyutil.MustNewMethod("sysconf", osSysconf, 0, "sysconf(name, /)\n\nThe value of a system configuration variable, by name or number."),
		pyutil.MustNewMethod("confstr", osConfstr, 0, "confstr(name, /)\n\nThe string value of a system configuration variable, or None when it has none."),
		method("pathconf", osPathconf, "pathconf(path, name)\n\nA configuration limit of the file system that holds path (a path or an open descriptor)."),
		pyutil.MustNewMethod("fpathconf", osFpathconf, 0, "fpathconf(fd, name, /)\n\nA configuration limit of the file system that holds the open file fd."),
	}, nil, "")
	impl := py.GetModuleImpl("os")
	if impl == nil {
		return
	}
	impl.Globals["sysconf_names"] = namesDict(sysconfNames)
	impl.Globals["confstr_names"] = namesDict(confstrNames)
	impl.Globals["pathconf_names"] = namesDict(pathconfNames)
}

// initgroups is initgroups(3); it returns the errno of a failure.
func initgroups(user string, gid int) syscall.Errno {
	cs := C.CString(user)
	defer C.free(unsafe.Pointer(cs))
	return syscall.Errno(C.gpy_initgroups(cs, C.int(gid)))
}

func namesDict(m map[string]int) py.StringDict {
	d := py.NewStringDict()
	for k, v := range m {
		d[k] = py.Int(v)
	}
	return d
}

// confName converts the name argument of the queries: a number as is, a
// string through table (CPython's own table, which the os.*_names dicts
// only copy).
func confName(o py.Object, table map[string]int) (int, error) {
	switch v := o.(type) {
	case py.Int:
		return int(v), nil
	case py.String:
		if n, ok := table[string(v)]; ok {
			return n, nil
		}
		return 0, pyutil.ValueErrorf("unrecognized configuration name")
	}
	if _, ok := o.(py.I__index__); ok {
		return intArg(o)
	}
	return 0, pyutil.TypeErrorf("configuration names must be strings or integers")
}

// confQuery is the shape the four queries share: the name argument
// converted through table, then query run on it; a non-zero errno from
// query is the OSError (on filename, the path of pathconf).
func confQuery(nameArg py.Object, table map[string]int, filename py.Object, query func(name C.int) (py.Object, C.int)) (py.Object, error) {
	name, err := confName(nameArg, table)
	if err != nil {
		return nil, err
	}
	r, e := query(C.int(name))
	if e != 0 {
		return nil, pyutil.OSErrorFromErrno(syscall.Errno(e), filename)
	}
	return r, nil
}

func osSysconf(self py.Object, args py.Tuple) (py.Object, error) {
	if err := exactArgs("sysconf", args, 1, true); err != nil {
		return nil, err
	}
	return confQuery(args[0], sysconfNames, nil, func(name C.int) (py.Object, C.int) {
		var e C.int
		r := C.gpy_sysconf(name, &e)
		if r != -1 {
			e = 0 // -1 is a failure only when errno says so
		}
		return py.Int(r), e
	})
}

func osConfstr(self py.Object, args py.Tuple) (py.Object, error) {
	if err := exactArgs("confstr", args, 1, true); err != nil {
		return nil, err
	}
	return confQuery(args[0], confstrNames, nil, func(name C.int) (py.Object, C.int) {
		buf := make([]byte, 256)
		for {
			var e C.int
			n := C.gpy_confstr(name, (*C.char)(unsafe.Pointer(&buf[0])), C.size_t(len(buf)), &e)
			if n == 0 {
				return py.None, e // no value, or the errno of a failure
			}
			if int(n) <= len(buf) {
				return py.String(buf[:n-1]), 0
			}
			buf = make([]byte, n)
		}
	})
}

// pathconfOf is pathconf(3) of path, or fpathconf(3) of fd when path is
// nil, for the name argument nameArg.
func pathconfOf(fd int, path *string, nameArg, filename py.Object) (py.Object, error) {
	return confQuery(nameArg, pathconfNames, filename, func(name C.int) (py.Object, C.int) {
		var e C.int
		var r C.long
		if path != nil {
			cs := C.CString(*path)
			defer C.free(unsafe.Pointer(cs))
			r = C.gpy_pathconf(cs, 0, name, &e)
		} else {
			r = C.gpy_pathconf(nil, C.int(fd), name, &e)
		}
		if r != -1 {
			e = 0
		}
		return py.Int(r), e
	})
}

func osPathconf(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("pathconf", args, kwargs, []string{"path", "name"}, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	if fd, isFD, err := ospath.FDArg(a[0]); err != nil {
		return nil, err
	} else if isFD {
		return pathconfOf(fd, nil, a[1], a[0])
	}
	p, _, err := pathArg("pathconf", a[0])
	if err != nil {
		return nil, err
	}
	return pathconfOf(0, &p, a[1], a[0])
}

func osFpathconf(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("fpathconf", args, 2, 2); err != nil {
		return nil, err
	}
	fd, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	return pathconfOf(fd, nil, args[1], nil)
}

var sysconfNames = map[string]int{
	"SC_ARG_MAX": 0, "SC_CHILD_MAX": 1, "SC_CLK_TCK": 2, "SC_NGROUPS_MAX": 3, "SC_OPEN_MAX": 4,
	"SC_STREAM_MAX": 5, "SC_TZNAME_MAX": 6, "SC_JOB_CONTROL": 7, "SC_SAVED_IDS": 8,
	"SC_REALTIME_SIGNALS": 9, "SC_PRIORITY_SCHEDULING": 10, "SC_TIMERS": 11, "SC_ASYNCHRONOUS_IO": 12,
	"SC_PRIORITIZED_IO": 13, "SC_SYNCHRONIZED_IO": 14, "SC_FSYNC": 15, "SC_MAPPED_FILES": 16,
	"SC_MEMLOCK": 17, "SC_MEMLOCK_RANGE": 18, "SC_MEMORY_PROTECTION": 19, "SC_MESSAGE_PASSING": 20,
	"SC_SEMAPHORES": 21, "SC_SHARED_MEMORY_OBJECTS": 22, "SC_AIO_LISTIO_MAX": 23, "SC_AIO_MAX": 24,
	"SC_AIO_PRIO_DELTA_MAX": 25, "SC_DELAYTIMER_MAX": 26, "SC_MQ_OPEN_MAX": 27, "SC_MQ_PRIO_MAX": 28,
	"SC_VERSION": 29, "SC_PAGESIZE": 30, "SC_PAGE_SIZE": 30, "SC_RTSIG_MAX": 31,
	"SC_SEM_NSEMS_MAX": 32, "SC_SEM_VALUE_MAX": 33, "SC_SIGQUEUE_MAX": 34, "SC_TIMER_MAX": 35,
	"SC_BC_BASE_MAX": 36, "SC_BC_DIM_MAX": 37, "SC_BC_SCALE_MAX": 38, "SC_BC_STRING_MAX": 39,
	"SC_COLL_WEIGHTS_MAX": 40, "SC_EQUIV_CLASS_MAX": 41, "SC_EXPR_NEST_MAX": 42, "SC_LINE_MAX": 43,
	"SC_RE_DUP_MAX": 44, "SC_CHARCLASS_NAME_MAX": 45, "SC_2_VERSION": 46, "SC_2_C_BIND": 47,
	"SC_2_C_DEV": 48, "SC_2_FORT_DEV": 49, "SC_2_FORT_RUN": 50, "SC_2_SW_DEV": 51,
	"SC_2_LOCALEDEF": 52, "SC_PII": 53, "SC_PII_XTI": 54, "SC_PII_SOCKET": 55, "SC_PII_INTERNET": 56,
	"SC_PII_OSI": 57, "SC_POLL": 58, "SC_SELECT": 59, "SC_IOV_MAX": 60, "SC_UIO_MAXIOV": 60,
	"SC_PII_INTERNET_STREAM": 61, "SC_PII_INTERNET_DGRAM": 62, "SC_PII_OSI_COTS": 63,
	"SC_PII_OSI_CLTS": 64, "SC_PII_OSI_M": 65, "SC_T_IOV_MAX": 66, "SC_THREADS": 67,
	"SC_THREAD_SAFE_FUNCTIONS": 68, "SC_GETGR_R_SIZE_MAX": 69, "SC_GETPW_R_SIZE_MAX": 70,
	"SC_LOGIN_NAME_MAX": 71, "SC_TTY_NAME_MAX": 72, "SC_THREAD_DESTRUCTOR_ITERATIONS": 73,
	"SC_THREAD_KEYS_MAX": 74, "SC_THREAD_STACK_MIN": 75, "SC_THREAD_THREADS_MAX": 76,
	"SC_THREAD_ATTR_STACKADDR": 77, "SC_THREAD_ATTR_STACKSIZE": 78,
	"SC_THREAD_PRIORITY_SCHEDULING": 79, "SC_THREAD_PRIO_INHERIT": 80, "SC_THREAD_PRIO_PROTECT": 81,
	"SC_THREAD_PROCESS_SHARED": 82, "SC_NPROCESSORS_CONF": 83, "SC_NPROCESSORS_ONLN": 84,
	"SC_PHYS_PAGES": 85, "SC_AVPHYS_PAGES": 86, "SC_ATEXIT_MAX": 87, "SC_PASS_MAX": 88,
	"SC_XOPEN_VERSION": 89, "SC_XOPEN_XCU_VERSION": 90, "SC_XOPEN_UNIX": 91, "SC_XOPEN_CRYPT": 92,
	"SC_XOPEN_ENH_I18N": 93, "SC_XOPEN_SHM": 94, "SC_2_CHAR_TERM": 95, "SC_2_C_VERSION": 96,
	"SC_2_UPE": 97, "SC_XOPEN_XPG2": 98, "SC_XOPEN_XPG3": 99, "SC_XOPEN_XPG4": 100,
	"SC_CHAR_BIT": 101, "SC_CHAR_MAX": 102, "SC_CHAR_MIN": 103, "SC_INT_MAX": 104, "SC_INT_MIN": 105,
	"SC_LONG_BIT": 106, "SC_WORD_BIT": 107, "SC_MB_LEN_MAX": 108, "SC_NZERO": 109,
	"SC_SSIZE_MAX": 110, "SC_SCHAR_MAX": 111, "SC_SCHAR_MIN": 112, "SC_SHRT_MAX": 113,
	"SC_SHRT_MIN": 114, "SC_UCHAR_MAX": 115, "SC_UINT_MAX": 116, "SC_ULONG_MAX": 117,
	"SC_USHRT_MAX": 118, "SC_NL_ARGMAX": 119, "SC_NL_LANGMAX": 120, "SC_NL_MSGMAX": 121,
	"SC_NL_NMAX": 122, "SC_NL_SETMAX": 123, "SC_NL_TEXTMAX": 124, "SC_XBS5_ILP32_OFF32": 125,
	"SC_XBS5_ILP32_OFFBIG": 126, "SC_XBS5_LP64_OFF64": 127, "SC_XBS5_LPBIG_OFFBIG": 128,
	"SC_XOPEN_LEGACY": 129, "SC_XOPEN_REALTIME": 130, "SC_XOPEN_REALTIME_THREADS": 131,
}
var confstrNames = map[string]int{
	"CS_PATH": 0, "CS_GNU_LIBC_VERSION": 2, "CS_GNU_LIBPTHREAD_VERSION": 3, "CS_LFS_CFLAGS": 1000,
	"CS_LFS_LDFLAGS": 1001, "CS_LFS_LIBS": 1002, "CS_LFS_LINTFLAGS": 1003, "CS_LFS64_CFLAGS": 1004,
	"CS_LFS64_LDFLAGS": 1005, "CS_LFS64_LIBS": 1006, "CS_LFS64_LINTFLAGS": 1007,
	"CS_XBS5_ILP32_OFF32_CFLAGS": 1100, "CS_XBS5_ILP32_OFF32_LDFLAGS": 1101,
	"CS_XBS5_ILP32_OFF32_LIBS": 1102, "CS_XBS5_ILP32_OFF32_LINTFLAGS": 1103,
	"CS_XBS5_ILP32_OFFBIG_CFLAGS": 1104, "CS_XBS5_ILP32_OFFBIG_LDFLAGS": 1105,
	"CS_XBS5_ILP32_OFFBIG_LIBS": 1106, "CS_XBS5_ILP32_OFFBIG_LINTFLAGS": 1107,
	"CS_XBS5_LP64_OFF64_CFLAGS": 1108, "CS_XBS5_LP64_OFF64_LDFLAGS": 1109,
	"CS_XBS5_LP64_OFF64_LIBS": 1110, "CS_XBS5_LP64_OFF64_LINTFLAGS": 1111,
	"CS_XBS5_LPBIG_OFFBIG_CFLAGS": 1112, "CS_XBS5_LPBIG_OFFBIG_LDFLAGS": 1113,
	"CS_XBS5_LPBIG_OFFBIG_LIBS": 1114, "CS_XBS5_LPBIG_OFFBIG_LINTFLAGS": 1115,
}
var pathconfNames = map[string]int{
	"PC_LINK_MAX": 0, "PC_MAX_CANON": 1, "PC_MAX_INPUT": 2, "PC_NAME_MAX": 3, "PC_PATH_MAX": 4,
	"PC_PIPE_BUF": 5, "PC_CHOWN_RESTRICTED": 6, "PC_NO_TRUNC": 7, "PC_VDISABLE": 8, "PC_SYNC_IO": 9,
	"PC_ASYNC_IO": 10, "PC_PRIO_IO": 11, "PC_SOCK_MAXBUF": 12, "PC_FILESIZEBITS": 13,
	"PC_REC_INCR_XFER_SIZE": 14, "PC_REC_MAX_XFER_SIZE": 15, "PC_REC_MIN_XFER_SIZE": 16,
	"PC_REC_XFER_ALIGN": 17, "PC_ALLOC_SIZE_MIN": 18, "PC_SYMLINK_MAX": 19,
}
