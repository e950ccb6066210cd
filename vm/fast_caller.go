package vm

import (
	"github.com/go-python/gpython/py"
)

// Calls of one callable, many times, from Go code.
//
// map(f, a), filter(f, a) and the key of a sort call the same callable
// once per item. Call works out, at each of those calls, what the callee
// is (a Python function, a Go method bound to its object, a Go type's
// method taken from the class, a module's Go function...), which thread
// runs it (for Go callees, a search of the live contexts), and whether it
// may change a namespace behind the global cache's back; and it takes
// its arguments as a new tuple. A Caller answers the first and the last
// question once, when it is made, and then calls its callee per item the
// way Call would, with arguments the caller lends it:
//
//   - a Python function, or a method bound to one: callFunction on the
//     thread Call would find, which binds the arguments into the new
//     frame's slots and keeps no reference to the slice;
//   - a module's Go function (abs, len): its Go function with the module
//     as self, as callOp calls it (callGoStack copies the arguments for a
//     callee that may keep them);
//   - a Go method bound to its object (s.split, d.get, also read as an
//     attribute, a boundBuiltin): its Go function on the object;
//   - a Go type's method taken from the class (str.upper, as a
//     method_descriptor or as the *py.Method itself): per call, the
//     descriptor's receiver check and goMethodReceiver, as the
//     descriptor's __call__ and callObject ask them, then the method's
//     Go function on the receiver; a call that does not fit (its errors
//     are the descriptor's) goes through Call's path;
//   - str itself on an int or a str: strCallFast, as CALL_FUNCTION does.
//
// Anything else goes through callObject as Call does, with the lent
// arguments (callObject copies what it hands to Go code). Nothing a
// Caller decides can be invalidated by a script: it holds the callable
// itself, and a function, a bound method and a Go method never change
// what they call (a function's __code__ is read at every call).
type Caller struct {
	fn    py.Object
	kind  callerKind
	pf    *py.Function // callerFunction, callerBoundFunction
	m     *py.Method   // the Go kinds
	self  py.Object    // callerBoundFunction's and callerBoundGo's object; callerModuleGo's module
	owner *py.Type     // callerGoDescr: the descriptor's owner, nil for a bare method
	ctx   *Context     // callerFunction, callerBoundFunction: pf's context, when it is one of ours
	safe  bool         // namespaceSafe(fn)
	one   bool         // callerGoDescr: m's Go function takes exactly one argument besides self
}

type callerKind uint8

const (
	callerGeneric callerKind = iota
	callerFunction
	callerBoundFunction
	callerModuleGo
	callerBoundGo
	callerGoDescr
	callerStr
)

// NewCaller prepares fn for calls with positional arguments.
func NewCaller(fn py.Object) *Caller {
	c := &Caller{fn: fn, safe: namespaceSafe(fn)}
	switch f := fn.(type) {
	case *py.Function:
		c.kind, c.pf = callerFunction, f
	case *py.BoundMethod:
		c.bound(f)
	case *boundBuiltin:
		c.bound(f.bm)
	}
	if c.pf != nil {
		c.ctx, _ = c.pf.Context.(*Context)
	}
	switch f := fn.(type) {
	case *py.Method:
		if !plainGoMethod(f) {
			break
		}
		if f.Module != nil {
			c.kind, c.m, c.self = callerModuleGo, f, f.Module
		} else {
			c.descr(f, nil)
		}
	case *methodDescr:
		if _, unchecked := uncheckedOwners.Load(f.owner); unchecked || !plainGoMethod(f.m) {
			break
		}
		// Call answers namespaceSafe for the descriptor, and again for
		// the method the descriptor calls.
		c.safe = c.safe && namespaceSafe(f.m)
		c.descr(f.m, f.owner)
	case *py.Type:
		if f == py.StringType {
			c.kind = callerStr
		}
	}
	return c
}

// bound sets c up for bm, a method bound to its object.
func (c *Caller) bound(bm *py.BoundMethod) {
	switch m := bm.Method.(type) {
	case *py.Function:
		c.kind, c.pf, c.self = callerBoundFunction, m, bm.Self
	case *py.Method:
		if plainGoMethod(m) {
			c.kind, c.m, c.self = callerBoundGo, m, bm.Self
		}
	}
}

// descr sets c up for m, a Go type's method taken from the class (from
// owner's method descriptor when owner is not nil), when the shortcut
// can call its Go function.
func (c *Caller) descr(m *py.Method, owner *py.Type) {
	fn := goFunc(m)
	if fn == nil {
		return
	}
	_, c.one = fn.(func(py.Object, py.Object) (py.Object, error))
	c.kind, c.m, c.owner = callerGoDescr, m, owner
}

// Callable returns the callable c calls.
func (c *Caller) Callable() py.Object { return c.fn }

// Call calls c's callable with args, which it only reads while the call
// runs (the callee gets a copy if it may keep them).
func (c *Caller) Call(args []py.Object) (py.Object, error) {
	return c.callOn(nil, args)
}

