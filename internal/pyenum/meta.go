package pyenum

import (
	"github.com/go-python/gpython/py"
)

// MetaType is the type of every enum class, CPython's enum.EnumMeta. Its
// Dict supplies the class-level protocol: gpython's py.Iter, py.Len,
// py.GetItem, py.SequenceContains and repr look a *py.Type's special
// methods up in the class Dict, then in the metatype's Dict, and call them
// with the class as first argument.
var MetaType = &py.Type{
	ObjectType: py.TypeType,
	Name:       "enum.EnumMeta",
	Doc:        "Metaclass for Enum",
	Base:       py.TypeType,
	Dict:       py.StringDict{},
}

// classArg finds the enum class among a metatype method's arguments.
func classArg(args py.Tuple, want int, name string) (*Class, error) {
	if len(args) != want {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly %d argument (%d given)", name, want-1, len(args)-1)
	}
	t, ok := args[0].(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires an enum class", name)
	}
	c := ClassOf(t)
	if c == nil {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires an enum class, not '%s'", name, t.Name)
	}
	return c, nil
}

func metaIter(_ py.Object, args py.Tuple) (py.Object, error) {
	c, err := classArg(args, 1, "__iter__")
	if err != nil {
		return nil, err
	}
	return py.NewIterator(py.Tuple(c.Members())), nil
}

func metaLen(_ py.Object, args py.Tuple) (py.Object, error) {
	c, err := classArg(args, 1, "__len__")
	if err != nil {
		return nil, err
	}
	return py.Int(len(c.canon)), nil
}

// metaGetItem is Cls['NAME']: KeyError('NAME') when there is none.
func metaGetItem(_ py.Object, args py.Tuple) (py.Object, error) {
	c, err := classArg(args, 2, "__getitem__")
	if err != nil {
		return nil, err
	}
	if s, ok := args[1].(py.String); ok {
		if m, ok := c.byName[string(s)]; ok {
			return m, nil
		}
	}
	return nil, py.ExceptionNewf(py.KeyError, "%s", reprOrQuestion(args[1]))
}

// metaContains is 3.6's EnumMeta.__contains__: true only for a member of
// the class (2 in VerifyMode is False in 3.6).
func metaContains(_ py.Object, args py.Tuple) (py.Object, error) {
	c, err := classArg(args, 2, "__contains__")
	if err != nil {
		return nil, err
	}
	return py.NewBool(args[1].Type() == c.Type && memberNamed(args[1])), nil
}

func memberNamed(o py.Object) bool {
	switch m := o.(type) {
	case *IntMember:
		return m.name != ""
	case *Member:
		return true
	}
	return false
}

func metaRepr(_ py.Object, args py.Tuple) (py.Object, error) {
	// gpython finds this method for the metatype itself too
	// (repr(type(VerifyMode))): print it as a class.
	if len(args) == 1 && args[0] == py.Object(MetaType) {
		return py.String("<class '" + MetaType.Name + "'>"), nil
	}
	c, err := classArg(args, 1, "__repr__")
	if err != nil {
		return nil, err
	}
	return py.String("<enum '" + c.name + "'>"), nil
}

func reprOrQuestion(o py.Object) string {
	r, err := py.ReprAsString(o)
	if err != nil {
		return "?"
	}
	return r
}

func init() {
	MetaType.Dict["__iter__"] = py.MustNewMethod("__iter__", metaIter, 0, "Iterate the members in definition order.")
	MetaType.Dict["__len__"] = py.MustNewMethod("__len__", metaLen, 0, "Number of members (aliases excluded).")
	MetaType.Dict["__getitem__"] = py.MustNewMethod("__getitem__", metaGetItem, 0, "Member by name.")
	MetaType.Dict["__contains__"] = py.MustNewMethod("__contains__", metaContains, 0, "Whether the object is a member.")
	MetaType.Dict["__repr__"] = py.MustNewMethod("__repr__", metaRepr, 0, "<enum 'Name'>")
	if err := MetaType.Ready(); err != nil {
		panic("pyenum: " + err.Error())
	}
}
