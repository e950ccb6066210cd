package pyarray

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// Array is array.array: items of one kind stored packed, in machine byte
// order, so that the raw bytes are the buffer other modules read.
type Array struct {
	k       *kind
	data    []byte
	exports *host.Exports // live memoryviews, which forbid resizing
}

// ArrayType is array.array (also array.ArrayType).
var ArrayType = py.NewTypeX("array.array", "array(typecode[, initializer]) -> a packed sequence of numbers or characters of one type.", arrayNew, nil)

// Type returns array.array.
func (*Array) Type() *py.Type { return ArrayType }

// BufferBytes exposes the items' storage (pyutil.ReadableBuffer).
func (a *Array) BufferBytes() []byte { return a.data }

// BufferFormat is the struct format and size of the items, as a
// memoryview of the array reports them ('u' items are 'w', UCS-4).
func (a *Array) BufferFormat() (string, int) {
	if a.k.unicode {
		return "w", a.k.size
	}
	return string(rune(a.k.code)), a.k.size
}

// WritableBytes exposes the items' storage for in-place writes.
func (a *Array) WritableBytes() []byte { return a.data }

func (a *Array) n() int { return len(a.data) / a.k.size }

// item returns item i, or ValueError for an invalid character.
func (a *Array) item(i int) (py.Object, error) {
	s := a.k.size
	if a.k.unicode {
		if err := checkChar(order.Uint32(a.data[i*s:])); err != nil {
			return nil, err
		}
	}
	return a.k.decode(a.data[i*s : i*s+s]), nil
}

func (a *Array) clone(data []byte) *Array {
	return &Array{k: a.k, data: data}
}

// appendItem converts v and adds it at the end.
func (a *Array) appendItem(v py.Object) error {
	var buf [8]byte
	if err := a.k.encode(buf[:a.k.size], v); err != nil {
		return err
	}
	a.data = append(a.data, buf[:a.k.size]...)
	return nil
}

func arrayNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("array.array() does not take keyword arguments")
	}
	if len(args) == 0 {
		return nil, pyutil.TypeErrorf("array() takes at least 1 argument (0 given)")
	}
	if len(args) > 2 {
		return nil, pyutil.TypeErrorf("array() takes at most 2 arguments (%d given)", len(args))
	}
	code, ok := args[0].(py.String)
	if !ok || len([]rune(string(code))) != 1 {
		return nil, pyutil.TypeErrorf("array() argument 1 must be a unicode character, not %s", pyutil.TypeName(args[0]))
	}
	var k *kind
	if len(code) == 1 {
		k = kindOf(code[0])
	}
	if k == nil {
		return nil, py.ExceptionNewf(py.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := &Array{k: k}
	if len(args) == 1 {
		return a, nil
	}
	init := pyutil.Unwrap(args[1])
	switch v := init.(type) {
	case py.String:
		if !k.unicode {
			return nil, pyutil.TypeErrorf("cannot use a str to initialize an array with typecode '%c'", k.code)
		}
		a.fromUnicode(string(v))
		return a, nil
	case py.Bytes:
		return a, a.fromBytes(v)
	case *Array:
		if v.k.unicode && !k.unicode {
			return nil, pyutil.TypeErrorf("cannot use a unicode array to initialize an array with typecode '%c'", k.code)
		}
		if v.k == k {
			a.data = append([]byte(nil), v.data...)
			return a, nil
		}
		return a, a.extendItems(v)
	}
	if b, ok := init.(pyutil.ReadableBuffer); ok {
		return a, a.fromBytes(b.BufferBytes())
	}
	return a, a.extendIterable(init)
}

func (a *Array) fromUnicode(s string) {
	for _, r := range s {
		var buf [4]byte
		order.PutUint32(buf[:], uint32(r))
		a.data = append(a.data, buf[:]...)
	}
}

func (a *Array) fromBytes(b []byte) error {
	if len(b)%a.k.size != 0 {
		return py.ExceptionNewf(py.ValueError, "bytes length not a multiple of item size")
	}
	a.data = append(a.data, b...)
	return nil
}

// extendIterable appends every item of an iterable; on error the items
// appended so far stay, as in CPython.
func (a *Array) extendIterable(it py.Object) error {
	if o, ok := it.(*Array); ok {
		if o.k != a.k {
			return pyutil.TypeErrorf("can only extend with array of same kind")
		}
		a.data = append(a.data, o.data...)
		return nil
	}
	return a.extendItems(it)
}

// extendItems appends the items an iteration of it yields.
func (a *Array) extendItems(it py.Object) error {
	var ierr error
	err := py.Iterate(it, func(v py.Object) bool {
		ierr = a.appendItem(v)
		return ierr != nil
	})
	if err != nil {
		return err
	}
	return ierr
}

// M__repr__ gives array('H', [1, 2]), array('u', 'abc') or array('d').
func (a *Array) M__repr__() (py.Object, error) {
	if a.n() == 0 {
		return py.String(fmt.Sprintf("array('%c')", a.k.code)), nil
	}
	var inner py.Object
	var err error
	if a.k.unicode {
		var s string
		s, err = a.toUnicode()
		inner = py.String(s)
	} else {
		inner, err = a.toList()
	}
	if err != nil {
		return nil, err
	}
	r, err := pyrepr.Repr(inner)
	if err != nil {
		return nil, err
	}
	return py.String(fmt.Sprintf("array('%c', %s)", a.k.code, r)), nil
}

func (a *Array) toList() (*py.List, error) {
	if err := pyutil.CheckAllocItems(a.n(), 16); err != nil {
		return nil, err // a list of each item: 3.6's MemoryError, not Go's fatal one
	}
	items := make([]py.Object, a.n())
	for i := range items {
		v, err := a.item(i)
		if err != nil {
			return nil, err
		}
		items[i] = v
	}
	return py.NewListFromItems(items), nil
}

func (a *Array) toUnicode() (string, error) {
	var sb strings.Builder
	for i := 0; i < len(a.data); i += 4 {
		c := order.Uint32(a.data[i:])
		if err := checkChar(c); err != nil {
			return "", err
		}
		sb.WriteRune(rune(c))
	}
	return sb.String(), nil
}

// M__hash__ refuses: arrays are mutable.
func (a *Array) M__hash__() (py.Object, error) {
	return nil, pyutil.TypeErrorf("unhashable type: 'array.array'")
}

// M__len__ is the item count.
func (a *Array) M__len__() (py.Object, error) { return py.Int(a.n()), nil }

// M__bool__ is true for a non-empty array.
func (a *Array) M__bool__() (py.Object, error) { return py.NewBool(len(a.data) > 0), nil }
