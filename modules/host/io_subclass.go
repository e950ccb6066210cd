package host

import (
	"strings"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Classes may derive from _io.FileIO and the buffered types, as in
// CPython (the audio modules' tests wrap a file in a FileIO subclass
// whose seek and tell refuse). A FileIO subclass opens its file in
// FileIO.__init__, so that the class's own __init__ may take other
// arguments; until then the instance holds a closed FileIO, which is
// what CPython's FileIO.__new__ leaves. The methods run on the held
// value, except those that give or act on the stream as a whole:
// __enter__ returns the instance and __exit__ calls its close(), which
// the class may override.
func init() {
	vm.RegisterValueBase(FileIOType, vm.ValueBase{
		Sample: &FileIO{},
		Empty:  func() py.Object { return &FileIO{fd: -1, closed: true, closefd: true, name: py.None} },
		Init: func(old py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			f, ok := old.(*FileIO)
			if ok && !f.closed {
				// FileIO.__init__ again on an open file: the old
				// descriptor goes, as CPython closes it first.
				if err := f.close(); err != nil {
					return nil, err
				}
			}
			made, err := fileIONew(FileIOType, args, kwargs)
			if err != nil || !ok {
				return made, err
			}
			// The object itself takes the new file (f.__init__(...)
			// on a FileIO as on an instance of a derived class); the
			// close-on-drop cleanup moves with the descriptor.
			nf := made.(*FileIO)
			drop := nf.hasCleanup
			nf.keepOnDrop()
			attrs := f.attrs
			f.drop = nf.drop
			f.fd, f.name, f.readable, f.writable = nf.fd, nf.name, nf.readable, nf.writable
			f.appending, f.created, f.closefd, f.closed = nf.appending, nf.created, nf.closefd, nf.closed
			f.seekableIs, f.inRepr, f.attrs = nf.seekableIs, false, attrs
			// __init__ sets the name again
			f.attrs.put("name", nf.nameAttr())
			if drop {
				f.closeOnDrop()
			}
			return f, nil
		},
		// FileIO.__init__ sets name through the instance's __setattr__,
		// which a derived class may define
		Settle: func(inst, v py.Object) error {
			if f, ok := v.(*FileIO); ok && inst != v {
				if t, isType := inst.(*py.Type); isType {
					f.owner = weak.Make(t)
				}
			}
			if f, ok := v.(*FileIO); ok && !f.closed {
				if name := f.nameAttr(); name != nil {
					if err := vm.SetAttr(inst, "name", name); err != nil {
						f.abandon()
						return err
					}
				}
			}
			return nil
		},
	})
	instanceAttrs(FileIOType)
	streamEnterExit(FileIOType, func(o py.Object) bool {
		f, ok := o.(*FileIO)
		return ok && f.closed
	})
	for _, t := range bufferedTypes {
		vm.RegisterValueBase(t, vm.ValueBase{Sample: &Buffered{}})
		uninitializedBufferedNew(t)
		bufferedInstanceClose(t)
		streamEnterExit(t, func(o py.Object) bool {
			b, ok := o.(*Buffered)
			return ok && !b.detached && b.closed()
		})
	}
}

// streamEnterExit replaces t's __enter__ and __exit__ with ones that see
// an instance of a derived class as itself, and gives t IOBase's __del__.
func streamEnterExit(t *py.Type, closed func(py.Object) bool) {
	enter := pyutil.MustNewMethod("__enter__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !self.Type().IsSubtype(t) {
			return nil, pyutil.TypeErrorf("descriptor '__enter__' requires a '_io._IOBase' object but received a '%s'", pyutil.TypeName(self))
		}
		if closed(pyutil.Unwrap(self)) {
			return nil, errClosed(closedText + ".")
		}
		return self, nil
	}, 0, "")
	exit := pyutil.MustNewMethod("__exit__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !self.Type().IsSubtype(t) {
			return nil, pyutil.TypeErrorf("descriptor '__exit__' requires a '_io._IOBase' object but received a '%s'", pyutil.TypeName(self))
		}
		closeMethod, err := vm.GetAttr(self, "close")
		if err != nil {
			return nil, err
		}
		if _, err := vm.Call(closeMethod, nil, nil); err != nil {
			return nil, err
		}
		return py.None, nil
	}, 0, "")
	// iter(stream) checks that the stream is open, as the Go type's
	// M__iter__ does, and gives the instance itself.
	iter := pyutil.MustNewMethod("__iter__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if closed(pyutil.Unwrap(self)) {
			return nil, errClosed(closedText + ".")
		}
		return self, nil
	}, 0, "iter(self): the stream itself, its lines read one by one; ValueError once closed.")
	// IOBase's finalizer: a stream dropped while open is closed through
	// its close (a derived class's own), whatever goes wrong ignored, as
	// CPython 3.6's iobase_finalize does; a derived class's __del__ may
	// call it as super().__del__().
	del := pyutil.MustNewMethod("__del__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !self.Type().IsSubtype(t) || closed(pyutil.Unwrap(self)) {
			return py.None, nil
		}
		warnUnclosedStream(self)
		if closeMethod, err := vm.GetAttr(self, "close"); err == nil {
			_, _ = vm.Call(closeMethod, nil, nil)
		}
		return py.None, nil
	}, 0, "")
	vm.TakesInstance(enter)
	vm.TakesInstance(exit)
	vm.TakesInstance(iter)
	vm.TakesInstance(del)
	t.Dict["__del__"] = del
	t.Dict["__enter__"] = enter
	t.Dict["__exit__"] = exit
	t.Dict["__iter__"] = iter
}

