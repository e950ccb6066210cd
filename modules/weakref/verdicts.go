package weakref

import (
	"fmt"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// VerdictsType is "_weakref._Verdicts": a small map from classes to
// booleans that holds its classes weakly, for abc's quick answers. Its
// keys are identities (a class's address together with a weak pointer
// to it), so a look-up costs one Go call, and a class that dies leaves no
// answer for a class later made at the same address.
var VerdictsType = py.NewTypeX("_weakref._Verdicts", `_Verdicts() -> an empty map of classes to booleans, holding its classes weakly.

get(cls) gives the answer kept for cls or None; set(cls, answer) keeps
one; clear() forgets them all.`, newVerdicts, nil)

// verdictsMax is the most answers kept: a set() beyond it starts afresh,
// dropping the entries of classes that died meanwhile.
const verdictsMax = 256

type verdict struct {
	w   weak.Pointer[py.Type]
	yes bool
}

type verdicts struct {
	m map[uintptr]verdict
}

func (*verdicts) Type() *py.Type { return VerdictsType }

// M__len__ counts the answers kept (those of dead classes included until
// a clear() or a restart).
func (v *verdicts) M__len__() (py.Object, error) { return py.Int(len(v.m)), nil }

// M__repr__ is "<_weakref._Verdicts object at 0x...>".
func (v *verdicts) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<_weakref._Verdicts object at %p>", v)), nil
}

func newVerdicts(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args)+len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("_Verdicts() takes no arguments")
	}
	return &verdicts{m: map[uintptr]verdict{}}, nil
}

func verdictsSelf(self py.Object, args py.Tuple, name string, n int) (*verdicts, py.Tuple, error) {
	v, ok := self.(*verdicts)
	if !ok {
		if len(args) == 0 {
			return nil, nil, pyutil.TypeErrorf("descriptor '%s' of '_weakref._Verdicts' object needs an argument", name)
		}
		if v, ok = args[0].(*verdicts); !ok {
			return nil, nil, pyutil.TypeErrorf("descriptor '%s' requires a '_weakref._Verdicts' object", name)
		}
		args = args[1:]
	}
	if len(args) != n {
		return nil, nil, pyutil.TypeErrorf("%s() takes exactly %d argument%s (%d given)", name, n, map[bool]string{true: "", false: "s"}[n == 1], len(args))
	}
	return v, args, nil
}

func init() {
	d := VerdictsType.Dict
	d["get"] = py.MustNewMethod("get", func(self py.Object, args py.Tuple) (py.Object, error) {
		v, args, err := verdictsSelf(self, args, "get", 1)
		if err != nil {
			return nil, err
		}
		t, ok := args[0].(*py.Type)
		if !ok {
			return py.None, nil
		}
		e, ok := v.m[uintptr(unsafe.Pointer(t))]
		if !ok || e.w.Value() != t {
			return py.None, nil
		}
		return py.NewBool(e.yes), nil
	}, 0, "get(cls) -> the answer kept for cls, or None")
	d["set"] = py.MustNewMethod("set", func(self py.Object, args py.Tuple) (py.Object, error) {
		v, args, err := verdictsSelf(self, args, "set", 2)
		if err != nil {
			return nil, err
		}
		t, ok := args[0].(*py.Type)
		if !ok {
			return py.None, nil // not a class: nothing kept
		}
		yes, ok := args[1].(py.Bool)
		if !ok {
			return nil, pyutil.TypeErrorf("the answer must be a bool")
		}
		if len(v.m) >= verdictsMax {
			clear(v.m)
		}
		v.m[uintptr(unsafe.Pointer(t))] = verdict{w: weak.Make(t), yes: bool(yes)}
		return py.None, nil
	}, 0, "set(cls, answer) -> None: keep answer (a bool) for cls")
	d["clear"] = py.MustNewMethod("clear", func(self py.Object, args py.Tuple) (py.Object, error) {
		v, _, err := verdictsSelf(self, args, "clear", 0)
		if err != nil {
			return nil, err
		}
		clear(v.m)
		return py.None, nil
	}, 0, "clear() -> None: forget every answer")
}

