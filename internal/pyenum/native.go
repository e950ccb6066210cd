package pyenum

import (
	"github.com/go-python/gpython/py"
)

// The classes built here are Go types, shared by every context, while the
// enum module (Lib/modules/enum.py) defines Enum, IntEnum, Flag and
// IntFlag anew in each context that imports it. The private module
// _pyenum lets enum.EnumMeta's __instancecheck__ and __subclasscheck__
// place these classes under its own: kind(cls) says which of Enum,
// IntEnum and IntFlag a class built here is, so that
// isinstance(signal.SIGINT, enum.IntEnum) and
// issubclass(re.RegexFlag, enum.Flag) hold as in CPython 3.6.

// kindNames are kind()'s answers, the enum base class each Kind stands for.
var kindNames = map[Kind]py.String{
	KindEnum:    "Enum",
	KindIntEnum: "IntEnum",
	KindIntFlag: "IntFlag",
}

const kindDoc = `kind(obj) -> 'Enum', 'IntEnum', 'IntFlag' or None

Which enum base class obj, an enum class built in Go, stands under; None
for any other object.`

func nativeKind(_ py.Object, args py.Tuple) (py.Object, error) {
	var obj py.Object
	if err := py.UnpackTuple(args, nil, "kind", 1, 1, &obj); err != nil {
		return nil, err
	}
	t, ok := obj.(*py.Type)
	if !ok {
		return py.None, nil
	}
	c := ClassOf(t)
	if c == nil {
		return py.None, nil
	}
	return kindNames[c.Kind], nil
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_pyenum", Doc: "Enum classes built in Go, for the enum module."},
		Methods: []*py.Method{
			py.MustNewMethod("kind", nativeKind, 0, kindDoc),
		},
	})
}
