package vm

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
)

// A class statement whose class is the first of its MRO to give its
// instances a __dict__ (class C: ..., or a class after bases whose
// __slots__ give none) shows in its __dict__ CPython 3.6's two
// getset_descriptors, '__dict__' and '__weakref__', after the body's
// names and before the __doc__ and __hash__ type() adds. The loop keeps
// them out of the class's namespace (attribute lookup never needs them):
// the class's mappingproxy shows them.

// getsetDescrType is the type of C.__dict__['__dict__'].
var getsetDescrType = py.NewType("getset_descriptor", "")

// instanceAttrDescr is C.__dict__['__dict__'] or ['__weakref__'].
type instanceAttrDescr struct {
	name  string
	owner *py.Type
}

func (d *instanceAttrDescr) Type() *py.Type { return getsetDescrType }

func (d *instanceAttrDescr) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<attribute '%s' of '%s' objects>", d.name, tpName(d.owner))), nil
}

// M__get__ is the instance's __dict__, or None for __weakref__ (the loop
// keeps no list of an object's weak references).
func (d *instanceAttrDescr) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return d, nil
	}
	if err := descrCheck(d.name, d.owner, shortName(d.owner), instance); err != nil {
		return nil, err
	}
	if d.name == "__weakref__" {
		return py.None, nil
	}
	return GetAttr(instance, d.name)
}

// getsetLike is what a getset_descriptor's methods accept: the
// instance dict's descriptors and Go properties read from their class.
type getsetLike interface {
	M__get__(instance, owner py.Object) (py.Object, error)
	M__set__(instance, value py.Object) (py.Object, error)
	del(instance py.Object) error
	attr(name string) (py.Object, bool)
}

func (d *instanceAttrDescr) del(instance py.Object) error {
	if d.name == "__weakref__" {
		return py.ExceptionNewf(py.AttributeError, "attribute '__weakref__' of '%s' objects is not writable", shortName(d.owner))
	}
	return DelAttr(instance, d.name)
}

func (d *instanceAttrDescr) M__set__(instance, value py.Object) (py.Object, error) {
	if d.name == "__weakref__" {
		return nil, py.ExceptionNewf(py.AttributeError, "attribute '__weakref__' of '%s' objects is not writable", shortName(d.owner))
	}
	return py.None, SetAttr(instance, d.name, value)
}

// attr answers the descriptor's own attributes.
func (d *instanceAttrDescr) attr(name string) (py.Object, bool) {
	switch name {
	case "__name__":
		return py.String(d.name), true
	case "__qualname__":
		return py.String(qualifiedTypeName(d.owner) + "." + d.name), true
	case "__objclass__":
		return d.owner, true
	case "__doc__":
		// (pydoc prints 3.6's words from its own table.)
		if d.name == "__weakref__" {
			return py.String("The weak references to the object, where its class keeps them."), true
		}
		return py.String("The object's own attributes, where its class gives it a namespace."), true
	}
	return nil, false
}

func init() {
	getsetDescrType.Dict["__get__"] = py.MustNewMethod("__get__", func(self py.Object, args py.Tuple) (py.Object, error) {
		d, ok := self.(getsetLike)
		if !ok {
			return nil, wrongReceiver(getsetDescrType, "__get__", self)
		}
		instance, owner, err := descrGetArgs(args)
		if err != nil {
			return nil, err
		}
		return d.M__get__(instance, owner)
	}, 0, "The attribute read from instance (the descriptor itself when instance is None).")
	getsetDescrType.Dict["__set__"] = py.MustNewMethod("__set__", func(self py.Object, args py.Tuple) (py.Object, error) {
		d, ok := self.(getsetLike)
		if !ok {
			return nil, wrongReceiver(getsetDescrType, "__set__", self)
		}
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 2 arguments, got %d", len(args))
		}
		return d.M__set__(args[0], args[1])
	}, 0, "Stores value as the attribute of instance.")
	getsetDescrType.Dict["__delete__"] = py.MustNewMethod("__delete__", func(self py.Object, args py.Tuple) (py.Object, error) {
		d, ok := self.(getsetLike)
		if !ok {
			return nil, wrongReceiver(getsetDescrType, "__delete__", self)
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		return py.None, d.del(args[0])
	}, 0, "Removes the attribute from instance.")
	for _, name := range []string{"__name__", "__qualname__", "__objclass__", "__doc__"} {
		getsetDescrType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			d, ok := self.(getsetLike)
			if !ok {
				return nil, wrongReceiver(getsetDescrType, name, self)
			}
			v, _ := d.attr(name)
			return v, nil
		}}
	}
}

