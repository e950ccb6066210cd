package vm

import (
	"weak"

	"github.com/go-python/gpython/py"
)

// collections.OrderedDict, written in Go (CPython 3.6 writes it in C).
//
// An OrderedDict is an instance of a class derived from dict, as a dict
// subclass's instances are here: its value is the *Dict holding the
// items (the storage, which dict's own methods read and change), and
// that Dict's order field is the OrderedDict's own record of its keys'
// order, a doubly linked list apart from the storage, as CPython keeps
// it. OrderedDict's methods keep both in step, the storage in the same
// order as the list, so that code reading the storage directly (dict(od),
// json) meets the items in order. dict's methods called on an
// OrderedDict (dict.__delitem__(od, k)) change the storage alone, as in
// CPython: the list then names a key the storage lacks, and walking the
// list (repr, iteration, copy) raises KeyError for it, as 3.6 does.

// odOrder is an OrderedDict's record of its keys' order.
type odOrder struct {
	// inst is the OrderedDict the record belongs to (methods may be
	// given the storage alone); weak, so that the instance, its storage
	// and the record make no cycle of strong pointers for the finalizer.
	inst weak.Pointer[py.Type]
	// nodes maps each listed key to its *odNode.
	nodes *Dict
	// root is the list's sentinel: root.next is the first node,
	// root.prev the last.
	root odNode
	// state changes whenever a node is added, removed or moved, so that
	// iterators know the order changed under them.
	state uint64
	// inRepr holds the goroutines rendering the OrderedDict (with 0) or
	// one of its views (with 1 + the view's kind), whose nested repr of
	// it prints "...".
	inRepr map[[2]int64]bool
}

// odNode is one key's place in the order.
type odNode struct {
	key        py.Object
	hash       int64
	prev, next *odNode
}

var odNodeType = py.NewType("odict_node", "")

// Type implements py.Object (nodes are values of the record's map only).
func (*odNode) Type() *py.Type { return odNodeType }

// newOdOrder returns the empty record of an OrderedDict.
func newOdOrder(inst *py.Type) *odOrder {
	o := &odOrder{inst: weak.Make(inst), nodes: NewDict(0)}
	o.root.next, o.root.prev = &o.root, &o.root
	return o
}

// empty reports whether the list holds no key.
func (o *odOrder) empty() bool { return o.root.next == &o.root }

// first and last are the end nodes (nil for an empty list).
func (o *odOrder) first() *odNode {
	if o.empty() {
		return nil
	}
	return o.root.next
}

func (o *odOrder) last() *odNode {
	if o.empty() {
		return nil
	}
	return o.root.prev
}

// after is the node after n going forwards (or backwards), nil at the end.
func (o *odOrder) after(n *odNode, backwards bool) *odNode {
	next := n.next
	if backwards {
		next = n.prev
	}
	if next == &o.root {
		return nil
	}
	return next
}

// link puts n at the end (or the front) of the list.
func (o *odOrder) link(n *odNode, front bool) {
	if front {
		n.prev, n.next = &o.root, o.root.next
	} else {
		n.prev, n.next = o.root.prev, &o.root
	}
	n.prev.next = n
	n.next.prev = n
	o.state++
}

// unlink takes n out of the list.
func (o *odOrder) unlink(n *odNode) {
	n.prev.next = n.next
	n.next.prev = n.prev
	n.prev, n.next = nil, nil
	o.state++
}

// findNode returns key's node, found as CPython finds it: through the
// storage d (a key the storage lacks has no node) and then the record.
func (o *odOrder) findNode(d *Dict, key py.Object) (*odNode, error) {
	h, err := Hash(key)
	if err != nil {
		return nil, err
	}
	return o.findHashed(d, key, h)
}

func (o *odOrder) findHashed(d *Dict, key py.Object, h int64) (*odNode, error) {
	pos, err := d.lookup(key, h)
	if err != nil || pos < 0 {
		return nil, err
	}
	npos, err := o.nodes.lookup(key, h)
	if err != nil || npos < 0 {
		return nil, err
	}
	return o.nodes.entries[npos].value.(*odNode), nil
}

// addKey lists key at the end unless it is listed already (an existing
// key keeps its place).
func (o *odOrder) addKey(key py.Object, h int64) error {
	npos, err := o.nodes.lookup(key, h)
	if err != nil || npos >= 0 {
		return err
	}
	n := &odNode{key: key, hash: h}
	o.nodes.insertNew(key, h, n)
	o.link(n, false)
	return nil
}

// removeNode takes n out of the list and the record.
func (o *odOrder) removeNode(n *odNode) error {
	if pos, err := o.nodes.lookup(n.key, n.hash); err != nil {
		return err
	} else if pos >= 0 {
		o.nodes.removeAt(pos)
	}
	o.unlink(n)
	return nil
}

// clear empties the list (the state stays: a cleared dict that is
// filled again shows as mutated through the additions).
func (o *odOrder) clear() {
	o.nodes.Clear()
	o.root.next, o.root.prev = &o.root, &o.root
}

// moveStorage moves key's item in the storage to its end (or front), so
// that the storage keeps the list's order.
func moveStorage(d *Dict, key py.Object, h int64, front bool) error {
	pos, err := d.lookup(key, h)
	if err != nil || pos < 0 {
		return err
	}
	e := d.entries[pos]
	if !front {
		d.removeAt(pos)
		d.insertNew(e.key, e.hash, e.value)
		return nil
	}
	live := make([]dictEntry, 0, d.used)
	live = append(live, e)
	for i, x := range d.entries {
		if x.key != nil && i != pos {
			live = append(live, x)
		}
	}
	d.entries = live
	d.version++
	d.rebuild(d.used)
	return nil
}
