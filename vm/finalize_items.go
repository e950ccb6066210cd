package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Objects dropped other than by a name.
//
// CPython finalizes an object when its last reference goes, wherever
// that reference was: an item removed from a list or dict (del l[0],
// d[k] = other), an instance attribute replaced or deleted, the value of
// an expression statement (l.pop(), a call's result) thrown away. The
// loop treats those drops as it treats a name's (finalize.go): when the
// value dropped may have a __del__ or a weak reference to run, the due
// finalization runs there, after a (rationed) collection. The value an
// item store or deletion replaces is read first only where that runs no
// Python code: a list's item at an int index, a dict's at a str or int
// key, an instance's own attribute.

// peekItem returns obj[key] when reading it runs no Python code, else
// nil.
func peekItem(obj, key py.Object) py.Object {
	switch o := obj.(type) {
	case *py.List:
		i, ok := key.(py.Int)
		if !ok {
			return nil
		}
		n := py.Int(len(o.Items))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil
		}
		return o.Items[i]
	case *Dict:
		if o.cls != nil {
			return nil
		}
		switch key.(type) {
		case py.String, py.Int:
			if v, ok, err := o.GetItem(key); ok && err == nil {
				return v
			}
		}
	}
	return nil
}

// peekAttr returns the attribute name of obj from its own __dict__ when
// obj is an instance of a Python class, else nil.
func peekAttr(obj py.Object, name string) py.Object {
	if it, ok := obj.(*py.Type); ok && pyutil.IsInstanceObject(it) {
		return it.Dict[name]
	}
	return nil
}

// droppedValue runs after the loop let go of v other than by a name: the
// finalization a drop of v may cause runs now.
func (t *thread) droppedValue(v py.Object) {
	if v != nil {
		t.droppedGenerator(v)
	}
}

// listItems returns the items of obj when it is a list, else nil.
func listItems(obj py.Object) []py.Object {
	if l, ok := obj.(*py.List); ok {
		return l.Items
	}
	return nil
}

// clearListTail empties the slots of a list's items array that a
// deletion in place left beyond the list's end (before is the items as
// they were): they would keep the removed object alive.
func clearListTail(obj py.Object, before []py.Object) {
	l, ok := obj.(*py.List)
	if !ok || len(l.Items) >= len(before) || cap(l.Items) == 0 || cap(l.Items) != cap(before) || &l.Items[:1][0] != &before[:1][0] {
		return
	}
	clear(before[len(l.Items):])
}

// aliveScanBudget bounds the values heldNearby looks at.
const aliveScanBudget = 2048

// heldNearby reports whether obj, an instance or a generator just
// dropped, is still held by the running frame or one of its first
// callers: one of their locals or stack values, or an item of a list,
// tuple or dict among them. Such a drop (the variable
// of `for o in objects`, a name rebound to an object a list still
// holds) frees nothing, and costs no collection: a loop over weakly
// referenced objects would spend the collections the ration allows
// before the drop that frees one comes.
func (t *thread) heldNearby(obj py.Object) bool {
	f := t.top
	if f == nil {
		return false
	}
	budget := aliveScanBudget
	target := obj
	look := func(v py.Object) bool {
		budget--
		if v == target {
			return true
		}
		var items []py.Object
		switch c := v.(type) {
		case *py.List:
			items = c.Items
		case py.Tuple:
			items = c
		case *Dict:
			found := false
			c.Items(func(_, x py.Object) bool {
				budget--
				if x == target {
					found = true
				}
				return !found && budget > 0
			})
			return found
		}
		for _, x := range items {
			budget--
			if x == target {
				return true
			}
			if budget <= 0 {
				return false
			}
		}
		return false
	}
	for depth := 0; f != nil && depth < aliveScanFrames; depth, f = depth+1, f.back {
		for _, v := range f.fast {
			if v != nil && look(v) {
				return true
			}
			if budget <= 0 {
				return false
			}
		}
		for _, v := range f.stack[:f.sp] {
			if v != nil && look(v) {
				return true
			}
			if budget <= 0 {
				return false
			}
		}
		if f.locals != nil && len(f.locals) < aliveScanBudget/4 {
			for _, v := range f.locals {
				if look(v) {
					return true
				}
				if budget <= 0 {
					return false
				}
			}
		}
	}
	return false
}

// aliveScanFrames bounds the frames heldNearby looks at: the running one
// and its callers.
const aliveScanFrames = 6

// sameObject reports whether a and b are the same instance (the local a
// returning frame holds is the value it returns: not dropped).
func sameObject(a, b py.Object) bool {
	x, ok := a.(*py.Type)
	return ok && b != nil && b == py.Object(x)
}

// The loop's stores and deletions while objects are tracked (trackedGens
// non-zero): out of line, so that the loop's own body, and the registers
// its hot instructions get, stay as they are when nothing is tracked.

// popTracked is POP_TOP: the value an expression statement threw away.
//
//go:noinline
func (t *thread) popTracked(f *frame) {
	v := f.stack[f.sp]
	f.stack[f.sp] = nil
	if liveDels.Load() != 0 && t.dropFreshPop(f, v) { // finalize_unshared.go
		return
	}
	t.droppedValue(v)
}

// storeSubscrTracked is STORE_SUBSCR: obj[key] = v, then the replaced item.
//
//go:noinline
func (t *thread) storeSubscrTracked(f *frame) error {
	key, obj, v := f.pop(), f.pop(), f.pop()
	old := peekItem(obj, key)
	err := SetItem(obj, key, v)
	if err == nil && old != nil && !Identical(old, v) {
		t.droppedValue(old)
	}
	return err
}

// delItemTracked is DELETE_SUBSCR: del obj[key], then the removed item.
//
//go:noinline
func (t *thread) delItemTracked(obj, key py.Object) error {
	old, items := peekItem(obj, key), listItems(obj)
	removed, reverse := sliceRemoved(obj, key) // finalize_cleared.go
	err := DelItem(obj, key)
	if err == nil {
		clearListTail(obj, items)
		items = nil
		if removed != nil {
			t.itemsDropped(removed, reverse)
			return nil
		}
		t.droppedValue(old)
	}
	return err
}

// setInstanceTracked is a plain instance's attribute store, then the
// replaced value.
//
//go:noinline
func (t *thread) setInstanceTracked(it *py.Type, name string, v py.Object) {
	old := it.Dict[name]
	setInstanceDict(it, name, v)
	if old != nil && !Identical(old, v) {
		t.droppedValue(old)
	}
}

// delAttrTracked is DELETE_ATTR: del obj.name, then the removed value.
//
//go:noinline
func (t *thread) delAttrTracked(obj py.Object, name string) error {
	old := peekAttr(obj, name)
	err := DelAttr(obj, name)
	if err == nil {
		t.droppedValue(old)
	}
	return err
}