// pythonThread is the thread c's calls run on when they run Python code
// and the caller has none at hand (callOn with nil), or nil for a
// callee whose calls need none: see callerThread.
func (c *Caller) pythonThread() (t *thread, acquired bool) {
	switch c.kind {
	case callerFunction, callerBoundFunction:
		return callerThread(c.pf)
	case callerGeneric, callerStr:
		return callerThread(c.fn)
	}
	return nil, false
}

// callOn is Call on thread t (pythonThread's answer, held by the
// caller), or on the thread Call would find when t is nil.
func (c *Caller) callOn(t *thread, args []py.Object) (r py.Object, err error) {
	switch c.kind {
	case callerFunction, callerBoundFunction:
		if t == nil {
			if c.ctx != nil && c.ctx.gil.Holding() {
				// callerThread's answer when the caller holds the
				// interpreter lock (a builtin called from Python),
				// without its search.
				t = c.ctx.gil.State().(*thread)
			} else {
				var acquired bool
				if t, acquired = callerThread(c.pf); acquired {
					return c.callLocked(t, args)
				}
			}
		}
		return t.callPlain(c.pf, c.self, args) // namespaceSafe
	case callerModuleGo, callerBoundGo:
		r, err = callGoStack(c.m, c.self, args, false)
	case callerGoDescr:
		var ok bool
		if r, err, ok = c.callDescr(args); !ok {
			return c.callGeneric(t, args)
		}
	case callerStr:
		if len(args) == 1 {
			if r, ok := strCallFast(py.StringType, args[0]); ok {
				return r, nil
			}
		}
		return c.callGeneric(t, args)
	default:
		return c.callGeneric(t, args)
	}
	if !c.safe {
		namespacesChanged()
	}
	return r, err
}

// callDescr is the call of a Go type's method taken from the class, with
// its receiver first in args: ok is false when the call is not one the
// shortcut makes as the descriptor would (no receiver, a receiver of
// another type, a one-argument Go function given a number of arguments
// its own error message must answer).
func (c *Caller) callDescr(args []py.Object) (r py.Object, err error, ok bool) {
	if len(args) == 0 || (c.owner != nil && !receiverFits(args[0], c.owner)) {
		return nil, nil, false
	}
	recv, rest, ok := goMethodReceiver(c.m, args)
	if !ok {
		return nil, nil, false
	}
	if c.one && len(rest) != 1 {
		return nil, nil, false
	}
	r, err = callGoStack(c.m, recv, rest, false)
	return r, err, true
}

// callGeneric is Call with lent arguments, on t when it is not nil.
func (c *Caller) callGeneric(t *thread, args []py.Object) (py.Object, error) {
	if t == nil {
		var acquired bool
		if t, acquired = callerThread(c.fn); acquired {
			return c.callLocked(t, args)
		}
	}
	r, err := t.callObject(nil, c.fn, args, nil, nil)
	if !c.safe {
		namespacesChanged()
	}
	return r, err
}

// callLocked is callOn on t, whose interpreter lock callerThread has
// just taken for this call, giving it back afterwards.
func (c *Caller) callLocked(t *thread, args []py.Object) (py.Object, error) {
	defer t.leave()
	return c.callOn(t, args)
}

// callPlain is callFunction for a call from Go code with positional
// arguments only: when the function takes those and perhaps defaults
// (plainCall, no closure), is below the recursion limit and no Ctrl-C or lock request
// is pending, it binds them into a new frame and runs it with what
// callFunction and runFrame do for such a call and nothing else; any
// other call (and its errors) is callFunction's.
func (t *thread) callPlain(fn *py.Function, self py.Object, args []py.Object) (py.Object, error) {
	c := t.decodedOn(fn.Code)
	n := len(args)
	if self != nil {
		n++
	}
	if !c.plainCall || n > c.argcount || len(fn.Closure) != 0 ||
		t.depth >= t.recursionLimit() || t.overflowed || t.breakerDue() {
		return t.callFunction(fn, self, args, nil, nil)
	}
	f := t.newFrame(c, fn.Globals, nil, fn.Context)
	if n == c.argcount {
		// The arguments are few: a loop costs less than copy's
		// write-barrier path (inlineCall's binding).
		fast := f.fast
		if self != nil {
			fast[0] = self
			fast = fast[1:]
		}
		for i, a := range args {
			fast[i] = a
		}
	} else if !bindPlain(c, f.fast, self, args, nil, fn.Defaults) {
		t.release(f)
		return t.callFunction(fn, self, args, nil, nil)
	}
	t.depth++
	f.back, t.top = t.top, f
	res, err := t.run(f)
	t.top = f.back
	t.depth--
	t.release(f)
	if t.droppedGens || delsReady.Load() != 0 {
		t.afterReturn() // its two tests, written out here
	}
	return res, err
}
