package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// File objects, the standard streams among them, cannot be pickled: as in
// CPython 3.6, their __getstate__ refuses, naming the type, so
// pickle.dumps(f) and copy.copy(f) raise TypeError instead of saving an
// object that could not come back.
func init() {
	types := append([]*py.Type{FileIOType, TextIOWrapperType, py.FileType}, bufferedTypes[:]...)
	for _, t := range types {
		t.Dict["__getstate__"] = pyutil.MustNewMethod("__getstate__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return nil, pyutil.TypeErrorf("cannot serialize '%s' object", self.Type().Name)
		}, 0, "Refuses: file objects cannot be pickled.")
	}
}
