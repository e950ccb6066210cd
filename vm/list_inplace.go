package vm

import (
	"github.com/go-python/gpython/py"
)

// list += x and list *= n change the list itself, as CPython's
// list.__iadd__ and list.__imul__ do: gpython's __imul__ built a new list,
// so `a = b = [1]; a *= 2` left b alone, and neither method was reachable
// as list.__iadd__ / [].__imul__.

// listRepeatInPlace is l *= n for an index n.
func listRepeatInPlace(l *py.List, n py.Object) (py.Object, error) {
	if err := repeatCheck(l, n); err != nil {
		return nil, err
	}
	k, err := indexValue(n)
	if err != nil {
		return nil, err
	}
	size := len(l.Items)
	if k <= 0 || size == 0 {
		clear(l.Items)
		l.Items = l.Items[:0]
		return l, nil
	}
	grown := make([]py.Object, size*k)
	for at := 0; at < len(grown); at += size {
		copy(grown[at:], l.Items)
	}
	l.Items = grown
	return l, nil
}

// listExtendBy appends the items of any iterable to l, reading them all
// first so that l += l doubles l once.
func listExtendBy(l *py.List, other py.Object) error {
	switch v := other.(type) {
	case *py.List:
		l.Items = append(l.Items, v.Items...)
		return nil
	case py.Tuple:
		l.Items = append(l.Items, v...)
		return nil
	}
	items, err := sequenceItems(other, "'"+typeName(other)+"' object is not iterable")
	if err != nil {
		return err
	}
	l.Items = append(l.Items, items...)
	return nil
}

func init() {
	py.ListType.Dict["__iadd__"] = &typeSlot{name: "__iadd__", owner: py.ListType, nargs: 1,
		fn: func(self py.Object, args py.Tuple) (py.Object, error) {
			l := self.(*py.List)
			if err := listExtendBy(l, args[0]); err != nil {
				return nil, err
			}
			return l, nil
		}}
	py.ListType.Dict["__imul__"] = &typeSlot{name: "__imul__", owner: py.ListType, nargs: 1,
		fn: func(self py.Object, args py.Tuple) (py.Object, error) {
			if !isIndex(args[0]) {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
			}
			return listRepeatInPlace(self.(*py.List), args[0])
		}}
}
