package ssl

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// refusePickle is the __reduce_ex__ of the types whose native state
// cannot be saved (contexts, memory BIOs, sessions): pickle and copy both
// stop there with CPython 3.6's error.
func refusePickle(doc string) *py.Method {
	return method("__reduce_ex__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return nil, pyutil.TypeErrorf("can't pickle %s objects", cTypeName(self.Type()))
	}, 0, doc)
}

// cTypeName is the name CPython 3.6's tp_name gives t: the dotted name of
// a type of its C module _ssl ("_ssl.MemoryBIO"), the bare name of a
// class of ssl.py ("SSLContext", here defined natively as
// "ssl.SSLContext") or of a script's subclass.
func cTypeName(t *py.Type) string {
	if strings.HasPrefix(t.Name, "_ssl.") {
		return t.Name
	}
	return t.Name[strings.LastIndexByte(t.Name, '.')+1:]
}
