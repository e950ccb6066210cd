package vm

import "sync"

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