// classDictView is the mapping cls's __dict__ shows, when it differs from
// its namespace: an ordered dict with the two descriptors in place.
func classDictView(cls *py.Type) (*Dict, bool) {
	if cls.Flags&py.TPFLAGS_HEAPTYPE == 0 || len(cls.Mro) < 2 {
		return nil, false
	}
	addDict, addWeak, known := classAdds(cls) // class_instance_layout.go
	if _, ok := cls.Dict["__weakref__"]; ok {
		addWeak = false // __slots__ put it among the names
	}
	if !known || (!addDict && !addWeak) {
		return nil, false
	}
	keys := namespaceKeys(cls.Dict)
	descrs := instanceDescrsOf(cls)
	descrs.addDict, descrs.addWeak = addDict, addWeak
	at := descrsPlace(cls, keys, descrs)
	d := NewDict(len(keys) + 2)
	if sideOf(cls.Dict) != nil {
		// keys other than str (type('A', (), {1: 2})) among the names
		allKeys, values := namespaceItems(cls.Dict)
		i := 0
		for j, k := range allKeys {
			if _, ok := k.(py.String); ok {
				if i == at {
					addInstanceDescrs(d, descrs)
				}
				i++
			}
			_ = d.SetItem(k, values[j])
		}
		if at >= len(keys) {
			addInstanceDescrs(d, descrs)
		}
		return d, true
	}
	for i, k := range keys {
		if i == at {
			addInstanceDescrs(d, descrs)
		}
		d.SetStr(k, cls.Dict[k])
	}
	if at >= len(keys) {
		addInstanceDescrs(d, descrs)
	}
	return d, true
}

// descrsPlace is where the descriptors go among keys: before the __doc__
// (None) and __hash__ (None) type() added after the body's names; for a
// class with a docstring, after the name that was last when its
// __dict__ was first shown (names bound later follow them).
func descrsPlace(cls *py.Type, keys []string, descrs *instanceDescrPair) int {
	if i := slices.Index(keys, "__doc__"); i >= 0 && cls.Dict["__doc__"] == py.None {
		return i
	}
	if i := slices.Index(keys, "__hash__"); i >= 0 && cls.Dict["__hash__"] == py.None {
		return i
	}
	if descrs.after == "" && len(keys) > 0 {
		descrs.after = keys[len(keys)-1]
	}
	if i := slices.Index(keys, descrs.after); i >= 0 {
		return i + 1
	}
	return len(keys)
}

func addInstanceDescrs(d *Dict, descrs *instanceDescrPair) {
	if descrs.addDict {
		d.SetStr("__dict__", descrs.dict)
	}
	if descrs.addWeak {
		d.SetStr("__weakref__", descrs.weakref)
	}
}

// instanceDescrPair is a class's two descriptors, with the record of
// where they go among its names.
type instanceDescrPair struct {
	dict, weakref    *instanceAttrDescr
	addDict, addWeak bool // which of the two the class's __dict__ shows
	*instanceDescrPlace
}

// instanceDescrPlace is the name the descriptors follow in a class with a
// docstring (descrsPlace), fixed when the class's __dict__ is first shown
// and kept for the class's life; the pair it came with may be made again.
type instanceDescrPlace struct {
	after string
	mu    sync.Mutex
	pair  weak.Pointer[instanceDescrPair]
	// classAdds' answer (adds) as of class epoch addsEpoch
	addsKnown                bool
	addsEpoch                uint64
	addDict, addWeak, addsOK bool
}

