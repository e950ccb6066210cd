// Package pyresource is the resource module of CPython 3.6 on Linux:
// getrlimit, setrlimit and prlimit over the RLIMIT_* resources,
// getrusage with struct_rusage (a struct sequence, modules/structseq),
// getpagesize, and error (OSError).
package pyresource

import (
	"math"
	"os"
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/structseq"
)

// nLimits is RLIM_NLIMITS: resources are 0 to nLimits-1.
const nLimits = 16

// rlimInfinity is RLIM_INFINITY, which Python sees as -1.
const rlimInfinity = math.MaxUint64

// resourceArg is the resource argument: a C int in range.
func resourceArg(o py.Object) (int, error) {
	r, err := pyarg.Int(o)
	if err != nil {
		return 0, err
	}
	if r < 0 || r >= nLimits {
		return 0, pyutil.ValueErrorf("invalid resource specified")
	}
	return r, nil
}

// limitObject is an rlim_t as Python sees it (a signed C long long, so
// RLIM_INFINITY is -1).
func limitObject(v uint64) py.Object { return py.Int(int64(v)) }

// limitValue converts one limit as PyLong_AsLong does: an int (bool, or
// __index__ object), a float truncated, anything else "an integer is
// required".
func limitValue(o py.Object) (uint64, error) {
	if f, ok := o.(py.Float); ok {
		if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) || f >= 9.223372036854775807e18 || f < -9.223372036854775808e18 {
			if math.IsNaN(float64(f)) {
				return 0, pyutil.ValueErrorf("cannot convert float NaN to integer")
			}
			if math.IsInf(float64(f), 0) {
				return 0, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
			}
			return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		}
		return uint64(int64(f)), nil
	}
	if !pyarg.IsInteger(o) {
		return 0, pyutil.TypeErrorf("an integer is required (got type %s)", pyarg.TypeName(o))
	}
	b, err := pyarg.Index(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
	}
	return uint64(b.Int64()), nil
}

// limitsArg converts the (soft, hard) argument: any iterable of two
// values.
func limitsArg(o py.Object) (syscall.Rlimit, error) {
	var rl syscall.Rlimit
	items, err := iterate(o)
	if err != nil {
		return rl, err
	}
	if len(items) != 2 {
		return rl, pyutil.ValueErrorf("expected a tuple of 2 integers")
	}
	if rl.Cur, err = limitValue(items[0]); err != nil {
		return rl, err
	}
	if rl.Max, err = limitValue(items[1]); err != nil {
		return rl, err
	}
	return rl, nil
}

// iterate collects the items of an iterable, with "'T' object is not
// iterable" for anything else.
func iterate(o py.Object) (py.Tuple, error) {
	if t, ok := o.(py.Tuple); ok {
		return t, nil
	}
	it, err := py.Iter(o)
	if err != nil {
		return nil, pyutil.TypeErrorf("'%s' object is not iterable", pyarg.TypeName(o))
	}
	var out py.Tuple
	for {
		v, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return out, nil
			}
			return nil, err
		}
		out = append(out, v)
	}
}

// setError is setrlimit's and prlimit's error: EINVAL and (for
// setrlimit) EPERM have their own ValueErrors.
func setError(e syscall.Errno, eperm bool) error {
	switch {
	case e == syscall.EINVAL:
		return pyutil.ValueErrorf("current limit exceeds maximum limit")
	case e == syscall.EPERM && eperm:
		return pyutil.ValueErrorf("not allowed to raise maximum limit")
	}
	return pyutil.OSErrorFromErrno(e, nil)
}

func resourceGetrlimit(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := fixedArgs("getrlimit", args, kwargs, 1); err != nil {
		return nil, err
	}
	r, err := resourceArg(args[0])
	if err != nil {
		return nil, err
	}
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(r, &rl); err != nil {
		return nil, pyutil.OSErrorFromErrno(err.(syscall.Errno), nil)
	}
	return py.Tuple{limitObject(rl.Cur), limitObject(rl.Max)}, nil
}

func resourceSetrlimit(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := fixedArgs("setrlimit", args, kwargs, 2); err != nil {
		return nil, err
	}
	r, err := resourceArg(args[0])
	if err != nil {
		return nil, err
	}
	rl, err := limitsArg(args[1])
	if err != nil {
		return nil, err
	}
	if err := syscall.Setrlimit(r, &rl); err != nil {
		return nil, setError(err.(syscall.Errno), true)
	}
	return py.None, nil
}

func resourcePrlimit(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("prlimit", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("prlimit", args, 2, 3); err != nil {
		return nil, err
	}
	pid, err := pyarg.Int(args[0])
	if err != nil {
		return nil, err
	}
	r, err := resourceArg(args[1])
	if err != nil {
		return nil, err
	}
	var newp unsafe.Pointer
	var rl, old syscall.Rlimit
	if len(args) == 3 {
		if rl, err = limitsArg(args[2]); err != nil {
			return nil, err
		}
		newp = unsafe.Pointer(&rl)
	}
	_, _, e := syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), uintptr(r), uintptr(newp), uintptr(unsafe.Pointer(&old)), 0, 0)
	if e != 0 {
		return nil, setError(e, false)
	}
	return py.Tuple{limitObject(old.Cur), limitObject(old.Max)}, nil
}

