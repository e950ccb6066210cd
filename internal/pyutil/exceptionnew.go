package pyutil

import (
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pybox"
)

// builtinExceptions are gpython's exception classes (py/exception.go):
// init gives each the constructor ExceptionNew. Classes made later from
// one of them (NewExceptionType, gpython's NewType) copy it.
var builtinExceptions = []*py.Type{
	py.BaseException, py.SystemExit, py.KeyboardInterrupt, py.GeneratorExit,
	py.ExceptionType, py.StopIteration, py.ArithmeticError, py.FloatingPointError,
	py.OverflowError, py.ZeroDivisionError, py.AssertionError, py.AttributeError,
	py.BufferError, py.EOFError, py.ImportError, py.LookupError, py.IndexError,
	py.KeyError, py.MemoryError, py.NameError, py.UnboundLocalError, py.OSError,
	py.BlockingIOError, py.ChildProcessError, py.ConnectionError, py.BrokenPipeError,
	py.ConnectionAbortedError, py.ConnectionRefusedError, py.ConnectionResetError,
	py.FileExistsError, py.FileNotFoundError, py.InterruptedError, py.IsADirectoryError,
	py.NotADirectoryError, py.PermissionError, py.ProcessLookupError, py.TimeoutError,
	py.ReferenceError, py.RuntimeError, py.NotImplementedError, py.SyntaxError,
	py.IndentationError, py.TabError, py.SystemError, py.TypeError, py.ValueError,
	py.UnicodeError, py.UnicodeDecodeError, py.UnicodeEncodeError,
	py.UnicodeTranslateError, py.Warning, py.DeprecationWarning,
	py.PendingDeprecationWarning, py.RuntimeWarning, py.SyntaxWarning, py.UserWarning,
	py.FutureWarning, py.ImportWarning, py.UnicodeWarning, py.BytesWarning,
	py.ResourceWarning,
}

// ExceptionNew constructs an instance of a built-in exception class t, as
// CPython 3.6's BaseException.__new__ and __init__ do: the arguments
// become args, keyword arguments are a TypeError ("ValueError does not
// take keyword arguments"; gpython's returns a plain Go error, which
// surfaces as SystemError). OSError and its subclasses take their
// attributes from the arguments (see InitOSError), and OSError itself
// gives the subclass for a known errno: OSError(2, "x") is a
// FileNotFoundError.
func ExceptionNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, TypeErrorf("%s does not take keyword arguments", t.Name)
	}
	if t.IsSubtype(py.OSError) {
		if t == py.OSError && len(args) >= 2 && len(args) <= 5 {
			if errno, ok := smallInt(args[0]); ok {
				t = ErrnoType(syscall.Errno(errno))
			}
		}
		e := &py.Exception{Base: t, Dict: py.StringDict{}}
		if pythonInitOnly(t) {
			// 3.6 leaves the arguments to the class's own __init__ (which
			// may call OSError.__init__ for them), args included.
			e.Args = py.Tuple{}
			return e, nil
		}
		InitOSError(e, args)
		return e, nil
	}
	// Dict stays nil until an attribute is set (a raise-and-catch loop
	// then makes no map); SetAttr, __dict__ and the initialisers below
	// make it when they need it.
	e := newPlainException(t, args)
	if t.IsSubtype(py.SyntaxError) {
		InitSyntaxError(e, args)
	}
	if (t.IsSubtype(py.UnicodeEncodeError) || t.IsSubtype(py.UnicodeDecodeError)) && len(args) == 5 {
		// UnicodeEncodeError(encoding, object, start, end, reason)
		e.Dict = make(py.StringDict, 5)
		for i, k := range []string{"encoding", "object", "start", "end", "reason"} {
			e.Dict[k] = args[i]
		}
		if buf, ok := args[1].(ReadableBuffer); ok && t.IsSubtype(py.UnicodeDecodeError) {
			if _, isBytes := args[1].(py.Bytes); !isBytes {
				// The object is kept as bytes (a copy of a bytearray's).
				e.Dict["object"] = py.Bytes(append([]byte(nil), buf.BufferBytes()...))
			}
		}
	}
	return e, nil
}