// ReprForClass is the repr of an instance of a class derived from a
// buffered type: the class's own name where CPython puts the type's.
func (b *Buffered) ReprForClass(qualname string) (string, error) {
	if i := strings.LastIndexByte(qualname, '.'); i >= 0 {
		qualname = qualname[i+1:]
	}
	return b.reprNamed(qualname)
}

// uninitializedBufferedNew makes t.__new__(t), without arguments, give a
// buffered object that __init__ has not set up, as CPython's does: its
// methods fail until __init__(raw) runs. The object is an instance of
// io's Python implementation of the class (io._PyBufferedReader, ...),
// which takes any raw stream; every other call goes to the __new__ the
// type had.
func uninitializedBufferedNew(t *py.Type) {
	old := t.Dict["__new__"]
	name := t.Name[len("_io."):]
	m := pyutil.MustNewMethod("__new__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 1 || len(kwargs) != 0 || args[0] != py.Object(t) {
			return vm.Call(old, args, kwargs)
		}
		ctx := vm.CurrentContext()
		if ctx == nil {
			return vm.Call(old, args, kwargs)
		}
		mod, err := py.ImportModuleLevelObject(ctx, "io", nil, nil, nil, 0)
		if err != nil {
			return nil, err
		}
		cls, err := vm.GetAttr(mod, "_Py"+name)
		if err != nil {
			return nil, err
		}
		make, err := vm.GetAttr(cls, "__new__")
		if err != nil {
			return nil, err
		}
		return vm.Call(make, py.Tuple{cls}, nil)
	}, 0, "Create and return a new object; T.__new__(T) alone gives one that T.__init__(raw) sets up.")
	t.Dict["__new__"] = &py.StaticMethod{Callable: m}
}

// instanceAttrs makes FileIO.close, called on an instance of a derived
// class, set __IOBase_closed as CPython's does, through the instance's
// own __setattr__, which the class may define (the held FileIO keeps its
// copy for the Go code); the Settle of FileIO's registration does the
// same for __init__ and name.
func instanceAttrs(t *py.Type) {
	old := t.Dict["close"].(*py.Method)
	m := pyutil.MustNewMethod("close", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if (self == nil || self.Type() == py.ModuleType) && len(args) > 0 {
			self, args = args[0], args[1:]
		}
		f, ok := pyutil.Unwrap(self).(*FileIO)
		wasClosed := ok && f.closed
		if ok && self != py.Object(f) && !wasClosed {
			// RawIOBase.close flushes through the instance, whose class
			// may define flush; the file is closed even when it fails.
			if ferr := callFlush(self); ferr != nil {
				_, _ = old.CallWithKeywords(f, args, kwargs)
				return nil, ferr
			}
		}
		res, err := old.CallWithKeywords(pyutil.Unwrap(self), args, kwargs)
		if ok && self != py.Object(f) && !wasClosed && f.closed {
			if aerr := vm.SetAttr(self, "__IOBase_closed", py.True); err == nil {
				err = aerr
			}
		}
		return res, err
	}, 0, old.Doc)
	vm.TakesInstance(m)
	t.Dict["close"] = m
}

// callFlush calls stream.flush().
func callFlush(stream py.Object) error {
	flush, err := vm.GetAttr(stream, "flush")
	if err != nil {
		return err
	}
	_, err = vm.Call(flush, nil, nil)
	return err
}

// bufferedInstanceClose makes a buffered type's close, called on an
// instance of a derived class, flush through the instance (whose class
// may define flush) before closing the raw file, as CPython's
// buffered_close does; the raw file is closed even when flush fails.
func bufferedInstanceClose(t *py.Type) {
	old := t.Dict["close"].(*py.Method)
	m := pyutil.MustNewMethod("close", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if (self == nil || self.Type() == py.ModuleType) && len(args) > 0 {
			self, args = args[0], args[1:]
		}
		b, ok := pyutil.Unwrap(self).(*Buffered)
		if ok && self != py.Object(b) && !b.detached && !b.raw.closed {
			if ferr := callFlush(self); ferr != nil {
				_, _ = old.CallWithKeywords(b, args, kwargs)
				return nil, ferr
			}
		}
		if held := pythonBuffered(self); held != nil && held != self && !streamClosed(held) {
			// io's Python implementation over a raw stream of a
			// Python class: its close flushes through itself
			ferr := callFlush(self)
			res, err := old.CallWithKeywords(held, args, kwargs)
			if ferr != nil {
				return nil, ferr
			}
			return res, err
		}
		return old.CallWithKeywords(pyutil.Unwrap(self), args, kwargs)
	}, 0, old.Doc)
	vm.TakesInstance(m)
	t.Dict["close"] = m
}

// streamClosed is stream.closed's truth; true when it cannot be read
// (the close that follows then reports the problem).
func streamClosed(stream py.Object) bool {
	c, err := vm.GetAttr(stream, "closed")
	if err != nil {
		return true
	}
	t, err := vm.Truth(c)
	return err != nil || t
}
