package vm

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// liveContexts holds the contexts not yet closed, so that Go code called
// without a context (gpython's PrintExpr hook) can find the one whose
// interpreter lock the calling goroutine holds.
var liveContexts sync.Map // *Context -> struct{}

// currentContext is the context whose lock this goroutine holds, or nil.
func currentContext() *Context {
	var found *Context
	liveContexts.Range(func(k, _ any) bool {
		if c := k.(*Context); c.gil.Holding() {
			found = c
			return false
		}
		return true
	})
	return found
}

// CurrentContext is the context whose interpreter lock the calling
// goroutine holds, or nil.
func CurrentContext() py.Context {
	if c := currentContext(); c != nil {
		return c
	}
	return nil
}

// OwnerContext is the context fn's Python code runs in (a function's, a
// bound method's ...), or nil for Go code.
func OwnerContext(fn py.Object) py.Context { return contextOf(fn) }

// ContextLive reports whether ctx, a context of this package, is not
// closed yet.
func ContextLive(ctx py.Context) bool {
	c, ok := ctx.(*Context)
	if !ok {
		return false
	}
	_, live := liveContexts.Load(c)
	return live
}
