package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Tracebacks look up a relative source name (a script run as
// `gpython-ssl tool.py`) under sys.path when it is not found from the
// working directory, as CPython's linecache does, so that a script that
// changes directory still shows its lines.
func init() {
	pyutil.SourceSearchPath = sysPathOfCurrentContext
}

// sysPathOfCurrentContext returns the str entries of sys.path of the
// context whose lock the calling goroutine holds, or of the only live
// context (a traceback printed after the script's end holds no lock); none
// when neither settles which interpreter asks.
func sysPathOfCurrentContext() []string {
	ctx := currentContext()
	if ctx == nil {
		ctx = onlyLiveContext()
	}
	if ctx == nil {
		return nil
	}
	sys, err := ctx.Store().GetModule("sys")
	if err != nil {
		return nil
	}
	list, ok := sys.Globals["path"].(*py.List)
	if !ok {
		return nil
	}
	var dirs []string
	for _, item := range list.Items {
		if s, ok := item.(py.String); ok {
			dirs = append(dirs, string(s))
		}
	}
	return dirs
}

// onlyLiveContext returns the one context not yet closed, or nil when
// there are none or several.
func onlyLiveContext() *Context {
	var only *Context
	n := 0
	liveContexts.Range(func(k, _ any) bool {
		only = k.(*Context)
		n++
		return n < 2
	})
	if n != 1 {
		return nil
	}
	return only
}
