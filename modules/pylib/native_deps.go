package pylib

// The modules of Lib/modules import Go modules for their native halves:
// itertools, _functools, _operator, _collections_accel (deque),
// _pickle_builtins, _csv and _heapq (modules/itertools, functools,
// operator, collections, pickle, csv, heapq): a program that links the
// Python modules links those too.
import (
	_ "github.com/gpython-ssl/gpython-ssl/modules/collections"
	_ "github.com/gpython-ssl/gpython-ssl/modules/csv"
	_ "github.com/gpython-ssl/gpython-ssl/modules/functools"
	_ "github.com/gpython-ssl/gpython-ssl/modules/heapq"
	_ "github.com/gpython-ssl/gpython-ssl/modules/itertools"
	_ "github.com/gpython-ssl/gpython-ssl/modules/operator"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pickle"
)
