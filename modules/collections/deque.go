package pycollections

import (
	"github.com/go-python/gpython/py"
)

// state is a deque's storage as collections.py keeps it: _cells and
// _head, read by every method; _limit and _changes are read only by the
// methods that need them (each read is a hash of the name).
type state struct {
	d     py.StringDict
	cells *py.List
	head  int
}

// stateOf reads _cells and _head; ok is false when one is missing or of
// another type.
func stateOf(d py.StringDict) (s state, ok bool) {
	cells, ok1 := d["_cells"].(*py.List)
	head, ok2 := d["_head"].(py.Int)
	if !ok1 || !ok2 || head < 0 || int(head) > len(cells.Items) {
		return s, false
	}
	return state{d: d, cells: cells, head: int(head)}, true
}

// limit reads _limit: -1 for None (no maxlen); ok is false for another
// value.
func (s *state) limit() (int, bool) {
	switch l := s.d["_limit"].(type) {
	case py.NoneType:
		return -1, true
	case py.Int:
		if l >= 0 {
			return int(l), true
		}
	}
	return 0, false
}

// changes reads _changes.
func (s *state) changes() (py.Int, bool) {
	c, ok := s.d["_changes"].(py.Int)
	return c, ok
}

// changed counts a change of length; ok is false when _changes is not
// an int (nothing is changed then).
func (s *state) changed() bool {
	c, ok := s.changes()
	if ok {
		s.d["_changes"] = c + 1
	}
	return ok
}

func (s *state) setHead(h int) {
	s.head = h
	s.d["_head"] = py.Int(h)
}

// flatten drops the spare room before _head, as deque._flatten does.
func (s *state) flatten() {
	if s.head == 0 {
		return
	}
	items := s.cells.Items
	n := copy(items, items[s.head:])
	clear(items[n:])
	s.cells.Items = items[:n]
	s.setHead(0)
}

// dropLeft forgets the leftmost item, as deque._drop_left(1) does.
func (s *state) dropLeft() {
	s.cells.Items[s.head] = py.None
	s.setHead(s.head + 1)
	if s.head > 16 && 2*s.head >= len(s.cells.Items) {
		s.flatten()
	}
}

func emptyError() error { return py.ExceptionNewf(py.IndexError, "pop from an empty deque") }

func dequeAppend(_ py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	s, ok := stateOf(d)
	if !ok || len(args) != 1 {
		return nil, false, nil
	}
	limit, ok := s.limit()
	if !ok || !s.changed() {
		return nil, false, nil
	}
	s.cells.Items = append(s.cells.Items, args[0])
	if limit >= 0 && len(s.cells.Items)-s.head > limit {
		s.dropLeft()
	}
	return py.None, true, nil
}

func dequeAppendleft(_ py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	s, ok := stateOf(d)
	if !ok || len(args) != 1 {
		return nil, false, nil
	}
	limit, ok := s.limit()
	if !ok || !s.changed() {
		return nil, false, nil
	}
	if s.head == 0 {
		room := max(8, len(s.cells.Items))
		grown := make([]py.Object, room+len(s.cells.Items), 2*room+len(s.cells.Items))
		for i := range room {
			grown[i] = py.None
		}
		copy(grown[room:], s.cells.Items)
		s.cells.Items = grown
		s.head = room
	}
	s.cells.Items[s.head-1] = args[0]
	s.setHead(s.head - 1)
	if limit >= 0 {
		if extra := len(s.cells.Items) - s.head - limit; extra > 0 {
			n := len(s.cells.Items) - extra
			clear(s.cells.Items[n:])
			s.cells.Items = s.cells.Items[:n]
		}
	}
	return py.None, true, nil
}

func dequePop(_ py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	s, ok := stateOf(d)
	if !ok || len(args) != 0 {
		return nil, false, nil
	}
	n := len(s.cells.Items)
	if n == s.head {
		return nil, true, emptyError()
	}
	if !s.changed() {
		return nil, false, nil
	}
	last := s.cells.Items[n-1]
	s.cells.Items[n-1] = nil
	s.cells.Items = s.cells.Items[:n-1]
	return last, true, nil
}

func dequePopleft(_ py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	s, ok := stateOf(d)
	if !ok || len(args) != 0 {
		return nil, false, nil
	}
	if len(s.cells.Items) == s.head {
		return nil, true, emptyError()
	}
	if !s.changed() {
		return nil, false, nil
	}
	first := s.cells.Items[s.head]
	s.dropLeft()
	return first, true, nil
}

func dequeLen(_ py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	s, ok := stateOf(d)
	if !ok || len(args) != 0 {
		return nil, false, nil
	}
	return py.Int(len(s.cells.Items) - s.head), true, nil
}

func dequeBool(_ py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	s, ok := stateOf(d)
	if !ok || len(args) != 0 {
		return nil, false, nil
	}
	return py.NewBool(len(s.cells.Items) > s.head), true, nil
}

// iteratorNext is __next__ of the deque iterator classes (reverse: from
// the right end). As CPython's, it counts the deque's own items (a
// derived class's __len__ is not asked), and the reverse iterator, once
// spent or exhausted, stops before it looks for a change of the deque.
func iteratorNext(deque *py.Type, reverse bool) fast {
	return func(_ py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
		src, ok := d["_deque"].(*py.Type)
		version, vok := d["_version"].(py.Int)
		pos, pok := d["_pos"].(py.Int)
		size, sok := d["_size"].(py.Int)
		if !ok || !vok || !pok || !sok || pos < 0 || !src.ObjectType.IsSubtype(deque) || src.Dict == nil {
			return nil, false, nil
		}
		s, ok := stateOf(src.Dict)
		changes, cok := s.changes()
		if !ok || !cok {
			return nil, false, nil
		}
		if reverse && (version == -1 || pos >= size) {
			return nil, true, py.StopIteration
		}
		if changes != version {
			d["_version"] = py.Int(-1) // spent: its length hint is 0 from now on
			return nil, true, py.ExceptionNewf(py.RuntimeError, "deque mutated during iteration")
		}
		if int(pos) >= len(s.cells.Items)-s.head {
			return nil, true, py.StopIteration
		}
		d["_pos"] = pos + 1
		if reverse {
			return s.cells.Items[len(s.cells.Items)-1-int(pos)], true, nil
		}
		return s.cells.Items[s.head+int(pos)], true, nil
	}
}
