package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/nsorder"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// attrDict gives FileIO, the buffered classes and TextIOWrapper the
// instance __dict__ their CPython counterparts have: a script may hang
// attributes of its own on a file (f.owner = x), or replace a method on
// one file (f.flush = bad_flush, which close() then calls, as CPython's
// close looks flush up on the instance). The dict is made on the first
// assignment. A script's lookup finds a name of the dict before the
// type's method (vm.OwnAttrs), and other names through M__getattr__ once
// the type has none; of the methods the Go code calls itself, close()
// calls a flush replaced on the instance.
type attrDict struct {
	d py.StringDict
}

// getattr answers an attribute the type lacks: __dict__, or one set on
// the instance.
func (a *attrDict) getattr(o py.Object, name string) (py.Object, error) {
	if name == "__dict__" {
		if a.d == nil {
			a.d = py.StringDict{}
		}
		return a.d, nil
	}
	if v, ok := a.d[name]; ok {
		return v, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", o.Type().Name, name)
}

// setattr stores an attribute on the instance (the type's settable
// properties never get here: py.SetAttrString calls them first).
func (a *attrDict) setattr(o py.Object, name string, v py.Object) (py.Object, error) {
	switch name {
	case "__class__", "__dict__":
		// __class__: the caller turns this into CPython's TypeError.
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object attribute '%s' is read-only", o.Type().Name, name)
	}
	a.put(name, v)
	return py.None, nil
}

// put sets an attribute the Go code keeps on the instance (FileIO's name,
// the mode open() gives a TextIOWrapper), as CPython's C code sets them.
// The dict keeps CPython's order, that of the names' first binding.
func (a *attrDict) put(name string, v py.Object) {
	if a.d == nil {
		a.d = py.StringDict{}
	}
	_, had := a.d[name]
	a.d[name] = v
	if !had {
		nsorder.Stored(a.d, name)
	}
}

// delattr removes an attribute set on the instance.
func (a *attrDict) delattr(o py.Object, name string) (py.Object, error) {
	if _, ok := a.d[name]; !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "%s", name)
	}
	delete(a.d, name)
	return py.None, nil
}

// ownFlush calls the flush a script set on the instance, if any: the
// first step of close(), done while the stream is still open. ok reports
// whether there was one.
func (a *attrDict) ownFlush() (ok bool, err error) {
	fn, ok := a.d["flush"]
	if !ok {
		return false, nil
	}
	_, err = vm.Call(fn, nil, nil)
	return true, err
}

func (f *FileIO) M__getattr__(name string) (py.Object, error) { return f.attrs.getattr(f, name) }
func (f *FileIO) M__setattr__(name string, v py.Object) (py.Object, error) {
	return f.attrs.setattr(f, name, v)
}
func (f *FileIO) M__delattr__(name string) (py.Object, error) { return f.attrs.delattr(f, name) }

func (b *Buffered) M__getattr__(name string) (py.Object, error) { return b.attrs.getattr(b, name) }
func (b *Buffered) M__setattr__(name string, v py.Object) (py.Object, error) {
	return b.attrs.setattr(b, name, v)
}
func (b *Buffered) M__delattr__(name string) (py.Object, error) { return b.attrs.delattr(b, name) }

func (t *TextIO) M__getattr__(name string) (py.Object, error) { return t.attrs.getattr(t, name) }
func (t *TextIO) M__setattr__(name string, v py.Object) (py.Object, error) {
	return t.attrs.setattr(t, name, v)
}
func (t *TextIO) M__delattr__(name string) (py.Object, error) { return t.attrs.delattr(t, name) }

// OwnAttr implements vm.OwnAttrs: an attribute set on the file shadows
// the type's method of the name.
func (f *FileIO) OwnAttr(name string) (py.Object, bool) { v, ok := f.attrs.d[name]; return v, ok }

// OwnAttr implements vm.OwnAttrs.
func (b *Buffered) OwnAttr(name string) (py.Object, bool) { v, ok := b.attrs.d[name]; return v, ok }

// OwnAttr implements vm.OwnAttrs.
func (t *TextIO) OwnAttr(name string) (py.Object, bool) { v, ok := t.attrs.d[name]; return v, ok }
