package vm

import "github.com/go-python/gpython/py"

// ImportModule imports the absolute module name in ctx as the import
// statement does (its parent packages first, then sys.modules and the
// finders) and returns that module itself, not its top-level package.
// It is for Go code outside the loop, such as the command line's -m.
func ImportModule(ctx py.Context, name string) (py.Object, error) {
	t, acquired := enterThread(ctx)
	if acquired {
		defer t.leave()
	}
	return t.importAbsolute(ctx, name)
}
