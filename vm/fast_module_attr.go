package vm

import "github.com/go-python/gpython/py"

// Attributes of modules read straight from their globals.
//
// `struct.unpack`, `socket.AF_INET`, `time.time`: getAttr reaches a
// module's globals only after the checks every object goes through
// (__class__, the text slots, the type's Go methods, inherited
// attributes) and gpython's generic lookup, which calls
// object.__getattribute__ through the type. For a *py.Module none of
// them can answer a name that does not start with "__": its type is
// always module (a module whose __class__ is assigned is replaced by an
// instance, usermodule_class.go), and neither module nor object has such
// an attribute, nor can a script give them one (built-in types refuse
// new attributes). So such a name is the module's global when it has
// one. Nothing is cached: each read is one map read, so a rebinding is
// seen at once.

// moduleGlobalAttr is attribute name of m as getAttr would find it when
// the answer is m's global of that name; ok is false when getAttr must
// decide (a "__" name, a name m lacks, a bound Go method, which
// presentAttr wraps).
func moduleGlobalAttr(m *py.Module, name string) (r py.Object, ok bool) {
	if len(name) >= 2 && name[0] == '_' && name[1] == '_' {
		return nil, false
	}
	r, ok = m.Globals[name]
	if !ok || r == nil {
		return nil, false
	}
	if _, bound := r.(*py.BoundMethod); bound {
		return nil, false
	}
	return r, true
}
