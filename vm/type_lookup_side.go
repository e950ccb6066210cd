package vm

import "github.com/go-python/gpython/py"

// classLookup is cls.Lookup(name) that also sees a class namespace's
// keys that are not str (dict_side.go): type('A', (), {K('x'): 1}).x,
// where K is a str-like class whose hash and == match 'x', finds the
// value, as CPython's lookup through each class's dict does. Each class of
// the MRO is asked in turn, its str keys first. While no namespace has a
// side key it is cls.Lookup itself.
func classLookup(cls *py.Type, name string) py.Object {
	if sideTables.Load() == 0 {
		return cls.Lookup(name)
	}
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok {
			continue
		}
		if v, ok := bt.Dict[name]; ok {
			return v
		}
		if v, ok, _ := sideAttr(bt.Dict, name); ok {
			return v
		}
	}
	return nil
}