// InitSyntaxError sets the attributes SyntaxError(msg, (filename, lineno,
// offset, text)) has: msg from the first argument, the rest from the
// tuple, None where not given.
func InitSyntaxError(e *py.Exception, args py.Tuple) {
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	for _, k := range []string{"msg", "filename", "lineno", "offset", "text", "print_file_and_line"} {
		if _, ok := e.Dict[k]; !ok {
			e.Dict[k] = py.None
		}
	}
	if len(args) >= 1 {
		e.Dict["msg"] = args[0]
	}
	if len(args) == 2 {
		if info, ok := args[1].(py.Tuple); ok && len(info) == 4 {
			e.Dict["filename"], e.Dict["lineno"], e.Dict["offset"], e.Dict["text"] = info[0], info[1], info[2], info[3]
		}
	}
}

// smallInt is an int argument (bool included, as CPython's PyLong_Check)
// that fits an errno.
func smallInt(o py.Object) (int, bool) {
	switch v := o.(type) {
	case py.Int:
		if v >= 0 && v < 1<<16 {
			return int(v), true
		}
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// osErrorFields are the attributes InitOSError sets, kept in the
// instance Dict.
var osErrorFields = []string{"errno", "strerror", "filename", "filename2", "characters_written"}

// InitOSError is CPython 3.6's OSError.__init__ on e: with 2 to 5
// arguments (errno, strerror[, filename[, winerror[, filename2]]]) errno
// and strerror are set, and a filename other than None is set and cut
// from args, which keep (errno, strerror); filename2 only goes with a
// filename. A BlockingIOError's third argument, when it is a number, is
// characters_written instead. Other argument counts set nothing. The
// attributes live in e.Dict (OSErrorAttr reads them).
func InitOSError(e *py.Exception, args py.Tuple) {
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	for _, k := range osErrorFields {
		delete(e.Dict, k)
	}
	e.Args = args.Copy()
	if len(args) < 2 || len(args) > 5 {
		return
	}
	e.Dict["errno"] = args[0]
	e.Dict["strerror"] = args[1]
	if len(args) < 3 || args[2] == py.None {
		return
	}
	if e.Base == py.BlockingIOError && isNumber(args[2]) {
		e.Dict["characters_written"] = args[2]
		return
	}
	e.Dict["filename"] = args[2]
	if len(args) == 5 && args[4] != py.None {
		e.Dict["filename2"] = args[4]
	}
	e.Args = args[:2].Copy()
}

func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt, py.Float:
		return true
	}
	return false
}

// OSErrorAttr reads the field name (errno, strerror, filename or
// filename2) of an OSError e; ok is false when it is unset, which
// Python sees as None. The instance Dict answers first (InitOSError,
// NewOSError and attribute assignment write there). An instance built
// without either (Go code making &py.Exception{Args: ...}) has its
// fields read from args as InitOSError would have set them.
func OSErrorAttr(e *py.Exception, name string) (py.Object, bool) {
	if v, ok := e.Dict[name]; ok {
		return v, true
	}
	if _, ok := e.Dict["errno"]; ok {
		return nil, false
	}
	if _, ok := e.Dict["strerror"]; ok {
		return nil, false
	}
	if e.Base != nil && e.Base.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		// An instance of a script's class got its fields from
		// OSError.__init__ (InitOSError) or has none: its own __init__
		// took the arguments.
		return nil, false
	}
	args, _ := e.Args.(py.Tuple)
	if len(args) < 2 || len(args) > 5 {
		return nil, false
	}
	switch name {
	case "errno":
		return args[0], true
	case "strerror":
		return args[1], true
	case "filename":
		if len(args) >= 3 && args[2] != py.None {
			return args[2], true
		}
	case "filename2":
		if len(args) == 5 && args[2] != py.None && args[4] != py.None {
			return args[4], true
		}
	}
	return nil, false
}

