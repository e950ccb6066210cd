package vm

import (
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
)

// A generator's __name__ and __qualname__ are its function's at the call
// that made it (3.6: 'C.m', 'f.<locals>.g'), and a script may assign
// either. gpython's generator records only its code, whose name is the
// short one, so two side tables hold the rest: the qualified name a code
// object's function gave (the same for every generator of that code,
// except after a function's __qualname__ is reassigned), and names
// assigned to one generator.

// codeQualnames maps a generator function's *py.Code to the names its
// function gave (a functools.wraps wrapper renames them), when they differ
// from the code's name. An entry goes with its code object.
var codeQualnames sync.Map // weak.Pointer[py.Code] -> [2]string{name, qualname}

// genNamesSet maps a generator whose __name__ or __qualname__ was
// assigned to its names. An entry goes with its generator.
var genNamesSet sync.Map // weak.Pointer[py.Generator] -> *genNames

type genNames struct {
	mu             sync.Mutex
	name, qualname string
}

// noteGeneratorFunction records the names of fn for the generators its
// code makes. co is the code those generators record (decoded form's
// py), which is not always fn.Code: a copy of a code object (made by
// types.coroutine, or code.replace) shares its original's decoded form,
// so generators of the copy and of the original carry the same code, and
// the names are keyed by that one.
func noteGeneratorFunction(fn *py.Function, co *py.Code) {
	names := [2]string{fn.Name, fn.Qualname}
	if names[0] == "" {
		names[0] = co.Name
	}
	if names[1] == "" {
		names[1] = co.Name
	}
	key := weak.Make(co)
	old, ok := codeQualnames.Load(key)
	if ok && old.([2]string) == names || !ok && names == [2]string{co.Name, co.Name} {
		return
	}
	if _, loaded := codeQualnames.Swap(key, names); !loaded {
		runtime.AddCleanup(co, func(k weak.Pointer[py.Code]) { codeQualnames.Delete(k) }, key)
	}
}

// generatorNames returns g's __name__ and __qualname__.
func generatorNames(g *py.Generator) (name, qualname string) {
	if v, ok := genNamesSet.Load(weak.Make(g)); ok {
		n := v.(*genNames)
		n.mu.Lock()
		defer n.mu.Unlock()
		return n.name, n.qualname
	}
	name, qualname = g.Code.Name, g.Code.Name
	if q, ok := codeQualnames.Load(weak.Make(g.Code)); ok {
		name, qualname = q.([2]string)[0], q.([2]string)[1]
	}
	return name, qualname
}

// setGeneratorName is g.__name__ = v or g.__qualname__ = v; ok is false
// for other attributes.
func setGeneratorName(g *py.Generator, attr string, v py.Object) (ok bool, err error) {
	if attr != "__name__" && attr != "__qualname__" {
		return false, nil
	}
	s, isStr := v.(py.String)
	if !isStr { // deleting is refused with the same words
		return true, py.ExceptionNewf(py.TypeError, "%s must be set to a string object", attr)
	}
	name, qualname := generatorNames(g)
	key := weak.Make(g)
	v2, loaded := genNamesSet.LoadOrStore(key, &genNames{name: name, qualname: qualname})
	if !loaded {
		runtime.AddCleanup(g, func(k weak.Pointer[py.Generator]) { genNamesSet.Delete(k) }, key)
	}
	n := v2.(*genNames)
	n.mu.Lock()
	if attr == "__name__" {
		n.name = string(s)
	} else {
		n.qualname = string(s)
	}
	n.mu.Unlock()
	return true, nil
}

func init() {
	pyrepr.GeneratorQualname = func(g *py.Generator) string {
		_, q := generatorNames(g)
		return q
	}
}
