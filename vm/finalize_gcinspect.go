package vm

import (
	"fmt"
	"io"
	"os"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/gc"
)

// What the gc module needs of the interpreter: dicts for its callbacks'
// info and get_stats(), calls, and a view of objects for is_tracked()
// and get_referents().

func init() {
	gc.Host.NewDict = func(keys []string, values []py.Object) py.Object {
		d := NewDict(len(keys))
		for i, k := range keys {
			d.SetStr(k, values[i])
		}
		return d
	}
	gc.Host.Call = func(fn py.Object, args py.Tuple) error {
		_, err := Call(fn, args, nil)
		return err
	}
	gc.Host.Unraisable = func(fn py.Object, err error) {
		var w io.Writer = os.Stderr
		if c := currentContext(); c != nil {
			w = stderrOf(c)
		}
		what, rerr := pyrepr.Repr(fn)
		if rerr != nil {
			what = "<" + pyutil.TypeName(fn) + " object>"
		}
		fmt.Fprintf(w, "Exception ignored in: %s\n%s", what, pyutil.FormatException(err))
	}
	gc.Host.Tracked = gcTracked
	gc.Host.Referents = gcReferents
}

// gcTracked reports whether CPython 3.6's collector tracks o: atoms,
// the empty tuple, dicts holding only untracked objects, object() and
// instances of classes whose every level declares empty __slots__ are
// not tracked, nor are the built-in classes; containers, functions,
// modules and the other instances are.
func gcTracked(o py.Object) bool {
	switch o := o.(type) {
	case nil, py.Int, py.Float, py.Complex, py.String, py.Bytes, py.Bool, py.NoneType, *py.BigInt:
		return false
	case py.Tuple:
		// tracked from its making until a collection finds it holds only
		// untracked objects; scripts mostly ask before
		return len(o) > 0
	case *Dict:
		tracked := false
		o.Items(func(k, v py.Object) bool {
			tracked = gcMayBeTracked(k) || gcMayBeTracked(v)
			return !tracked
		})
		return tracked
	case *py.Type:
		if !pyutil.IsInstanceObject(o) {
			return o.Flags&py.TPFLAGS_HEAPTYPE != 0
		}
		return instanceTracked(o.ObjectType)
	}
	switch pyutil.TypeName(o) {
	case "bytearray", "range", "slice", "ellipsis", "NotImplementedType":
		return false
	}
	return true
}

// gcMayBeTracked is what decides whether a dict holding o is tracked:
// whether o is of a type the collector tracks (a dict, even one not
// tracked itself; looking no further also keeps a dict holding itself
// from sending gcTracked round it for good), or a tracked object.
func gcMayBeTracked(o py.Object) bool {
	switch o := o.(type) {
	case *Dict:
		return true
	case py.Tuple:
		// as the collections the scripts run first leave it: a tuple
		// of untracked objects is untracked
		for _, v := range o {
			if gcMayBeTracked(v) {
				return true
			}
		}
		return false
	}
	return gcTracked(o)
}

// instanceTracked reports whether an instance of cls is tracked: it has
// a __dict__ or a slot (some class of its MRO made by a class statement
// declares no __slots__, or non-empty ones).
func instanceTracked(cls *py.Type) bool {
	for _, c := range cls.Mro {
		ct, ok := c.(*py.Type)
		if !ok || ct.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			continue
		}
		slots, ok := classSlots(ct) // as made, not as the namespace says now
		if !ok {
			return true
		}
		if n, err := py.Len(slots); err != nil || n.(py.Int) != 0 {
			return true
		}
	}
	return false
}

// reversedItems copies items, last first (the order CPython's tuples and
// lists visit them).
func reversedItems(items []py.Object) []py.Object {
	out := make([]py.Object, len(items))
	for i, v := range items {
		out[len(items)-1-i] = v
	}
	return out
}

// gcReferents lists what o refers to directly, for the containers and
// instances (an instance: its __dict__ and its class); nothing for the
// other objects.
func gcReferents(o py.Object) []py.Object {
	switch o := o.(type) {
	case py.Tuple:
		return reversedItems(o)
	case *py.List:
		return reversedItems(o.Items)
	case *Dict:
		// each value, then its key, unless every key is a str (3.6's
		// str-keyed tables report the values only)
		allStr := true
		o.Items(func(k, _ py.Object) bool {
			_, allStr = k.(py.String)
			return allStr
		})
		var out []py.Object
		o.Items(func(k, v py.Object) bool {
			out = append(out, v)
			if !allStr {
				out = append(out, k)
			}
			return true
		})
		return out
	case *Set:
		return o.Items()
	case *py.Type:
		if !pyutil.IsInstanceObject(o) {
			return nil
		}
		var out []py.Object
		if d, err := GetAttr(o, "__dict__"); err == nil {
			out = append(out, d)
		}
		return append(out, o.ObjectType)
	}
	return nil
}