// ExceptionSelf finds the exception a Go method of an exception class
// (a *py.Method in the class Dict) was called on, and the arguments
// after it: the bound instance, or, called through the class
// (OSError.__init__(self, ...)), the first argument; gpython's
// Method.M__call__ then passes the method's module, nil, as self. method
// names it in CPython's TypeError when there is no exception.
func ExceptionSelf(self py.Object, args py.Tuple, method string) (*py.Exception, py.Tuple, error) {
	if e, ok := self.(*py.Exception); ok {
		return e, args, nil
	}
	if len(args) > 0 {
		if e, ok := args[0].(*py.Exception); ok {
			return e, args[1:], nil
		}
		return nil, nil, TypeErrorf("descriptor '%s' requires a 'BaseException' object but received a '%s'", method, TypeName(args[0]))
	}
	return nil, nil, TypeErrorf("descriptor '%s' of 'BaseException' object needs an argument", method)
}

// osErrorInit is OSError.__init__, which a Python subclass of OSError
// without its own __init__ runs (the loop builds such instances itself),
// as does super().__init__(errno, strerror, ...) in one that has. On an
// instance of a built-in class it does nothing.
var osErrorInit = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	e, args, err := ExceptionSelf(self, args, "__init__")
	if err != nil {
		return nil, err
	}
	if len(kwargs) != 0 {
		return nil, TypeErrorf("%s does not take keyword arguments", e.Base.Name)
	}
	if e.Base == nil || !e.Base.IsSubtype(py.OSError) {
		return nil, TypeErrorf("descriptor '__init__' requires a 'OSError' object but received a '%s'", TypeName(e))
	}
	if e.Base.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		// A built-in class's instance was set up by ExceptionNew, as
		// CPython's OSError.__new__ does; its __init__ then changes
		// nothing.
		return py.None, nil
	}
	InitOSError(e, args)
	return py.None, nil
}, 0, "Set up a new instance from the constructor arguments; help(type(self)) shows them.")

func init() {
	for _, t := range builtinExceptions {
		t.New = ExceptionNew
	}
	py.OSError.Dict["__init__"] = osErrorInit
}

// pythonInitOnly reports whether a class defined in Python overrides
// __init__ but not __new__ along t's MRO (before the first built-in
// class), the case where OSError.__new__ does not read the arguments.
func pythonInitOnly(t *py.Type) bool {
	init := false
	for _, b := range t.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			break
		}
		if _, ok := bt.Dict["__new__"]; ok {
			return false
		}
		if _, ok := bt.Dict["__init__"]; ok {
			init = true
		}
	}
	return init
}

// exceptionWithArg is an exception, its args tuple's header and the
// tuple's one item, allocated together.
type exceptionWithArg struct {
	e   py.Exception
	hdr py.Tuple
	arg [1]py.Object
}

// newPlainException is &py.Exception{Base: t, Args: a copy of args}, which
// costs three allocations: the exception, the tuple's items and the boxed
// tuple header (Args is a py.Object). The usual ValueError("message") has
// one argument: its three are made as one, the header boxed in place
// under internal/pybox's contract (a tuple's items are never written once
// it exists; its capacity is its length, so an append copies).
func newPlainException(t *py.Type, args py.Tuple) *py.Exception {
	if len(args) != 1 {
		return &py.Exception{Base: t, Args: args.Copy()}
	}
	b := &exceptionWithArg{arg: [1]py.Object{args[0]}}
	b.hdr = py.Tuple(b.arg[:])
	b.e = py.Exception{Base: t, Args: pybox.Make(pybox.TupleTable, unsafe.Pointer(&b.hdr))}
	return &b.e
}
