package vm

import (
	"math"
	"reflect"
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The builtins dir() and id().

// dirBuiltin is dir([object]); without an argument the loop answers with
// the calling frame's names (callObject).
var dirBuiltin *py.Method

func init() {
	dirBuiltin = py.MustNewMethod("dir", builtinDir, 0, dirDoc)
	// A traceback lists its four attributes only: 3.6's traceback type
	// has a __dir__ of its own.
	py.TracebackType.Dict["__dir__"] = py.MustNewMethod("__dir__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__dir__() takes no arguments (%d given)", len(args))
		}
		return tracebackDir(false), nil
	}, 0, "")
}

// tracebackDir is tb.__dir__() of a traceback, or dir(tb) when sorted.
func tracebackDir(sorted bool) py.Object {
	names := []string{"tb_frame", "tb_next", "tb_lasti", "tb_lineno"}
	if sorted {
		sort.Strings(names)
	}
	items := make([]py.Object, len(names))
	for i, n := range names {
		items[i] = py.String(n)
	}
	return py.NewListFromItems(items)
}

func builtinDir(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "dir expected at most 1 arguments, got %d", len(args))
	}
	if len(args) == 0 {
		return py.NewList(), nil
	}
	return Dir(args[0])
}

const dirDoc = `dir([obj]) -> list of str

Without an argument, the sorted names defined in the calling scope. With
one, the sorted attribute names of obj: its __dir__() result when its
class has one, else the names in obj's namespace and its classes'.`

// Dir is dir(o): the object's own __dir__ if its class defines one,
// else the names of its namespace and its class's, sorted.
func Dir(o py.Object) (py.Object, error) {
	cls, ok := pythonClassOf(o)
	if t, isCls := isClass(o); isCls {
		// A class's __dir__ is its metaclass's.
		if meta := metaclassOf(t); meta != nil && meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			cls, ok = meta, true
		}
	}
	if ok {
		if m := userMethod(cls, "__dir__"); m != nil {
			r, err := callMethod(o, m)
			if err != nil {
				return nil, err
			}
			items, err := toTuple(r)
			if err != nil {
				return nil, err
			}
			l := py.NewListFromItems(append([]py.Object(nil), items...))
			return l, sortList(l, nil, "sorted")
		}
	}
	if _, ok := o.(*py.Traceback); ok {
		return tracebackDir(true), nil
	}
	if r, ok, err := moduleInstanceDir(o); ok {
		return r, err // usermodule_class.go
	}
	names := map[string]bool{}
	addDict := func(d py.StringDict) {
		for k := range d {
			names[k] = true
		}
	}
	addClass := func(t *py.Type) {
		for _, b := range t.Mro {
			if bt, ok := b.(*py.Type); ok {
				addDict(bt.Dict)
				for _, n := range presentedNames(bt) {
					names[n] = true // builtin_dict_extras.go: f.__call__
				}
			}
		}
		if len(t.Mro) == 0 {
			addDict(t.Dict)
		}
	}
	switch v := o.(type) {
	case *py.Module:
		addDict(v.Globals)
	case *py.Type:
		if pyutil.IsInstanceObject(v) {
			addDict(v.Dict)
			// object.__dir__ merges what getattr(o, '__class__') gives:
			// nothing when that fails (a __slots__ entry '__class__'
			// left unset) or is no class.
			c, err := GetAttr(o, "__class__")
			if _, isCls := isClass(c); err != nil || !isCls {
				break
			}
			addClass(v.ObjectType)
			names["__class__"] = true
			for n := range objectSlots {
				names[n] = true
			}
			if hasInstanceDict(v.ObjectType) {
				names["__dict__"] = true
			}
			if instancesHaveWeakref(v.ObjectType) {
				names["__weakref__"] = true
			}
		} else {
			// As CPython's type.__dir__: the keys of each class's
			// __dict__ along the MRO, as the mappingproxy shows them
			// (a class statement's __module__, the __dict__ and
			// __weakref__ descriptors where a class introduces them).
			mro := v.Mro
			if len(mro) == 0 {
				mro = py.Tuple{v}
			}
			for _, b := range mro {
				bt, ok := b.(*py.Type)
				if !ok {
					continue
				}
				view := classDictProxy(bt).(*mappingProxy).view()
				if d, ok := view.(*Dict); ok {
					for _, k := range d.Keys() {
						if s, ok := k.(py.String); ok {
							names[string(s)] = true
						}
					}
				} else {
					addDict(bt.Dict)
				}
				for _, n := range builtinDictGetsets[bt] {
					names[n] = true
				}
			}
			names["__class__"] = true
			names["__doc__"] = true // every type's dict has a __doc__, None or not
			for n := range objectSlots {
				names[n] = true
			}
		}
	default:
		if bm, ok := o.(*py.BoundMethod); ok {
			// A method's __dict__ is its function's (object.__dir__ reads it).
			if fn, ok := bm.Method.(*py.Function); ok {
				addDict(fn.Dict)
			}
		}
		if od, ok := o.(OwnDict); ok {
			addDict(od.OwnDict()) // instance_dict.go
			names["__dict__"] = true
		}
		if g, ok := o.(py.IGetDict); ok {
			if _, isNamespace := o.(py.StringDict); !isNamespace {
				// (a namespace is a dict: its keys are no attributes)
				addDict(g.GetDict())
			}
		}
		addClass(o.Type())
		names["__class__"] = true
		names["__doc__"] = true // every type's dict has a __doc__, None or not
		for n := range objectSlots {
			names[n] = true
		}
	}
	out := make([]string, 0, len(names))
	for n := range names {
		out = append(out, n)
	}
	sort.Strings(out)
	items := make([]py.Object, len(out))
	for i, n := range out {
		items[i] = py.String(n)
	}
	return py.NewListFromItems(items), nil
}

