package pyenum

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// MetaType is the type of every enum class, CPython's enum.EnumMeta. Its
// Dict supplies the class-level protocol: gpython's py.Iter, py.Len,
// py.GetItem, py.SequenceContains and repr look a *py.Type's special
// methods up in the class Dict, then in the metatype's Dict, and call them
// with the class as first argument.
var MetaType = &py.Type{
	ObjectType: py.TypeType,
	Name:       "EnumMeta", // __module__ "enum" is set in init
	Doc:        "Metaclass for Enum",
	Base:       py.TypeType,
	Dict:       py.StringDict{},
}

// withClass gives a metatype method's arguments with the class first: the
// loop calls the methods bound to the class (receiver self), gpython's
// fallbacks with the class as first argument.
func withClass(self py.Object, args py.Tuple) py.Tuple {
	if t, ok := self.(*py.Type); ok && ClassOf(t) != nil {
		return append(py.Tuple{t}, args...)
	}
	return args
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

func metaIter(self py.Object, args py.Tuple) (py.Object, error) {
	args = withClass(self, args)
	c, err := classArg(args, 1, "__iter__")
	if err != nil {
		return nil, err
	}
	return py.NewIterator(py.Tuple(c.Members())), nil
}

func metaLen(self py.Object, args py.Tuple) (py.Object, error) {
	args = withClass(self, args)
	c, err := classArg(args, 1, "__len__")
	if err != nil {
		return nil, err
	}
	return py.Int(len(c.canon)), nil
}

// metaGetItem is Cls['NAME']: KeyError('NAME') when there is none.
func metaGetItem(self py.Object, args py.Tuple) (py.Object, error) {
	args = withClass(self, args)
	c, err := classArg(args, 2, "__getitem__")
	if err != nil {
		return nil, err
	}
	if s, ok := args[1].(py.String); ok {
		if m, ok := c.byName[string(s)]; ok {
			return m, nil
		}
	}
	// KeyError(key), whose str() is repr(key), as CPython's
	exc, err := py.ExceptionNew(py.KeyError, py.Tuple{args[1]}, nil)
	if err != nil {
		return nil, err
	}
	return nil, exc.(*py.Exception)
}

// metaContains is 3.6's EnumMeta.__contains__: true only for a member of
// the class (2 in VerifyMode is False in 3.6).
func metaContains(self py.Object, args py.Tuple) (py.Object, error) {
	args = withClass(self, args)
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

func metaRepr(self py.Object, args py.Tuple) (py.Object, error) {
	args = withClass(self, args)
	// gpython finds this method for the metatype itself too
	// (repr(type(VerifyMode))): print it as a class.
	if self == py.Object(MetaType) || len(args) == 1 && args[0] == py.Object(MetaType) {
		return py.String("<class 'enum.EnumMeta'>"), nil
	}
	c, err := classArg(args, 1, "__repr__")
	if err != nil {
		return nil, err
	}
	return py.String("<enum '" + c.name + "'>"), nil
}

// metaSetattr is Cls.name = value: members cannot be rebound (3.6's
// EnumMeta.__setattr__); other names are set in the class.
func metaSetattr(self py.Object, args py.Tuple) (py.Object, error) {
	args = withClass(self, args)
	c, err := classArg(args, 3, "__setattr__")
	if err != nil {
		return nil, err
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", args[1].Type().Name)
	}
	if _, member := c.byName[string(name)]; member {
		return nil, py.ExceptionNewf(py.AttributeError, "Cannot reassign members.")
	}
	c.Type.Dict[string(name)] = args[2]
	return py.None, nil
}

// metaDelattr is del Cls.name: members cannot be deleted.
func metaDelattr(self py.Object, args py.Tuple) (py.Object, error) {
	args = withClass(self, args)
	c, err := classArg(args, 2, "__delattr__")
	if err != nil {
		return nil, err
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", args[1].Type().Name)
	}
	if _, member := c.byName[string(name)]; member {
		return nil, py.ExceptionNewf(py.AttributeError, "%s: cannot delete Enum member.", c.name)
	}
	if _, ok := c.Type.Dict[string(name)]; !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "%s", string(name))
	}
	delete(c.Type.Dict, string(name))
	return py.None, nil
}

// metaGetattr is 3.6's EnumMeta.__getattr__ for the names a class lacks
// (members are in the class's dict): AttributeError(name).
func metaGetattr(self py.Object, args py.Tuple) (py.Object, error) {
	args = withClass(self, args)
	if _, err := classArg(args, 2, "__getattr__"); err != nil {
		return nil, err
	}
	exc, err := py.ExceptionNew(py.AttributeError, py.Tuple{args[1]}, nil)
	if err != nil {
		return nil, err
	}
	return nil, exc.(*py.Exception)
}

const membersDoc = `The enum's members by name, aliases included, in the order they were
defined (a fresh read-only mapping on each access).`

// metaMembers is Cls.__members__: a new dict, in definition order (the
// loop's dicts keep insertion order), of every name, aliases included.
func metaMembers(self py.Object) (py.Object, error) {
	t, ok := self.(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__members__' requires an enum class")
	}
	c := ClassOf(t)
	if c == nil {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__members__' requires an enum class, not '%s'", t.Name)
	}
	d := vm.NewDict(len(c.names))
	for _, n := range c.names {
		d.SetStr(n, c.byName[n])
	}
	return d, nil
}

func init() {
	MetaType.Dict["__iter__"] = py.MustNewMethod("__iter__", metaIter, 0, "Iterate the members in definition order.")
	MetaType.Dict["__len__"] = py.MustNewMethod("__len__", metaLen, 0, "Number of members (aliases excluded).")
	MetaType.Dict["__getitem__"] = py.MustNewMethod("__getitem__", metaGetItem, 0, "Member by name.")
	MetaType.Dict["__contains__"] = py.MustNewMethod("__contains__", metaContains, 0, "Whether the object is a member.")
	MetaType.Dict["__repr__"] = py.MustNewMethod("__repr__", metaRepr, 0, "<enum 'Name'>")
	MetaType.Dict["__module__"] = py.String("enum")
	MetaType.Dict["__members__"] = &py.Property{Fget: metaMembers, Doc: membersDoc}
	MetaType.Dict["__setattr__"] = py.MustNewMethod("__setattr__", metaSetattr, 0, "Set an attribute; members cannot be reassigned.")
	MetaType.Dict["__delattr__"] = py.MustNewMethod("__delattr__", metaDelattr, 0, "Delete an attribute; members cannot be deleted.")
	MetaType.Dict["__getattr__"] = py.MustNewMethod("__getattr__", metaGetattr, 0, "AttributeError(name) for a name the class lacks.")
	if err := MetaType.Ready(); err != nil {
		panic("pyenum: " + err.Error())
	}
	// The loop looks a class's `in` up in its metatype only when the
	// metatype is a class's (as enum.EnumMeta is in CPython).
	MetaType.Flags |= py.TPFLAGS_HEAPTYPE
}
