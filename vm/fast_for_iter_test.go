package vm

import (
	"testing"
	"unsafe"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"
)

// pairIter is a Go iterator of pairs, for TestStepOwn.
type pairIter struct{ n int }

func (p *pairIter) Type() *py.Type                { return py.IteratorType }
func (p *pairIter) M__iter__() (py.Object, error) { return p, nil }
func (p *pairIter) M__next__() (py.Object, error) {
	a, b, ok, err := p.NextPair()
	if !ok {
		return nil, err
	}
	return py.Tuple{a, b}, nil
}
func (p *pairIter) PairItems() bool { return true }
func (p *pairIter) NextPair() (a, b py.Object, ok bool, err error) {
	if p.n == 0 {
		return nil, nil, false, py.StopIteration
	}
	p.n--
	return py.Int(p.n), py.None, true, nil
}

// TestStepOwn: FOR_ITER's cache remembers a Go iterator's Go type (by
// its type word, whatever Python type it reports), and its pair stepping
// when it has one; never a sequence iterator, a generator, a class or an
// object of a heap-flagged type, whose steps Next chooses per object.
func TestStepOwn(t *testing.T) {
	var c nextCache
	c.stepOwn(&py.Iterator{})
	c.stepOwn(&py.Generator{})
	c.stepOwn(py.IntType)
	heap := py.ObjectType.NewType("heapiter", "", nil, nil)
	heap.Flags |= py.TPFLAGS_HEAPTYPE
	c.stepOwn(heapObject{heap})
	require.Nil(t, c.stepTab, "none of those is remembered")

	var it py.Object = &tupleIterator{}
	c.stepOwn(it)
	require.Equal(t, ifaceOf(unsafe.Pointer(&it)).tab, c.stepTab)
	require.NotNil(t, c.nextTab)
	require.Nil(t, c.pairTab, "a tuple iterator gives no pairs")

	var p py.Object = &pairIter{n: 2}
	c.stepOwn(p)
	require.Equal(t, ifaceOf(unsafe.Pointer(&p)).tab, c.stepTab, "the Go type decides, not its Python type (py.IteratorType)")
	require.NotNil(t, c.pairTab)
	var pi PairIterator
	*ifaceOf(unsafe.Pointer(&pi)) = iface{c.pairTab, ifaceOf(unsafe.Pointer(&p)).data}
	a, _, ok, err := pi.NextPair()
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, py.Int(1), a)
}

// heapObject is an object of a heap-flagged type that has M__next__.
type heapObject struct{ t *py.Type }

func (h heapObject) Type() *py.Type                { return h.t }
func (h heapObject) M__next__() (py.Object, error) { return nil, py.StopIteration }
