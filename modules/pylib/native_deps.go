package pylib

// The modules of Lib/modules import itertools and _functools, which are
// Go (modules/itertools, modules/functools): a program that links them
// links those too.
import (
	_ "github.com/gpython-ssl/gpython-ssl/modules/functools"
	_ "github.com/gpython-ssl/gpython-ssl/modules/itertools"
	_ "github.com/gpython-ssl/gpython-ssl/modules/operator"
)