// dirOfFrame is dir() in a frame: its local names, sorted.
func dirOfFrame(f *frame) (py.Object, error) {
	if l, err, ok := mappedLocalsDir(f); ok {
		return l, err // exec_namespace.go
	}
	d := f.localsDict()
	keys := sortedKeys(d)
	items := make([]py.Object, len(keys))
	for i, k := range keys {
		items[i] = py.String(k)
	}
	return py.NewListFromItems(items), nil
}

// idBuiltin is id(o): the object's address, or for a Go value (an int, a
// str) one derived from its content, stable while it lives.
var idBuiltin = py.MustNewMethod("id", func(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "id() takes exactly one argument (%d given)", len(args))
	}
	return py.Int(objectID(args[0])), nil
}, 0, `id(obj) -> int

A number naming obj, distinct from that of every other object alive at
the same time.`)

// objectID is id(o): the address of what o points to, or for a Go value
// type a number from its value, so equal values (which `is` takes as the
// same object) share one id.
func objectID(o py.Object) int64 {
	rv := reflect.ValueOf(o)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return int64(rv.Pointer())
	case reflect.Slice:
		if rv.Len() > 0 {
			return int64(rv.Pointer())
		}
	}
	// A Go value type (an int, a str) is identified by its value; its hash
	// stands in for an address, kept non-negative as CPython's ids are.
	h, err := Hash(o)
	if err != nil {
		h = identityHash(o)
	}
	return h & math.MaxInt64
}

// isDirBuiltin reports whether fn is the builtins' dir (each module gets
// its own copy of a builtin's method).
func isDirBuiltin(fn py.Object) bool {
	m, ok := fn.(*py.Method)
	return ok && m.Name == "dir" && m.Module != nil && m.Module.ModuleImpl != nil && m.Module.ModuleImpl.Info.Name == "builtins"
}

// builtinDictGetsets are the descriptors CPython keeps in a built-in
// type's __dict__ for its instances' state that ours answer without a
// dict entry: they are names of the class's dir() all the same.
var builtinDictGetsets = map[*py.Type][]string{
	py.BaseException:    {"__dict__", "__cause__", "__context__", "__suppress_context__", "__traceback__", "args"},
	py.ModuleType:       {"__dict__"},
	py.StaticMethodType: {"__dict__"},
	py.ClassMethodType:  {"__dict__"},
}
