// Package pyheapq is CPython 3.6's _heapq accelerator in Go: heappush,
// heappop, heapify, heapreplace, heappushpop and the max-heap helpers
// merge and nlargest use. Lib/modules/heapq.py imports them over its own
// Python definitions, as CPython's heapq.py does.
//
// Items are ordered with < alone (through the loop, so Python classes'
// __lt__ apply), one comparison per decision, in the order CPython's C
// code asks them and moving items by the same swaps: equal items land in
// the same slots as under CPython. A comparison may run Python code that
// changes the list; a change of its size is RuntimeError("list changed
// size during iteration"), and the items are re-read after each one.
package pyheapq

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

const moduleDoc = `Priority queues kept in plain lists (the accelerator of heapq).

A list h is a heap when h[k] <= h[2*k+1] and h[k] <= h[2*k+2] wherever
those children exist, so h[0] is its smallest item. heappush and heappop
add and take out items in O(log n) comparisons, heapify orders a whole
list in linear time, heapreplace and heappushpop combine the two steps.`

const aboutDoc = `Heap queues

A heap keeps its smallest item at index 0 and lets items be added and the
smallest removed in O(log n) comparisons, which makes it a priority queue
and the core of merging sorted streams and of picking the n smallest or
largest items of a large input without sorting all of it.

This implementation uses zero-based indexing (the children of k are 2*k+1
and 2*k+2) and a plain list, so heap[0] is always the smallest item and
sorted(heap) is the heap in order.`

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_heapq", Doc: moduleDoc},
		Methods: []*py.Method{
			pair("heappush", "heappush", heappush, "heappush(heap, item) -> None\n\nAdd item to the list heap and restore its heap order."),
			single("heappop", func(h *py.List) (py.Object, error) { return pop(h, false) }, "heappop(heap) -> item\n\nTake the smallest item out of heap, which stays a heap; IndexError when it is empty."),
			single("heapify", func(h *py.List) (py.Object, error) { return heapify(h, false) }, "heapify(heap) -> None\n\nReorder the list heap in place, in linear time, so that it is a heap."),
			pair("heapreplace", "heapreplace", func(h *py.List, item py.Object) (py.Object, error) { return replace(h, item, false) }, heapreplaceDoc),
			pair("heappushpop", "heappushpop", heappushpop, heappushpopDoc),
			single("_heappop_max", func(h *py.List) (py.Object, error) { return pop(h, true) }, "_heappop_max(heap) -> item\n\nheappop for a list kept in max-heap order: the largest item comes out."),
			// 3.6 names the max variant's argument errors after heapreplace.
			pair("_heapreplace_max", "heapreplace", func(h *py.List, item py.Object) (py.Object, error) { return replace(h, item, true) }, "_heapreplace_max(heap, item) -> item\n\nheapreplace for a list kept in max-heap order."),
			single("_heapify_max", func(h *py.List) (py.Object, error) { return heapify(h, true) }, "_heapify_max(heap) -> None\n\nReorder the list heap in place into max-heap order (largest first)."),
		},
		Globals: py.StringDict{"__about__": py.String(aboutDoc)},
	})
}

const heapreplaceDoc = `heapreplace(heap, item) -> item

Take the smallest item out of heap and put item in, in one step: the heap
keeps its size. What comes out may be larger than item; to swap only when
item is larger, compare with heap[0] first.`

const heappushpopDoc = `heappushpop(heap, item) -> item

Add item, then take the smallest item out and return it (item itself when
nothing in heap is smaller), in one step cheaper than the two calls.`

// list is the list a heap argument holds (a list subclass's own list);
// anything else is "heap argument must be a list".
func list(o py.Object) (*py.List, error) {
	if l, ok := o.(*py.List); ok {
		return l, nil
	}
	if v, ok := pyutil.BuiltinValue(o); ok {
		if l, ok := v.(*py.List); ok {
			return l, nil
		}
	}
	return nil, pyutil.TypeErrorf("heap argument must be a list")
}

// single makes a function of one positional argument, the heap (METH_O).
func single(name string, f func(*py.List) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if err := pyarg.NoKeywords(name, kwargs); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
		}
		h, err := list(args[0])
		if err != nil {
			return nil, err
		}
		return f(h)
	}, 0, doc)
}

// pair makes a function of two positional arguments, the heap and an
// item; unpack names it in argument-count errors.
func pair(name, unpack string, f func(*py.List, py.Object) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if err := pyarg.NoKeywords(name, kwargs); err != nil {
			return nil, err
		}
		if err := pyarg.UnpackCount(unpack, args, 2, 2); err != nil {
			return nil, err
		}
		h, err := list(args[0])
		if err != nil {
			return nil, err
		}
		return f(h, args[1])
	}, 0, doc)
}

func heappush(h *py.List, item py.Object) (py.Object, error) {
	h.Items = append(h.Items, item)
	if err := siftDown(h, 0, len(h.Items)-1, false); err != nil {
		return nil, err
	}
	return py.None, nil
}

// pop removes and returns the top of the heap.
func pop(h *py.List, max bool) (py.Object, error) {
	n := len(h.Items)
	if n == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "index out of range")
	}
	last := h.Items[n-1]
	h.Items[n-1] = nil
	h.Items = h.Items[:n-1]
	if n == 1 {
		return last, nil
	}
	top := h.Items[0]
	h.Items[0] = last
	if err := siftUp(h, 0, max); err != nil {
		return nil, err
	}
	return top, nil
}

// replace returns the top of the heap and puts item in its place.
func replace(h *py.List, item py.Object, max bool) (py.Object, error) {
	if len(h.Items) == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "index out of range")
	}
	top := h.Items[0]
	h.Items[0] = item
	if err := siftUp(h, 0, max); err != nil {
		return nil, err
	}
	return top, nil
}

func heappushpop(h *py.List, item py.Object) (py.Object, error) {
	if len(h.Items) == 0 {
		return item, nil
	}
	lt, err := less(h.Items[0], item)
	if err != nil {
		return nil, err
	}
	if !lt {
		return item, nil
	}
	// The comparison may have emptied the list.
	if len(h.Items) == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "index out of range")
	}
	top := h.Items[0]
	h.Items[0] = item
	if err := siftUp(h, 0, false); err != nil {
		return nil, err
	}
	return top, nil
}

// heapify makes the list a heap, sifting each node with children from
// the last one to the root. (CPython visits large lists in another
// order, for its caches, which gives the same heap.)
func heapify(h *py.List, max bool) (py.Object, error) {
	for i := len(h.Items)/2 - 1; i >= 0; i-- {
		if err := siftUp(h, i, max); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}
