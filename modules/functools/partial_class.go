package pyfunctools

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// keepPartialDoc is _functools._keep_partial's docstring.
const keepPartialDoc = "_keep_partial(cls) -> class\n\n" +
	"Private to functools: the partial class of this interpreter. The first\n" +
	"call keeps cls and returns it; later calls return the kept class."

// keptPartials holds each interpreter's partial class (py.Context ->
// py.Object). CPython's partial is a static C type, the same object
// whichever copy of functools made it: test.support.import_fresh_module
// ('functools', fresh=['_functools']) then pickles a partial that
// sys.modules['functools'] names. functools.py is Python here, and each
// fresh import would make a new class; it asks for the kept one instead.
// The map lives outside the module object because a fresh import of
// _functools makes a new module.
var keptPartials sync.Map

// keepPartial is _functools._keep_partial.
func keepPartial(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.ExactlyOne("_keep_partial", args, kwargs); err != nil {
		return nil, err
	}
	ctx := vm.CurrentContext()
	if ctx == nil {
		return args[0], nil
	}
	kept, _ := keptPartials.LoadOrStore(ctx, args[0])
	return kept.(py.Object), nil
}

// setupPartialClass is a step of init (functools.go): a closing
// interpreter's class is dropped with it.
func setupPartialClass() {
	vm.OnContextClosed(func(ctx py.Context) { keptPartials.Delete(ctx) })
}
