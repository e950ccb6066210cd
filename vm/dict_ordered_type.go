package vm

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// orderedKwMethods are the Go methods that take their keyword arguments
// in the order written (OrderedDict's __init__ and update, whose items
// keep that order): *py.Method -> its name. The loop calls them through
// callOrderedKw when it holds the keywords in order.
var orderedKwMethods sync.Map

// callOrderedKw runs m, one of orderedKwMethods, on self with the
// keyword arguments in their order (kwpairs alternate names and values;
// kwextra, from a ** mapping, follows); ok is false for other methods.
func callOrderedKw(m py.Object, self py.Object, args []py.Object, kwpairs []py.Object, kwextra py.StringDict) (r py.Object, ok bool, err error) {
	if d, ok := m.(*methodDescr); ok {
		m = d.m
	}
	meth, isMethod := m.(*py.Method)
	if !isMethod {
		return nil, false, nil
	}
	name, found := orderedKwMethods.Load(meth)
	if !found {
		return nil, false, nil
	}
	s, err := odReceiver(self, name.(string))
	if err != nil {
		return nil, true, err
	}
	return py.None, true, s.update(name.(string), py.Tuple(args), kwpairs, kwextra)
}

// installOrderedDict makes collections.OrderedDict, a class derived from
// dict whose methods are Go's, and the _odict module that hands it to
// collections.
func installOrderedDict() {
	ns := py.StringDict{
		"__module__": py.String("collections"),
		"__doc__":    py.String("A dict that keeps its keys in the order they were first inserted, with order-aware equality, reversed(), move_to_end() and popitem(last=)."),
	}
	order := []string{}
	for _, m := range odMethods() {
		ns[m.Name] = m
		order = append(order, m.Name)
	}
	ns["fromkeys"] = &py.ClassMethod{Callable: py.MustNewMethod("fromkeys", odFromKeys, 0, "Create a new ordered dictionary with keys from iterable and values set to value."), Dict: py.StringDict{}}
	r, err := typeNew(py.TypeType, py.Tuple{py.String("OrderedDict"), py.Tuple{DictType}, ns}, nil)
	if err != nil {
		panic(err)
	}
	orderedDictType = r.(*py.Type)
	SetExtensionName(orderedDictType, "collections.OrderedDict") // its tp_name in 3.6
	WrapBuiltinClassMethods(orderedDictType)                     // fromkeys
	// The methods show as method descriptors of the class, as a built-in
	// type's do; the loop then binds and calls them as any class's.
	for name, v := range orderedDictType.Dict {
		if m, ok := v.(*py.Method); ok {
			orderedDictType.Dict[name] = methodDescrOf(orderedDictType, m)
		}
	}
	classChanged()
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_odict", Doc: "collections.OrderedDict, written in Go."},
		Globals: py.StringDict{"OrderedDict": orderedDictType},
	})
}
