package pyutil

import (
	"errors"
	"fmt"
	"syscall"

	"github.com/go-python/gpython/py"
)

// NewExceptionType makes an exception type called name (as Python prints it,
// e.g. "ssl.SSLError") deriving from bases, the first being the primary base.
//
// gpython's Type.NewType copies the READY flag of its parent, so the new type
// would keep neither Base nor Mro and `except Parent` would not catch it. We
// set the bases, clear READY and run Ready again so the MRO is computed.
func NewExceptionType(name, doc string, bases ...*py.Type) *py.Type {
	if len(bases) == 0 {
		bases = []*py.Type{py.ExceptionType}
	}
	t := bases[0].NewType(name, doc, nil, nil)
	t.ObjectType = py.TypeType // NewType makes the base its metaclass
	t.Base = bases[0]
	t.Bases = make(py.Tuple, len(bases))
	for i, b := range bases {
		t.Bases[i] = b
	}
	t.Flags &^= py.TPFLAGS_READY
	if err := t.Ready(); err != nil {
		panic(fmt.Sprintf("pyutil: cannot ready exception type %s: %v", name, err))
	}
	return t
}

// errnoTypes maps an errno to the OSError subclass CPython raises for it.
var errnoTypes = map[syscall.Errno]*py.Type{
	syscall.EAGAIN:       py.BlockingIOError,
	syscall.EALREADY:     py.BlockingIOError,
	syscall.EINPROGRESS:  py.BlockingIOError,
	syscall.ECHILD:       py.ChildProcessError,
	syscall.EPIPE:        py.BrokenPipeError,
	syscall.ESHUTDOWN:    py.BrokenPipeError,
	syscall.ECONNABORTED: py.ConnectionAbortedError,
	syscall.ECONNREFUSED: py.ConnectionRefusedError,
	syscall.ECONNRESET:   py.ConnectionResetError,
	syscall.EEXIST:       py.FileExistsError,
	syscall.ENOENT:       py.FileNotFoundError,
	syscall.EISDIR:       py.IsADirectoryError,
	syscall.ENOTDIR:      py.NotADirectoryError,
	syscall.EINTR:        py.InterruptedError,
	syscall.EACCES:       py.PermissionError,
	syscall.EPERM:        py.PermissionError,
	syscall.ESRCH:        py.ProcessLookupError,
	syscall.ETIMEDOUT:    py.TimeoutError,
}

// ErrnoType returns the OSError subclass CPython uses for errno, or
// py.OSError when there is none.
func ErrnoType(errno syscall.Errno) *py.Type {
	if t, ok := errnoTypes[errno]; ok {
		return t
	}
	return py.OSError
}

// ClassErrno returns the errno a bare instance of an OSError subclass stands
// for (ENOENT for FileNotFoundError), or 0 when the class names none.
func ClassErrno(t *py.Type) syscall.Errno {
	for errno, et := range errnoTypes {
		if et == t && errno != syscall.EALREADY && errno != syscall.EINPROGRESS &&
			errno != syscall.ESHUTDOWN && errno != syscall.EPERM {
			return errno
		}
	}
	return 0
}

// NewOSError builds an instance of t (an OSError subclass) carrying errno,
// strerror and filename (unset when filename is nil or None), whose str()
// is CPython's "[Errno 2] No such file or directory: 'x.pem'" and whose
// args are CPython's (errno, strerror). The fields live in the instance
// Dict and are read through the properties that this package installs on
// OSError.
func NewOSError(t *py.Type, errno int, strerror string, filename py.Object) *py.Exception {
	e := &py.Exception{
		Base: t,
		Args: py.Tuple{py.Int(errno), py.String(strerror)},
		Dict: py.StringDict{
			"errno":    py.Int(errno),
			"strerror": py.String(strerror),
		},
	}
	if filename != nil && filename != py.None {
		e.Dict["filename"] = filename
	}
	return e
}

// OSErrorFromErrno is NewOSError with the subclass CPython picks for errno
// and the C library's text for it.
func OSErrorFromErrno(errno syscall.Errno, filename py.Object) *py.Exception {
	return NewOSError(ErrnoType(errno), int(errno), StrError(errno), filename)
}

