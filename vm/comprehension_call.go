package vm

import (
	"github.com/go-python/gpython/py"
)

// Comprehensions called without a function object.
//
// `[e for x in it]` (and the set and dict forms) compiles to LOAD_CONST
// <code>, LOAD_CONST <qualname>, MAKE_FUNCTION 0, the outermost iterable,
// GET_ITER, CALL_FUNCTION 1: a function object made for one call and
// dropped. Nothing in Python can reach it (the comprehension's frame
// knows its code, not its function), but it is two allocations (the
// function and its __dict__) and most of the collector's work in a loop
// of small comprehensions. decode (markComprehensions) turns such a
// MAKE_FUNCTION into MAKE_COMPREHENSION, which pushes a compFunc made
// once per site instead; the CALL_FUNCTION runs its code inline with the
// caller's globals, as it would the function's (inlineComp). When the
// call cannot run inline (the recursion limit, a pending interrupt, a
// trace hook), the function is made then and the call takes the usual
// path.
//
// A compFunc holds only the code and its qualified name, constants of the
// enclosing code, so the decoded code that keeps it (shared by every
// interpreter in the process) keeps no interpreter's objects alive.

// compFunc stands on the value stack for a comprehension's function
// between MAKE_COMPREHENSION and its CALL_FUNCTION.
type compFunc struct {
	co       *py.Code
	qualname py.String
}

// Type is the function type: a compFunc stands for a function.
func (*compFunc) Type() *py.Type { return py.FunctionType }

// isComprehensionCode reports whether co is the code of a list, set or
// dict comprehension that MAKE_FUNCTION 0 can make (no closure).
func isComprehensionCode(co *py.Code) bool {
	switch co.Name {
	case "<listcomp>", "<setcomp>", "<dictcomp>":
	default:
		return false
	}
	return co.Flags&py.CO_GENERATOR == 0 && co.Flags&py.CO_NEWLOCALS != 0 && co.Argcount == 1 &&
		co.Kwonlyargcount == 0 && len(co.Freevars) == 0
}

// markComprehensions rewrites c's MAKE_FUNCTION 0 of comprehensions,
// whose code and qualified name are the two constants before it.
func markComprehensions(c *code) {
	if !inlineCalls {
		return
	}
	ins := c.ins
	for i := 2; i < len(ins); i++ {
		if ins[i].op != opMAKE_FUNCTION || ins[i].arg != 0 || ins[i-2].op != opLOAD_CONST || ins[i-1].op != opLOAD_CONST {
			continue
		}
		co, ok := c.py.Consts[ins[i-2].arg].(*py.Code)
		qn, qok := c.py.Consts[ins[i-1].arg].(py.String)
		if !ok || !qok || !isComprehensionCode(co) {
			continue
		}
		ins[i] = instr{op: opMAKE_COMPREHENSION, arg: int32(len(c.comps))}
		c.comps = append(c.comps, &compFunc{co: co, qualname: qn})
	}
}

// makeComprehension is MAKE_COMPREHENSION: the site's compFunc replaces
// the code and the name on f's stack, or, should they not be the
// site's, MAKE_FUNCTION 0 runs.
func makeComprehension(f *frame, m *compFunc) error {
	if co, ok := f.stack[f.sp-2].(*py.Code); ok && co == m.co {
		if qn, ok := f.stack[f.sp-1].(py.String); ok && qn == m.qualname {
			f.sp--
			f.stack[f.sp] = nil
			f.stack[f.sp-1] = m
			return nil
		}
	}
	return makeFunction(f, false, 0)
}

// inlineComp starts the call of comprehension m, whose one argument is
// on top of f's stack, as a frame of the running loop. When it cannot,
// it puts the comprehension's function in m's place and returns nil, for
// the usual call path.
func (t *thread) inlineComp(f *frame, m *compFunc, base int) *frame {
	c := t.decodedOn(m.co)
	if f.sp-base != 2 || !t.inlineable(c) {
		f.stack[base] = py.NewFunction(f.ctx, m.co, f.globals, string(m.qualname))
		return nil
	}
	nf := t.newFrame(c, f.globals, nil, f.ctx)
	if c.plainCall {
		nf.fast[0] = f.stack[base+1]
	} else if err := bindArgs(c, nf.fast, nil, f.stack[base+1:f.sp], nil, nil, nil, nil, nil); err != nil {
		t.release(nf)
		f.stack[base] = py.NewFunction(f.ctx, m.co, f.globals, string(m.qualname))
		return nil
	}
	return t.pushInline(f, nf, base)
}
