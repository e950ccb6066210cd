package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// attrDict gives FileIO, the buffered classes and TextIOWrapper the
// instance __dict__ their CPython counterparts have (vm.InstanceDict): a
// script may hang attributes of its own on a file (f.owner = x), or
// replace a method on one file (f.flush = bad_flush, which close() then
// calls, as CPython's close looks flush up on the instance). What differs
// from a Python class's instance is _io._IOBase's __dict__, which can be
// neither replaced nor deleted, and the absence of __weakref__.
type attrDict struct {
	vm.InstanceDict
}

// setattr is f.name = v.
func (a *attrDict) setattr(o py.Object, name string, v py.Object) (py.Object, error) {
	if name == "__dict__" {
		return nil, ioDictNotWritable()
	}
	return a.SetAttr(o, name, v)
}

// delattr is del f.name.
func (a *attrDict) delattr(o py.Object, name string) (py.Object, error) {
	if name == "__dict__" {
		return nil, ioDictNotWritable()
	}
	return a.DelAttr(o, name)
}

// ioDictNotWritable is 3.6's refusal of an assignment to a file's __dict__.
func ioDictNotWritable() error {
	return py.ExceptionNewf(py.AttributeError, "attribute '__dict__' of '_io._IOBase' objects is not writable")
}

// put sets an attribute the Go code keeps on the instance (FileIO's name,
// the mode open() gives a TextIOWrapper), as CPython's C code sets them.
func (a *attrDict) put(name string, v py.Object) { a.Put(name, v) }

// get is the attribute name set on the instance, or nil.
func (a *attrDict) get(name string) py.Object {
	v, _ := a.OwnAttr(name)
	return v
}

// ownFlush calls the flush a script set on the instance, if any: the
// first step of close(), done while the stream is still open. ok reports
// whether there was one.
func (a *attrDict) ownFlush() (ok bool, err error) {
	fn, ok := a.OwnAttr("flush")
	if !ok {
		return false, nil
	}
	_, err = vm.Call(fn, nil, nil)
	return true, err
}

func (f *FileIO) M__getattr__(name string) (py.Object, error) { return f.attrs.GetAttr(f, name) }
func (f *FileIO) M__setattr__(name string, v py.Object) (py.Object, error) {
	return f.attrs.setattr(f, name, v)
}
func (f *FileIO) M__delattr__(name string) (py.Object, error) { return f.attrs.delattr(f, name) }

func (b *Buffered) M__getattr__(name string) (py.Object, error) { return b.attrs.GetAttr(b, name) }
func (b *Buffered) M__setattr__(name string, v py.Object) (py.Object, error) {
	return b.attrs.setattr(b, name, v)
}
func (b *Buffered) M__delattr__(name string) (py.Object, error) { return b.attrs.delattr(b, name) }

func (t *TextIO) M__getattr__(name string) (py.Object, error) { return t.attrs.GetAttr(t, name) }
func (t *TextIO) M__setattr__(name string, v py.Object) (py.Object, error) {
	return t.attrs.setattr(t, name, v)
}
func (t *TextIO) M__delattr__(name string) (py.Object, error) { return t.attrs.delattr(t, name) }

// OwnAttr implements vm.OwnAttrs: an attribute set on the file shadows
// the type's method of the name.
func (f *FileIO) OwnAttr(name string) (py.Object, bool) { return f.attrs.OwnAttr(name) }

// OwnAttr implements vm.OwnAttrs.
func (b *Buffered) OwnAttr(name string) (py.Object, bool) { return b.attrs.OwnAttr(name) }

// OwnAttr implements vm.OwnAttrs.
func (t *TextIO) OwnAttr(name string) (py.Object, bool) { return t.attrs.OwnAttr(name) }

// OwnDict implements vm.OwnDict (dir()).
func (f *FileIO) OwnDict() py.StringDict { return f.attrs.OwnDict() }

// OwnDict implements vm.OwnDict.
func (b *Buffered) OwnDict() py.StringDict { return b.attrs.OwnDict() }

// OwnDict implements vm.OwnDict.
func (t *TextIO) OwnDict() py.StringDict { return t.attrs.OwnDict() }