// ClassSetType is "_weakref._ClassSet": a set of classes held weakly and
// compared by identity (no __hash__ or __eq__ of theirs is called, so a
// class may join before its metaclass has finished setting it up). abc
// keeps each ABC's subclasses in one.
var ClassSetType = py.NewTypeX("_weakref._ClassSet", `_ClassSet() -> an empty set of classes, held weakly, by identity.

add(cls), remove(cls), cls in s, iter(s) (the live members, oldest
first) and len(s) (the live members) work as for a set.`, newClassSet, nil)

type classSet struct {
	order []weak.Pointer[py.Type]
}

func (*classSet) Type() *py.Type { return ClassSetType }

func newClassSet(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args)+len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("_ClassSet() takes no arguments")
	}
	return &classSet{}, nil
}

// live returns the members alive, dropping the dead ones.
func (s *classSet) live() []*py.Type {
	out := make([]*py.Type, 0, len(s.order))
	kept := s.order[:0]
	for _, w := range s.order {
		if t := w.Value(); t != nil {
			out = append(out, t)
			kept = append(kept, w)
		}
	}
	clear(s.order[len(kept):])
	s.order = kept
	return out
}

func (s *classSet) index(t *py.Type) int {
	for i, w := range s.order {
		if w.Value() == t {
			return i
		}
	}
	return -1
}

// M__contains__ reports whether o is a live member.
func (s *classSet) M__contains__(o py.Object) (py.Object, error) {
	t, ok := o.(*py.Type)
	return py.NewBool(ok && s.index(t) >= 0), nil
}

// M__len__ counts the live members.
func (s *classSet) M__len__() (py.Object, error) { return py.Int(len(s.live())), nil }

// M__iter__ iterates over a snapshot of the live members.
func (s *classSet) M__iter__() (py.Object, error) {
	members := s.live()
	items := make([]py.Object, len(members))
	for i, t := range members {
		items[i] = t
	}
	return py.NewIterator(py.Tuple(items)), nil
}

// M__repr__ is "<_weakref._ClassSet object at 0x...>".
func (s *classSet) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<_weakref._ClassSet object at %p>", s)), nil
}

func classSetArg(self py.Object, args py.Tuple, name string) (*classSet, py.Object, error) {
	s, ok := self.(*classSet)
	if !ok {
		if len(args) == 0 {
			return nil, nil, pyutil.TypeErrorf("descriptor '%s' of '_weakref._ClassSet' object needs an argument", name)
		}
		if s, ok = args[0].(*classSet); !ok {
			return nil, nil, pyutil.TypeErrorf("descriptor '%s' requires a '_weakref._ClassSet' object", name)
		}
		args = args[1:]
	}
	if len(args) != 1 {
		return nil, nil, pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
	}
	return s, args[0], nil
}

func init() {
	d := ClassSetType.Dict
	d["add"] = py.MustNewMethod("add", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, o, err := classSetArg(self, args, "add")
		if err != nil {
			return nil, err
		}
		t, ok := o.(*py.Type)
		if !ok {
			return nil, pyutil.TypeErrorf("_ClassSet holds classes, not '%s'", pyutil.TypeName(o))
		}
		if s.index(t) < 0 {
			s.live()
			s.order = append(s.order, weak.Make(t))
		}
		return py.None, nil
	}, 0, "add(cls) -> None")
	d["remove"] = py.MustNewMethod("remove", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, o, err := classSetArg(self, args, "remove")
		if err != nil {
			return nil, err
		}
		t, _ := o.(*py.Type)
		i := -1
		if t != nil {
			i = s.index(t)
		}
		if i < 0 {
			return nil, py.ExceptionNewf(py.KeyError, "%v", o)
		}
		s.order = append(s.order[:i], s.order[i+1:]...)
		return py.None, nil
	}, 0, "remove(cls) -> None; KeyError when cls is not a member")
}
