package pyitertools

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// product, permutations, combinations and combinations_with_replacement:
// index vectors over pools read whole at construction. Each result is a
// new tuple (CPython reuses one when nobody holds it).

var (
	ProductType      = newType("product", productDoc)
	PermutationsType = newType("permutations", permutationsDoc)
	CombinationsType = newType("combinations", combinationsDoc)
	CWRType          = newType("combinations_with_replacement", cwrDoc)
)

const (
	productDoc      = "product(*iterables, repeat=1) --> product object\n\nThe Cartesian product of the iterables, as tuples, in the order nested\nfor-loops would give: the last iterable varies fastest and the first\nslowest, like the wheels of an odometer. product(A, B) yields the same as\n((a, b) for a in A for b in B).\n\nThe repeat keyword multiplies the iterables by themselves: product(A,\nrepeat=3) is product(A, A, A).\n\nproduct('ab', range(2)) --> ('a',0) ('a',1) ('b',0) ('b',1)"
	permutationsDoc = "permutations(iterable[, r]) --> permutations object\n\nYield, as tuples, every ordering of r items drawn from iterable (of all its\nitems when r is omitted).\n\npermutations('abc', 2) --> ('a','b') ('a','c') ('b','a') ('b','c') ('c','a') ('c','b')"
	combinationsDoc = "combinations(iterable, r) --> combinations object\n\nYield, as tuples, every choice of r items from iterable, keeping the items\nin their input order and using no position twice.\n\ncombinations('abcd', 2) --> ab ac ad bc bd cd"
	cwrDoc          = "combinations_with_replacement(iterable, r) --> combinations_with_replacement object\n\nLike combinations(), except that the same item may be chosen more than once.\n\ncombinations_with_replacement('ab', 2) --> aa ab bb"
)

// maxPool bounds the pools and index vectors a constructor allocates:
// beyond it CPython runs out of memory, and so does this.
const maxPool = 1 << 28

// picked is the tuple of pool's items at indices.
func picked(pool py.Tuple, indices []int) py.Tuple {
	out := make(py.Tuple, len(indices))
	for i, j := range indices {
		out[i] = pool[j]
	}
	return out
}

func intsTuple(v []int) py.Tuple {
	out := make(py.Tuple, len(v))
	for i, n := range v {
		out[i] = py.Int(n)
	}
	return out
}

// ---- product ----

type product struct {
	pools   []py.Tuple
	indices []int
	started bool // the first tuple is out
	stopped bool
}

func (*product) Type() *py.Type                  { return ProductType }
func (p *product) M__iter__() (py.Object, error) { return p, nil }

func (p *product) M__next__() (py.Object, error) {
	if p.stopped {
		return nil, stop
	}
	if !p.started {
		for _, pool := range p.pools {
			if len(pool) == 0 {
				p.stopped = true
				return nil, stop
			}
		}
		p.started = true
	} else {
		i := len(p.pools) - 1
		for ; i >= 0; i-- {
			p.indices[i]++
			if p.indices[i] < len(p.pools[i]) {
				break
			}
			p.indices[i] = 0
		}
		if i < 0 {
			p.stopped = true
			return nil, stop
		}
	}
	out := make(py.Tuple, len(p.pools))
	for i, pool := range p.pools {
		out[i] = pool[p.indices[i]]
	}
	return out, nil
}