func resourceGetrusage(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := fixedArgs("getrusage", args, kwargs, 1); err != nil {
		return nil, err
	}
	who, err := pyarg.Int(args[0])
	if err != nil {
		return nil, err
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		if err == syscall.EINVAL {
			return nil, pyutil.ValueErrorf("invalid who parameter")
		}
		return nil, pyutil.OSErrorFromErrno(err.(syscall.Errno), nil)
	}
	seconds := func(tv syscall.Timeval) py.Object {
		return py.Float(float64(tv.Sec) + float64(tv.Usec)*1e-6)
	}
	return structseq.Make(self, "struct_rusage", py.Tuple{
		seconds(ru.Utime), seconds(ru.Stime),
		py.Int(ru.Maxrss), py.Int(ru.Ixrss), py.Int(ru.Idrss), py.Int(ru.Isrss),
		py.Int(ru.Minflt), py.Int(ru.Majflt), py.Int(ru.Nswap),
		py.Int(ru.Inblock), py.Int(ru.Oublock), py.Int(ru.Msgsnd), py.Int(ru.Msgrcv),
		py.Int(ru.Nsignals), py.Int(ru.Nvcsw), py.Int(ru.Nivcsw),
	})
}

func resourceGetpagesize(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoArgs("getpagesize", args, kwargs); err != nil {
		return nil, err
	}
	return py.Int(os.Getpagesize()), nil
}

// fixedArgs checks a call of exactly n positional arguments with
// getargs' messages.
func fixedArgs(fn string, args py.Tuple, kwargs py.StringDict, n int) error {
	if err := pyarg.NoKeywords(fn, kwargs); err != nil {
		return err
	}
	return pyarg.ArgCount36(fn, args, n, n)
}

// rusageFields are struct_rusage's fields (struct rusage of getrusage(2)).
var rusageFields = []string{"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
	"ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv",
	"ru_nsignals", "ru_nvcsw", "ru_nivcsw"}

func init() {
	globals := py.StringDict{
		"error":         py.OSError,
		"RLIM_INFINITY": limitObject(rlimInfinity),
		"RUSAGE_SELF":   py.Int(syscall.RUSAGE_SELF), "RUSAGE_CHILDREN": py.Int(syscall.RUSAGE_CHILDREN),
		"RUSAGE_THREAD": py.Int(1),
	}
	for name, v := range map[string]int{
		"RLIMIT_CPU": 0, "RLIMIT_FSIZE": 1, "RLIMIT_DATA": 2, "RLIMIT_STACK": 3, "RLIMIT_CORE": 4,
		"RLIMIT_RSS": 5, "RLIMIT_NPROC": 6, "RLIMIT_NOFILE": 7, "RLIMIT_OFILE": 7, "RLIMIT_MEMLOCK": 8,
		"RLIMIT_AS": 9, "RLIMIT_SIGPENDING": 11, "RLIMIT_MSGQUEUE": 12, "RLIMIT_NICE": 13,
		"RLIMIT_RTPRIO": 14, "RLIMIT_RTTIME": 15,
	} {
		globals[name] = py.Int(v)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{
			Name:     "resource",
			Doc:      "Process resource limits and usage: getrlimit(2), setrlimit(2), prlimit(2) and getrusage(2).",
			FileDesc: "<resource>",
		},
		Methods: []*py.Method{
			pyutil.MustNewMethod("getrlimit", resourceGetrlimit, 0, "getrlimit(resource) -> (soft, hard)\n\nThe limits on resource (an RLIMIT_* constant); RLIM_INFINITY (-1) for none."),
			pyutil.MustNewMethod("setrlimit", resourceSetrlimit, 0, "setrlimit(resource, (soft, hard))\n\nSets the limits on resource. ValueError when soft exceeds hard or when hard is raised without the privilege."),
			pyutil.MustNewMethod("prlimit", resourcePrlimit, 0, "prlimit(pid, resource[, limits]) -> (soft, hard)\n\nThe limits of process pid (0 for this one) on resource, before limits, if given, replace them."),
			pyutil.MustNewMethod("getrusage", resourceGetrusage, 0, "getrusage(who) -> struct_rusage\n\nResources used by this process (RUSAGE_SELF), its waited-for children (RUSAGE_CHILDREN) or this thread (RUSAGE_THREAD)."),
			pyutil.MustNewMethod("getpagesize", resourceGetpagesize, 0, "getpagesize() -> int\n\nThe size of a memory page in bytes."),
		},
		Globals: globals,
		CodeSrc: structseq.Source("resource", "struct_rusage",
			"Resource usage as getrusage() reports it: a 16-tuple, ru_utime and ru_stime in seconds (floats), the rest counts, each also an attribute.",
			rusageFields...),
	})
}
