package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what test_pickle found: an
// object of a class derived from a built-in type whose
// __getnewargs_ex__ passes keywords survives pickling at every protocol
// (protocols 2 and 3 have no NEWOBJ_EX opcode and rebuild it by a call),
// without its __init__ being called.

const pickleNewargsExPrelude = pytesting.ShowRepr + `import pickle
class Hex(int):
    def __init__(self, *args, **kwargs):
        raise TypeError('__init__ must not run')
    def __getnewargs_ex__(self):
        return ('%X' % self,), {'base': 16}
class Tagged(list):
    def __getnewargs_ex__(self):
        return (), {}
class Own:
    def __new__(cls, *args, size=0):
        made = super().__new__(cls)
        made.size = size
        return made
    def __getnewargs_ex__(self):
        return (), {'size': self.size}
def roundtrip(obj, proto):
    copy = pickle.loads(pickle.dumps(obj, proto))
    return type(copy).__name__, copy.__dict__, getattr(copy, 'size', None)
`

var pickleNewargsExCases = []pytesting.Case{
	{"int subclass protocol 2", `(lambda c: (int(c), type(c).__name__))(pickle.loads(pickle.dumps(Hex.__new__(Hex, 0xFACE), 2)))`},
	{"int subclass protocol 3", `(lambda c: (int(c), type(c).__name__))(pickle.loads(pickle.dumps(Hex.__new__(Hex, 0xBEEF), 3)))`},
	{"int subclass protocol 4", `(lambda c: (int(c), type(c).__name__))(pickle.loads(pickle.dumps(Hex.__new__(Hex, 255), 4)))`},
	{"list subclass protocol 2", `(lambda c: (c, type(c).__name__))(pickle.loads(pickle.dumps(Tagged([1, 2]), 2)))`},
	{"own __new__ protocol 2", `roundtrip(Own(size=3), 2)`},
	{"own __new__ protocol 3", `roundtrip(Own(size=5), 3)`},
	{"protocol 1 refuses", `pickle.dumps(Hex.__new__(Hex, 1), 1)`},
}

func TestPickleNewargsExDifferential(t *testing.T) {
	pytesting.DiffCases(t, "pickle_newargs_ex", pickleNewargsExPrelude, pickleNewargsExCases)
}