func newProduct(args py.Tuple, kwargs py.StringDict, _ bool) (py.Object, error) {
	repeat := 1
	if len(kwargs) > 0 {
		a, err := pyarg.Parse36("product", nil, kwargs, []string{"repeat"}, 0, pyarg.Getargs36)
		if err != nil {
			return nil, err
		}
		if a[0] != nil {
			if repeat, err = pyarg.SsizeT(a[0]); err != nil {
				return nil, err
			}
		}
		if repeat < 0 {
			return nil, pyutil.ValueErrorf("repeat argument cannot be negative")
		}
	}
	if repeat > 0 && len(args) > maxPool/repeat {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	pools := make([]py.Tuple, 0, len(args)*repeat)
	for _, a := range args {
		t, err := collect(a)
		if err != nil {
			return nil, err
		}
		pools = append(pools, t)
	}
	for r := 1; r < repeat; r++ {
		pools = append(pools, pools[:len(args)]...)
	}
	if repeat == 0 {
		pools = pools[:0]
	}
	return &product{pools: pools, indices: make([]int, len(pools))}, nil
}

// ---- permutations ----

type permutations struct {
	pool    py.Tuple
	r       int
	indices []int
	cycles  []int
	started bool
	stopped bool
}

func (*permutations) Type() *py.Type                  { return PermutationsType }
func (p *permutations) M__iter__() (py.Object, error) { return p, nil }

func (p *permutations) M__next__() (py.Object, error) {
	if p.stopped {
		return nil, stop
	}
	n, r := len(p.pool), p.r
	if !p.started {
		p.started = true
		return picked(p.pool, p.indices[:r]), nil
	}
	if n == 0 {
		p.stopped = true
		return nil, stop
	}
	i := r - 1
	for ; i >= 0; i-- {
		p.cycles[i]--
		if p.cycles[i] == 0 {
			// move indices[i] to the end, the rest one left
			first := p.indices[i]
			copy(p.indices[i:], p.indices[i+1:])
			p.indices[n-1] = first
			p.cycles[i] = n - i
			continue
		}
		j := n - p.cycles[i]
		p.indices[i], p.indices[j] = p.indices[j], p.indices[i]
		break
	}
	if i < 0 {
		p.stopped = true
		return nil, stop
	}
	return picked(p.pool, p.indices[:r]), nil
}

func newPermutations(args py.Tuple, kwargs py.StringDict, _ bool) (py.Object, error) {
	a, err := pyarg.Parse36("permutations", args, kwargs, []string{"iterable", "r"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	pool, err := collect(a[0])
	if err != nil {
		return nil, err
	}
	n, r := len(pool), len(pool)
	if a[1] != nil && a[1] != py.None {
		switch a[1].(type) {
		case py.Int, py.Bool, *py.BigInt:
		default:
			return nil, pyutil.TypeErrorf("Expected int as r")
		}
		if r, err = pyarg.SsizeT(a[1]); err != nil {
			return nil, err
		}
		if r < 0 {
			return nil, pyutil.ValueErrorf("r must be non-negative")
		}
	}
	if r > maxPool {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	p := &permutations{pool: pool, r: r, indices: make([]int, n), cycles: make([]int, min(r, n)), stopped: r > n}
	for i := range p.indices {
		p.indices[i] = i
	}
	for i := range p.cycles {
		p.cycles[i] = n - i
	}
	return p, nil
}

// ---- combinations and combinations_with_replacement ----

// combinations is either kind: with replacement, indices never decrease
// and each may reach n-1; without, they increase and index i stops at
// i+n-r.
type combinations struct {
	pool        py.Tuple
	r           int
	indices     []int
	replacement bool
	started     bool
	stopped     bool
}

func (c *combinations) Type() *py.Type {
	if c.replacement {
		return CWRType
	}
	return CombinationsType
}
func (c *combinations) M__iter__() (py.Object, error) { return c, nil }

// top is the largest value indices[i] may take.
func (c *combinations) top(i int) int {
	if c.replacement {
		return len(c.pool) - 1
	}
	return i + len(c.pool) - c.r
}

func (c *combinations) M__next__() (py.Object, error) {
	if c.stopped {
		return nil, stop
	}
	if !c.started {
		c.started = true
		return picked(c.pool, c.indices), nil
	}
	i := c.r - 1
	for i >= 0 && c.indices[i] == c.top(i) {
		i--
	}
	if i < 0 {
		c.stopped = true
		return nil, stop
	}
	c.indices[i]++
	for j := i + 1; j < c.r; j++ {
		if c.replacement {
			c.indices[j] = c.indices[i]
		} else {
			c.indices[j] = c.indices[j-1] + 1
		}
	}
	return picked(c.pool, c.indices), nil
}

func newCombinationsOf(fn string, args py.Tuple, kwargs py.StringDict, replacement bool) (py.Object, error) {
	a, err := pyarg.Parse36(fn, args, kwargs, []string{"iterable", "r"}, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	pool, err := collect(a[0])
	if err != nil {
		return nil, err
	}
	r, err := pyarg.SsizeT(a[1])
	if err != nil {
		return nil, err
	}
	if r < 0 {
		return nil, pyutil.ValueErrorf("r must be non-negative")
	}
	if r > maxPool {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	n := len(pool)
	c := &combinations{pool: pool, r: r, indices: make([]int, r), replacement: replacement}
	if replacement {
		c.stopped = n == 0 && r > 0
	} else {
		c.stopped = r > n
		for i := range c.indices {
			c.indices[i] = i
		}
	}
	return c, nil
}

func newCombinations(args py.Tuple, kwargs py.StringDict, _ bool) (py.Object, error) {
	return newCombinationsOf("combinations", args, kwargs, false)
}

func newCWR(args py.Tuple, kwargs py.StringDict, _ bool) (py.Object, error) {
	return newCombinationsOf("combinations_with_replacement", args, kwargs, true)
}
