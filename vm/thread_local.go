package vm

import (
	"fmt"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
	"github.com/petermattis/goid"
)

// _thread._local: an object whose attributes are per thread. It keeps one
// namespace per thread that has touched it; an instance of a Python
// subclass (class Ctx(threading.local)) is an instance object carrying the
// *threadLocal as its built-in value, and every attribute access on it
// first points the instance's __dict__ at the calling thread's namespace,
// running the subclass's __init__ with the constructor's arguments the
// first time a thread touches it, as CPython does. Namespaces are only
// read and written under the interpreter lock; a thread's are dropped
// when it ends.

// LocalType is _thread._local.
var LocalType = py.NewType("_local", "Thread-local data")

// threadLocal is the value of a _thread._local or of a subclass instance.
type threadLocal struct {
	dicts map[int64]py.StringDict // thread ident -> its namespace
	// args and kwargs are the constructor's, for __init__ in other threads.
	args   py.Tuple
	kwargs py.StringDict
}

func (l *threadLocal) Type() *py.Type { return LocalType }

// localsOf records, per thread ident, the locals holding a namespace of
// that thread, so that the thread's end drops them. The references are
// weak: a local nothing else holds is collected (with the objects its
// namespaces hold, cycles back to it included) while its threads live on.
var localsOf sync.Map // int64 -> *localList

// localList is one thread's entry in localsOf; only the thread itself
// appends to it, under the interpreter lock.
type localList struct {
	refs []weak.Pointer[threadLocal]
	// prune is the length at which the dead references are next dropped.
	prune int
}

func init() {
	LocalType.Flags |= py.TPFLAGS_BASETYPE
	if len(LocalType.Mro) == 0 {
		// a subclass's MRO ends in object, as _local's does
		LocalType.Base = py.ObjectType
		LocalType.Mro = py.Tuple{LocalType, py.ObjectType}
	}
	LocalType.Dict["__module__"] = py.String("_thread")
	LocalType.New = func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "Initialization arguments are not supported")
		}
		return &threadLocal{dicts: map[int64]py.StringDict{}}, nil
	}
	valueBases[LocalType] = true
}

// newLocalValue is the value of a new instance of cls, a subclass of
// _local: arguments are refused unless the class has an __init__ to take
// them.
func newLocalValue(inst *py.Type, args py.Tuple, kwargs py.StringDict) (*threadLocal, error) {
	if (len(args) > 0 || len(kwargs) > 0) && userSlot(inst.ObjectType, "__init__") == nil {
		return nil, py.ExceptionNewf(py.TypeError, "Initialization arguments are not supported")
	}
	l := &threadLocal{dicts: map[int64]py.StringDict{}, args: args, kwargs: kwargs}
	l.adopt(goid.Get(), inst.Dict)
	return l, nil
}

// adopt makes d the namespace of thread id.
func (l *threadLocal) adopt(id int64, d py.StringDict) {
	l.dicts[id] = d
	entry, _ := localsOf.LoadOrStore(id, &localList{prune: 64})
	list := entry.(*localList)
	if len(list.refs) >= list.prune {
		live := list.refs[:0]
		for _, r := range list.refs {
			if r.Value() != nil {
				live = append(live, r)
			}
		}
		clear(list.refs[len(live):])
		list.refs = live
		list.prune = max(64, 2*len(live))
	}
	list.refs = append(list.refs, weak.Make(l))
}

// namespace returns the calling thread's namespace and whether it was
// just made.
func (l *threadLocal) namespace() (py.StringDict, bool) {
	id := goid.Get()
	if d, ok := l.dicts[id]; ok {
		return d, false
	}
	d := py.NewStringDict()
	l.adopt(id, d)
	return d, true
}

// enterLocal points a subclass instance's __dict__ at the calling thread's
// namespace, running __init__ for a thread new to it. Other objects are
// left alone; the check is one length test for them.
func enterLocal(o *py.Type) error {
	if len(o.Bases) != 1 {
		return nil
	}
	l, ok := o.Bases[0].(*threadLocal)
	if !ok {
		return nil
	}
	d, fresh := l.namespace()
	o.Dict = d
	if !fresh {
		return nil
	}
	if init := userSlot(o.ObjectType, "__init__"); init != nil {
		_, err := Call(init, append(py.Tuple{o}, l.args...), l.kwargs)
		// __init__ may have let other threads run, and their accesses
		// pointed __dict__ at their namespaces
		o.Dict = d
		if err != nil {
			delete(l.dicts, goid.Get())
			return err
		}
	}
	return nil
}

// enterLocalWrite is enterLocal before setting or deleting attribute
// name, which for a subclass instance of _local may not be __dict__.
func enterLocalWrite(o *py.Type, cls *py.Type, name string) error {
	if err := enterLocal(o); err != nil {
		return err
	}
	if name == "__dict__" && len(o.Bases) == 1 {
		if _, ok := o.Bases[0].(*threadLocal); ok {
			return py.ExceptionNewf(py.AttributeError, "'%s' object attribute '__dict__' is read-only", shortName(cls))
		}
	}
	return nil
}

// dropLocals forgets the namespaces of thread id (the thread has ended).
func dropLocals(id int64) {
	entry, ok := localsOf.LoadAndDelete(id)
	if !ok {
		return
	}
	for _, r := range entry.(*localList).refs {
		if l := r.Value(); l != nil {
			delete(l.dicts, id)
		}
	}
}

// localGetAttr, localSetAttr and localDelAttr are attribute access on a
// plain _thread._local.
func localGetAttr(l *threadLocal, name string) (py.Object, error) {
	d, _ := l.namespace()
	switch name {
	case "__dict__":
		return d, nil
	case "__class__":
		return LocalType, nil
	}
	if v, ok := d[name]; ok {
		return v, nil
	}
	if v := LocalType.Lookup(name); v != nil {
		return bindAttr(v, l, LocalType)
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'_thread._local' object has no attribute '%s'", name)
}

func localSetAttr(l *threadLocal, name string, v py.Object) error {
	if name == "__dict__" {
		return errLocalDict()
	}
	d, _ := l.namespace()
	d[name] = v
	return nil
}

func errLocalDict() error {
	return py.ExceptionNewf(py.AttributeError, "'_thread._local' object attribute '__dict__' is read-only")
}

func localDelAttr(l *threadLocal, name string) error {
	if name == "__dict__" {
		return errLocalDict()
	}
	d, _ := l.namespace()
	if _, ok := d[name]; !ok {
		return py.ExceptionNewf(py.AttributeError, "%s", name)
	}
	delete(d, name)
	return nil
}

// M__repr__ is CPython's default repr, with the module-qualified name.
func (l *threadLocal) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<_thread._local object at %p>", l)), nil
}
