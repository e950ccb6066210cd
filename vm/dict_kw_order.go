package vm

import "github.com/go-python/gpython/py"

// Keyword arguments reach a Go method as a py.StringDict, a Go map with
// no order; d.update(z=1, a=2) must add z before a, as every dict keeps
// its keys in the order they were stored. A call of the update method of
// a dict or a namespace with two or more keywords and no ** mapping is
// therefore run here, by callObject, with the keywords as the loop holds
// them, in the order written.

// callWithOrderedKw runs fn(*args, **kw) when fn is such an update
// method; ok is false for any other call, which the caller makes as
// usual.
func callWithOrderedKw(fn py.Object, args []py.Object, kwpairs []py.Object, kwextra py.StringDict) (r py.Object, ok bool, err error) {
	if len(kwextra) != 0 {
		return nil, false, nil
	}
	switch f := fn.(type) {
	case *typeSlot: // OrderedDict.__init__(od, b=1, a=2)
		if f.method != nil && len(args) > 0 && receiverFits(args[0], f.owner) {
			return callOrderedKw(f.method, args[0], args[1:], kwpairs, nil)
		}
	case *methodDescr: // OrderedDict.update(od, b=1, a=2)
		if len(args) > 0 && receiverFits(args[0], f.owner) {
			return callOrderedKw(f.m, args[0], args[1:], kwpairs, nil)
		}
	case *boundSlot: // od.__init__(b=1, a=2)
		if f.slot.method != nil {
			return callOrderedKw(f.slot.method, f.self, args, kwpairs, nil)
		}
	}
	b, isBuiltin := fn.(*boundBuiltin)
	if !isBuiltin {
		return nil, false, nil
	}
	m, isMethod := b.bm.Method.(*py.Method)
	if !isMethod {
		return nil, false, nil
	}
	if r, ok, err := callOrderedKw(m, b.self, args, kwpairs, nil); ok {
		return r, ok, err // OrderedDict's __init__ and update
	}
	if m.Name != "update" {
		return nil, false, nil
	}
	switch d := b.bm.Self.(type) {
	case *Dict:
		if m != DictType.Dict["update"] {
			return nil, false, nil
		}
		return py.None, true, dictFill(d, "update", args, kwpairs, nil)
	case py.StringDict:
		if m != DictType.Dict["update"] && m != py.StringDictType.Dict["update"] {
			return nil, false, nil
		}
		return py.None, true, namespaceUpdate(d, args, kwpairs, nil)
	}
	return nil, false, nil
}
