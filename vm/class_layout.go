package vm

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// layoutKey describes how instances of the Python class c are laid out,
// for __class__ assignment: the built-in base that carries their value,
// then, level by level from the base-most class, the slots each class
// adds (sorted, as CPython stores them), a class without __slots__
// adding __dict__ and __weakref__ unless it already has them. Two
// classes whose keys are equal may swap an instance's class.
func layoutKey(c *py.Type) string {
	var b strings.Builder
	if vb := valueBaseOf(c); vb != nil {
		b.WriteString(vb.Name)
	}
	var dict, weak bool
	for i := len(c.Mro) - 1; i >= 0; i-- {
		t, ok := c.Mro[i].(*py.Type)
		if !ok || t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			continue
		}
		var added []string
		slots, has := classSlots(t)
		if !has {
			if !dict {
				added = append(added, "__dict__")
			}
			if !weak {
				added = append(added, "__weakref__")
			}
			dict, weak = true, true
		} else {
			names, err := classSlotNames(t.Name, slots)
			if err != nil {
				return "?" + t.Name // unreadable slots match nothing else
			}
			for _, n := range names {
				switch n {
				case "__dict__":
					if dict {
						continue
					}
					dict = true
				case "__weakref__":
					if weak {
						continue
					}
					weak = true
				}
				added = append(added, n)
			}
		}
		if len(added) > 0 {
			sort.Strings(added)
			b.WriteString("|")
			b.WriteString(strings.Join(added, ","))
		}
	}
	return b.String()
}

// compatibleLayouts reports whether an instance of the Python class a
// may become an instance of the Python class b by __class__ assignment:
// past the classes that add nothing to their base's layout, both reach
// the same class, or two classes of one base that add the same slots.
func compatibleLayouts(a, b *py.Type) bool {
	if a == b {
		return true
	}
	a, b = layoutOwner(a), layoutOwner(b)
	if a == b {
		return true
	}
	return a.Base == b.Base && layoutKey(a) == layoutKey(b)
}

// layoutOwner is the class up c's bases whose instances c's share the
// layout of: c's base while c adds no slots, __dict__ or __weakref__.
func layoutOwner(c *py.Type) *py.Type {
	for c.Flags&py.TPFLAGS_HEAPTYPE != 0 && c.Base != nil && layoutKey(c) == layoutKey(c.Base) {
		c = c.Base
	}
	return c
}
