package vm

import (
	"github.com/go-python/gpython/py"
)

// Property getters called inline.
//
// Reading a property on an instance (self.area) calls its getter. Through
// property.__get__ that is a Go-recursive call of the evaluation loop per
// read; propertyCall instead starts the getter as a frame the loop runs
// itself, as CALL_FUNCTION does for a Python function (loadInstanceAttr,
// LOAD_ATTR's path for instances of Python classes): LOAD_ATTR's slot
// becomes [fget, instance] (decode reserves the slot above it), and the
// getter's return value lands where the attribute would have.
//
// Taken only where LOAD_ATTR would call that getter with that instance and
// nothing else: a plain instance (no built-in value, not a
// threading.local), a class without __getattribute__ whose attribute is a
// property (exactly; subclasses of property keep their own __get__) with a
// Python function as fget. A property is a data descriptor, so the
// instance dict does not matter. The class side comes from the
// class-attribute cache, so rebinding or deleting the property, or adding
// __getattribute__, is seen at once (tests/lang/cases/misc/
// property_rebinding.py).

// loadInstanceAttr is LOAD_ATTR of name number ni on o, an instance of a
// Python class on top of f's stack. It answers the two common cases itself, an
// instance-dict value and a property with a Python getter (whose frame it
// returns, to run inline), with one class-cache probe; everything else is
// instanceGetAttr's.
func (t *thread) loadInstanceAttr(f *frame, o *py.Type, ni int32) (*frame, error) {
	name := f.c.names[ni]
	if len(o.Bases) == 0 {
		e := t.attrs.hit(o.ObjectType, name)
		if e == nil {
			e = t.attrs.lookup(o.ObjectType, name)
		} else if e.dictFirst {
			// The usual case, inlined: the name where it was last
			// found in an instance dict of this class.
			if s := hintedSlot(o.Dict, e.slot, name); s != nil {
				f.stack[f.sp-1] = s.elem
				return nil, nil
			}
		}
		if !e.getattrs {
			if !e.data {
				// No data descriptor: the instance dict comes first.
				if v, ok := instDictGet(o.Dict, e, name); ok {
					f.stack[f.sp-1] = v
					return nil, nil
				}
			} else if nf := t.propertyCall(f, o, e.attr); nf != nil {
				return nf, nil
			}
		}
	}
	var err error
	f.stack[f.sp-1], err = t.instanceGetAttr(o, o.ObjectType, name)
	return nil, err
}

// propertyCall starts the getter of attr, if it is a property with a
// Python getter, on o (top of f's stack) inline and returns its frame; or
// returns nil with the stack as it was.
func (t *thread) propertyCall(f *frame, o *py.Type, attr py.Object) *frame {
	p, ok := attr.(*property)
	if !ok {
		return nil
	}
	fget, ok := p.fget.(*py.Function)
	if !ok {
		return nil
	}
	f.stack[f.sp-1] = fget
	f.push(o)
	if nf := t.inlineCall(f, 1); nf != nil {
		return nf
	}
	f.sp--
	f.stack[f.sp] = nil
	f.stack[f.sp-1] = o
	return nil
}