// instanceDescrs keeps, for as long as each class lives, its place record
// and a weak pointer to its two descriptors: reading them twice while
// either is held gives the same objects. Nothing the map holds reaches the
// class (a descriptor's owner does): a process-wide map whose values
// reach their weak key keeps the key alive, and the class kept its
// methods, their globals and the whole interpreter that made it alive
// after Close.
var instanceDescrs sync.Map // weak.Pointer[py.Type] -> *instanceDescrPlace

func instanceDescrsOf(cls *py.Type) *instanceDescrPair {
	key := weak.Make(cls)
	v, ok := instanceDescrs.Load(key)
	if !ok {
		var loaded bool
		v, loaded = instanceDescrs.LoadOrStore(key, &instanceDescrPlace{})
		if !loaded {
			runtime.AddCleanup(cls, func(k weak.Pointer[py.Type]) { instanceDescrs.Delete(k) }, key)
		}
	}
	place := v.(*instanceDescrPlace)
	place.mu.Lock()
	defer place.mu.Unlock()
	if pair := place.pair.Value(); pair != nil {
		return pair
	}
	pair := &instanceDescrPair{
		dict:               &instanceAttrDescr{name: "__dict__", owner: cls},
		weakref:            &instanceAttrDescr{name: "__weakref__", owner: cls},
		instanceDescrPlace: place,
	}
	place.pair = weak.Make(pair)
	return pair
}

// classDictEntry is cls.__dict__[name] for a class made by a class
// statement, read from its namespace without making the whole view
// (abc's guard reads base.__dict__.get('__new__') along the MRO at each
// instantiation): found is whether name is there. answered is false
// when only the view can tell: for '__dict__' and '__weakref__', for a
// namespace with keys other than str (type('A', (), {1: 2})), and while
// the view has not yet fixed where those two go (descrsPlace),
// which the first view must do as it always has.
func classDictEntry(cls *py.Type, name string) (v py.Object, found, answered bool) {
	if cls.Flags&py.TPFLAGS_HEAPTYPE == 0 || name == "__dict__" || name == "__weakref__" {
		return nil, false, false
	}
	if sideOf(cls.Dict) != nil {
		return nil, false, false // a key other than str may equal name
	}
	if len(cls.Mro) >= 2 && !descrsPlaceSettled(cls) {
		return nil, false, false
	}
	v, found = cls.Dict[name]
	return v, found, true
}

// descrsPlaceSettled reports whether making cls's view now would leave
// its descriptors' place record as it is: descrsPlace's answer does not
// depend on the record, or the record is already fixed, or the class
// shows neither descriptor. The cheap tests come first; which
// descriptors a class shows is kept in its place record (classAdds
// walks the layouts of its bases, a cost per lookup otherwise).
func descrsPlaceSettled(cls *py.Type) bool {
	if v, ok := cls.Dict["__doc__"]; ok && v == py.None {
		return true
	}
	if v, ok := cls.Dict["__hash__"]; ok && v == py.None {
		return true
	}
	descrs := instanceDescrsOf(cls)
	if descrs.after != "" {
		return true
	}
	addDict, addWeak, known := descrs.adds(cls)
	if _, ok := cls.Dict["__weakref__"]; ok {
		addWeak = false
	}
	return !known || (!addDict && !addWeak)
}

// adds is classAdds(cls), cls being the class of the record, computed
// again only after a class has changed (classEpoch: a new class, a
// class attribute set, __bases__ assigned).
func (p *instanceDescrPlace) adds(cls *py.Type) (dict, weak, known bool) {
	epoch := classEpoch.Load()
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.addsKnown || p.addsEpoch != epoch {
		p.addDict, p.addWeak, p.addsOK = classAdds(cls)
		p.addsEpoch, p.addsKnown = epoch, true
	}
	return p.addDict, p.addWeak, p.addsOK
}
