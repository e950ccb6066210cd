package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// A class method of a built-in type (dict.fromkeys, float.__getformat__)
// as 3.6 shows it: dict.__dict__['fromkeys'] is a classmethod_descriptor,
// whose repr names the method and its type, and whose __get__ binds the
// function to a class derived from its type and refuses any other
// (descr.__get__(42) is a TypeError). A script's classmethod stays
// gpython's classmethod object.

var classMethodDescrType = py.NewType("classmethod_descriptor", "")

// classMethodDescr is a built-in type's class method.
type classMethodDescr struct {
	name  string
	owner *py.Type
	fn    py.Object
	doc   py.Object
}

func (d *classMethodDescr) Type() *py.Type { return classMethodDescrType }

func (d *classMethodDescr) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<method '%s' of '%s' objects>", d.name, tpName(d.owner))), nil
}

// M__get__ binds the function to owner, or to the instance's class.
func (d *classMethodDescr) M__get__(instance, owner py.Object) (py.Object, error) {
	if owner == nil || owner == py.None {
		if instance == nil || instance == py.None {
			return nil, py.ExceptionNewf(py.TypeError, "__get__(None, None) is invalid")
		}
		owner = instance.Type()
	}
	t, ok := owner.(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", d.name, shortName(d.owner), typeName(owner))
	}
	if !t.IsSubtype(d.owner) {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for type '%s' doesn't apply to type '%s'", d.name, shortName(d.owner), shortName(t))
	}
	return py.NewBoundMethod(t, d.fn), nil
}

// M__call__ is the descriptor called with the class first:
// dict.__dict__['fromkeys'](dict, 'ab').
func (d *classMethodDescr) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of '%s' object needs an argument", d.name, shortName(d.owner))
	}
	t, ok := args[0].(*py.Type)
	if !ok {
		// 3.6's wording names the descriptor's type here, and the
		// argument's type (with no closing quote) below.
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a type but received a '%s'", d.name, shortName(d.owner))
	}
	if !t.IsSubtype(d.owner) {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s", d.name, shortName(d.owner), typeName(t))
	}
	return Call(py.NewBoundMethod(t, d.fn), append(py.Tuple(nil), args[1:]...), kwargs)
}

// WrapBuiltinClassMethods makes each classmethod in the dict of t, a
// built-in type, a classmethod_descriptor (modules whose types define
// class methods in Go call it once their dict is complete).
func WrapBuiltinClassMethods(t *py.Type) {
	for name, v := range t.Dict {
		cm, ok := v.(*py.ClassMethod)
		if !ok {
			continue
		}
		d := &classMethodDescr{name: name, owner: t, fn: cm.Callable, doc: py.None}
		if m, ok := cm.Callable.(*py.Method); ok && m.Doc != "" {
			d.doc = py.String(m.Doc)
		}
		t.Dict[name] = d
	}
}

func init() {
	d := classMethodDescrType.Dict
	d["__get__"] = py.MustNewMethod("__get__", func(self py.Object, args py.Tuple) (py.Object, error) {
		cm, ok := self.(*classMethodDescr)
		if !ok {
			return nil, wrongReceiver(classMethodDescrType, "__get__", self)
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, oneOrTwoArgs(len(args))
		}
		var owner py.Object
		if len(args) == 2 {
			owner = args[1]
		}
		return cm.M__get__(args[0], owner)
	}, 0, "Binds the method to a class: owner, or instance's class.")
	attr := func(name string, get func(d *classMethodDescr) py.Object) {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			cm, ok := self.(*classMethodDescr)
			if !ok {
				return nil, wrongReceiver(classMethodDescrType, name, self)
			}
			return get(cm), nil
		}}
	}
	d["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return reduceToGetattr(self, "__objclass__")
	}, 0, "")
	classMethodDescrType.Base = py.ObjectType
	classMethodDescrType.Mro = py.Tuple{classMethodDescrType, py.ObjectType}
	attr("__name__", func(d *classMethodDescr) py.Object { return py.String(d.name) })
	attr("__qualname__", func(d *classMethodDescr) py.Object { return py.String(qualifiedTypeName(d.owner) + "." + d.name) })
	attr("__objclass__", func(d *classMethodDescr) py.Object { return d.owner })
	attr("__doc__", func(d *classMethodDescr) py.Object { return d.doc })
}
