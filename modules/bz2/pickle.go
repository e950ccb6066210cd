package bz2

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The compressor and decompressor hold libbzip2 state that cannot be
// saved: as in CPython 3.6, pickling refuses with TypeError, in
// copyreg's words for protocols 0 and 1 and in __getstate__'s (naming
// the type in full) for the others and for copy.copy.
func init() {
	for _, t := range []*py.Type{CompressorType, DecompressorType} {
		name, full := t.Name, "_bz2."+t.Name
		t.Dict["__getstate__"] = pyutil.MustNewMethod("__getstate__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return nil, pyutil.TypeErrorf("cannot serialize '%s' object", full)
		}, 0, "Refuses: the codec's state cannot be pickled.")
		t.Dict["__reduce_ex__"] = pyutil.MustNewMethod("__reduce_ex__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 1 {
				if proto, ok := args[0].(py.Int); ok && proto < 2 {
					return nil, pyutil.TypeErrorf("can't pickle %s objects", name)
				}
			}
			return nil, pyutil.TypeErrorf("cannot serialize '%s' object", full)
		}, 0, "Refuses: the codec's state cannot be pickled.")
	}
}
