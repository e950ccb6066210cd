package pycollections

import (
	"github.com/go-python/gpython/py"
)

// Deque is a value of collections.deque: its items in a ring buffer, the
// bound, and a count of changes that its iterators compare.
type Deque struct {
	buf    []py.Object // ring of len(buf) cells, a power of two (or none)
	head   int         // cell of the leftmost item
	n      int         // number of items
	maxlen int         // the bound; -1: none
	// state counts the changes that invalidate an iterator (CPython's
	// deque->state): every push, pop, rotation and clearing.
	state uint64
	// left is where CPython 3.6 would keep the leftmost item in its
	// first block of 64 cells (leftindex): __sizeof__ counts the blocks
	// CPython would have from it.
	left int
	// owner is the instance of a derived class that holds the deque,
	// once deque.__init__ filled it (nil for a deque itself): what the
	// operators, which the loop applies to the deque, copy and name.
	owner py.Object
	// inRepr marks the goroutines inside repr(d), which print [...] for
	// the deque met again.
	inRepr map[int64]bool
}

// CPython's deque storage: blocks of blockLen cells; an empty deque's
// items start in the middle of its block.
const (
	blockLen   = 64
	centerLeft = (blockLen-1)/2 + 1
)

func (*Deque) Type() *py.Type { return DequeType }

// newDeque is an empty, unbounded deque.
func newDeque() *Deque { return &Deque{maxlen: -1, left: centerLeft} }

// self is the object the deque stands for: its owner, else itself.
func (d *Deque) self() py.Object {
	if d.owner != nil {
		return d.owner
	}
	return d
}

// at is the i-th item from the left, 0 <= i < d.n.
func (d *Deque) at(i int) py.Object { return d.buf[(d.head+i)&(len(d.buf)-1)] }

// put replaces the i-th item from the left.
func (d *Deque) put(i int, x py.Object) { d.buf[(d.head+i)&(len(d.buf)-1)] = x }

// items is a copy of the items, left to right.
func (d *Deque) items() []py.Object {
	out := make([]py.Object, d.n)
	if d.n == 0 {
		return out
	}
	first := copy(out, d.buf[d.head:min(d.head+d.n, len(d.buf))])
	copy(out[first:], d.buf[:d.n-first])
	return out
}

// replace makes items (which the deque takes over) its contents, without
// counting a change.
func (d *Deque) replace(items []py.Object) {
	size := 8
	for size < len(items) {
		size *= 2
	}
	buf := make([]py.Object, size)
	copy(buf, items)
	d.buf, d.head, d.n = buf, 0, len(items)
}

// resize moves the items to a ring of size cells.
func (d *Deque) resize(size int) {
	buf := make([]py.Object, size)
	if d.n > 0 {
		first := copy(buf, d.buf[d.head:min(d.head+d.n, len(d.buf))])
		copy(buf[first:d.n], d.buf[:d.n-first])
	}
	d.buf, d.head = buf, 0
}

// room makes room for one more item.
func (d *Deque) room() {
	if d.n == len(d.buf) {
		d.resize(max(8, 2*len(d.buf)))
	}
}

// settle gives back memory once the deque is a small part of its ring.
func (d *Deque) settle() {
	if len(d.buf) > 64 && d.n < len(d.buf)/4 {
		d.resize(len(d.buf) / 2)
	}
}

// pushRight appends x, then drops the leftmost item when over the bound
// (CPython's deque_append_internal).
func (d *Deque) pushRight(x py.Object) {
	d.room()
	d.buf[(d.head+d.n)&(len(d.buf)-1)] = x
	d.n++
	d.state++
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popLeft()
	}
}

// pushLeft prepends x, then drops the rightmost item when over the bound.
func (d *Deque) pushLeft(x py.Object) {
	d.room()
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = x
	d.n++
	d.state++
	if d.left--; d.left < 0 {
		d.left = blockLen - 1
	}
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popRight()
	}
}

// popLeft takes off the leftmost item; the deque is not empty.
func (d *Deque) popLeft() py.Object {
	x := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.state++
	if d.left++; d.left == blockLen {
		d.left = 0
		if d.n == 0 {
			d.left = centerLeft
		}
	}
	d.settle()
	return x
}

// popRight takes off the rightmost item; the deque is not empty.
func (d *Deque) popRight() py.Object {
	lastCell := (d.left + d.n - 1) % blockLen
	d.n--
	i := (d.head + d.n) & (len(d.buf) - 1)
	x := d.buf[i]
	d.buf[i] = nil
	d.state++
	if lastCell == 0 && d.n == 0 {
		d.left = centerLeft
	}
	d.settle()
	return x
}

// clear empties the deque.
func (d *Deque) clear() {
	d.buf, d.head, d.n = nil, 0, 0
	d.left = centerLeft
	d.state++
}

// startFill is CPython's rule for an extend of an empty deque: the items
// start at the left of the block (extendleft: at its right).
func (d *Deque) startFill(leftward bool) {
	if d.n != 0 {
		return
	}
	d.left = 1
	if leftward {
		d.left = blockLen - 1
	}
}

// rotate moves the last k items to the front (k < 0: the first -k to
// the back), taking the shorter way round as CPython does.
func (d *Deque) rotate(k int) {
	if d.n <= 1 {
		return
	}
	d.state++
	half := d.n / 2
	if k > half || k < -half {
		k %= d.n
		if k > half {
			k -= d.n
		} else if k < -half {
			k += d.n
		}
	}
	if k == 0 {
		return
	}
	d.left = ((d.left-k)%blockLen + blockLen) % blockLen
	mask := len(d.buf) - 1
	if d.n == len(d.buf) {
		// a full ring turns by moving its head
		d.head = (d.head - k) & mask
		return
	}
	// otherwise |k| <= n/2 items move across the gap, one by one
	for ; k > 0; k-- {
		last := (d.head + d.n - 1) & mask
		d.head = (d.head - 1) & mask
		d.buf[d.head], d.buf[last] = d.buf[last], nil
	}
	for ; k < 0; k++ {
		end := (d.head + d.n) & mask
		d.buf[end], d.buf[d.head] = d.buf[d.head], nil
		d.head = (d.head + 1) & mask
	}
}

// reverse turns the deque around.
func (d *Deque) reverse() {
	for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
		a, b := d.at(i), d.at(j)
		d.put(i, b)
		d.put(j, a)
	}
}

// removeAt deletes the i-th item, 0 <= i < d.n, as CPython does it
// (rotate, popleft, rotate back).
func (d *Deque) removeAt(i int) {
	d.rotate(-i)
	d.popLeft()
	d.rotate(i)
}

// insertAt puts x before the i-th item, i already clamped to [0, n].
func (d *Deque) insertAt(i int, x py.Object) {
	switch {
	case i >= d.n:
		d.pushRight(x)
	case i == 0:
		d.pushLeft(x)
	default:
		d.rotate(-i)
		d.pushLeft(x)
		d.rotate(i)
	}
}

// blocks is how many blocks CPython 3.6 would hold for the deque.
func (d *Deque) blocks() int { return (d.left + d.n + blockLen - 1) / blockLen }
