package vm

import "github.com/go-python/gpython/py"

// installDictViewSlots puts the dict views' special methods in their
// types' dicts, where 3.6 keeps them: dict_keys and dict_items are set
// like (the set operators, the comparisons, len, iter, in), dict_values
// has len and iter alone and, unlike the other two, object's hash.
func installDictViewSlots() {
	for _, t := range []*py.Type{dictKeysType, dictItemsType} {
		installTypeSlots(t, &dictView{d: NewDict(0), kind: viewKeys})
		delete(t.Dict, "__bool__") // truth comes from __len__
	}
	dictValuesType.Dict["__len__"] = &typeSlot{name: "__len__", owner: dictValuesType, fn: func(self py.Object, _ py.Tuple) (py.Object, error) {
		return py.Len(self)
	}}
	dictValuesType.Dict["__iter__"] = &typeSlot{name: "__iter__", owner: dictValuesType, fn: func(self py.Object, _ py.Tuple) (py.Object, error) {
		return Iter(self)
	}}
}