// StrError is strerror(3) with CPython's capitalisation ("No such file or
// directory"); Go's table is lower-case.
func StrError(errno syscall.Errno) string {
	s := errno.Error()
	if s == "" {
		return fmt.Sprintf("Unknown error %d", int(errno))
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// FromGoError turns an error from a Go system call into the OSError CPython
// would raise; a *py.Exception passes through unchanged and any other error
// becomes OSError with its text.
func FromGoError(err error, filename py.Object) error {
	if err == nil {
		return nil
	}
	var pe *py.Exception
	if errors.As(err, &pe) {
		return pe
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return OSErrorFromErrno(errno, filename)
	}
	return py.ExceptionNewf(py.OSError, "%s", err.Error())
}

// dictAttr reads name from an exception instance's Dict.
func dictAttr(self py.Object, name string) (py.Object, bool) {
	e, ok := self.(*py.Exception)
	if !ok || e.Dict == nil {
		return nil, false
	}
	v, ok := e.Dict[name]
	return v, ok
}

// osErrorField reads an OSError field through OSErrorAttr; unset is None.
func osErrorField(self py.Object, name string) py.Object {
	if e, ok := self.(*py.Exception); ok {
		if v, ok := OSErrorAttr(e, name); ok {
			return v
		}
	}
	return py.None
}

func osErrorErrno(self py.Object) (py.Object, error) {
	if v := osErrorField(self, "errno"); v != py.None {
		return v, nil
	}
	// gpython raises FileNotFoundError("open /x: ...") with no errno: the
	// class says which one it is.
	if e, ok := self.(*py.Exception); ok && len(argsOf(e)) == 1 {
		if errno := ClassErrno(e.Base); errno != 0 {
			return py.Int(errno), nil
		}
	}
	return py.None, nil
}

func osErrorStrerror(self py.Object) (py.Object, error) {
	if v := osErrorField(self, "strerror"); v != py.None {
		return v, nil
	}
	if e, ok := self.(*py.Exception); ok && len(argsOf(e)) == 1 {
		if errno := ClassErrno(e.Base); errno != 0 {
			return py.String(StrError(errno)), nil
		}
	}
	return py.None, nil
}

func argsOf(e *py.Exception) py.Tuple {
	args, _ := e.Args.(py.Tuple)
	return args
}

// osErrorProperty is the property of an OSError field: get through
// OSErrorAttr (or get when given), set into the instance Dict, as
// CPython's writable member.
func osErrorProperty(name, doc string, get func(py.Object) (py.Object, error)) *py.Property {
	if get == nil {
		get = func(self py.Object) (py.Object, error) { return osErrorField(self, name), nil }
	}
	return &py.Property{
		Fget: get,
		Fset: func(self, v py.Object) error {
			e, ok := self.(*py.Exception)
			if !ok {
				return TypeErrorf("descriptor '%s' for 'OSError' objects doesn't apply to a '%s' object", name, TypeName(self))
			}
			if e.Dict == nil {
				e.Dict = py.StringDict{}
			}
			_, hasErrno := e.Dict["errno"]
			_, hasStrerror := e.Dict["strerror"]
			if !hasErrno && !hasStrerror {
				// The fields were read from args: keep them, as the
				// Dict answers for all of them from now on.
				read := py.StringDict{}
				for _, f := range []string{"errno", "strerror", "filename", "filename2"} {
					if fv, ok := OSErrorAttr(e, f); ok {
						read[f] = fv
					}
				}
				for f, fv := range read {
					e.Dict[f] = fv
				}
			}
			e.Dict[name] = v
			return nil
		},
		Doc: doc,
	}
}

// DictProperty is a read-only property reading name from an exception's
// instance Dict, with def when it is absent.
func DictProperty(name string, def py.Object, doc string) *py.Property {
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if v, ok := dictAttr(self, name); ok {
				return v, nil
			}
			return def, nil
		},
		Doc: doc,
	}
}

func init() {
	py.OSError.Dict["errno"] = osErrorProperty("errno", "The error number (an errno value) the failed call reported.", osErrorErrno)
	py.OSError.Dict["strerror"] = osErrorProperty("strerror", "The system's text for the error number.", osErrorStrerror)
	py.OSError.Dict["filename"] = osErrorProperty("filename", "The file name the failed call was given, or None.", nil)
	py.OSError.Dict["filename2"] = osErrorProperty("filename2", "The second file name of a call given two (rename, link), or None.", nil)
}

// ExceptionMessage is the message of err when err is an exception of
// kind t (or a subclass) made with one str argument, as the errors the
// loop rewords into CPython's words are; ok is false otherwise.
func ExceptionMessage(err error, t *py.Type) (msg string, ok bool) {
	e, isExc := err.(*py.Exception)
	if !isExc || !py.IsException(t, err) {
		return "", false
	}
	a, _ := e.Args.(py.Tuple)
	if len(a) != 1 {
		return "", false
	}
	s, isStr := a[0].(py.String)
	return string(s), isStr
}
