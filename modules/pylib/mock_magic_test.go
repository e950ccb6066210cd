package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// MagicMock's magic methods as 3.6 configures them: arithmetic in its
// plain, in-place and reflected forms giving a new MagicMock, the
// conversions' defaults, comparisons NotImplemented, == and != by
// identity until given a return value.
var mockMagicCases = []pytesting.Case{
	{"class_has_magics", `sorted(n for n in ['__lt__', '__int__', '__complex__', '__index__', '__sizeof__', '__add__', '__radd__', '__iadd__', '__and__', '__iand__', '__rand__', '__matmul__', '__imatmul__', '__divmod__', '__rdivmod__', '__neg__', '__pos__', '__abs__', '__invert__', '__round__', '__floor__', '__trunc__', '__ceil__', '__next__', '__div__', '__rdiv__', '__idiv__', '__eq__', '__ne__', '__pow__', '__ipow__', '__lshift__', '__rrshift__'] if hasattr(type(mock.MagicMock()), n))`},
	{"inplace_and", `(lambda m: (lambda r: (type(r).__name__, r is m))(operator.iand(m, 3)))(mock.MagicMock())`},
	{"conversions", `(int(mock.MagicMock()), float(mock.MagicMock()), complex(mock.MagicMock()), len(mock.MagicMock()), list(mock.MagicMock()), 1 in mock.MagicMock(), bool(mock.MagicMock()), operator.index(mock.MagicMock()))`},
	{"index_a_list", `[1, 2, 3][mock.MagicMock()]`},
	{"eq_identity", `(lambda a, b: (a == a, a == b, a != b, a != a))(mock.MagicMock(), mock.MagicMock())`},
	{"eq_return_value", `(lambda a, b: (setattr(a.__eq__, 'return_value', True), a == b, a == a)[1:])(mock.MagicMock(), mock.MagicMock())`},
	{"ne_return_value", `(lambda a: (setattr(a.__ne__, 'return_value', 'x'), a != a)[1])(mock.MagicMock())`},
	{"lt_not_implemented", `(lambda a, b: a < b)(mock.MagicMock(), mock.MagicMock())`},
	{"lt_configured", `(lambda m: (setattr(m.__lt__, 'return_value', True), m < 1)[1])(mock.MagicMock())`},
	{"arith_types", `(lambda m: [type(x).__name__ for x in (m + 1, 1 + m, m - 1, m * 2, m / 2, m // 2, m % 2, m ** 2, m << 1, m >> 1, m & 1, m | 1, m ^ 1, -m, +m, abs(m), ~m, divmod(m, 2), divmod(2, m))])(mock.MagicMock())`},
	{"add_configured", `(lambda m: (setattr(m.__add__, 'return_value', 42), m + 5, m.__add__.call_args)[1:])(mock.MagicMock())`},
	{"iand_configured", `(lambda m: (setattr(m.__iand__, 'return_value', 'anded'), operator.iand(m, 1))[1])(mock.MagicMock())`},
	{"next_gives_mock", `type(next(mock.MagicMock())).__name__`},
	{"sizeof_default", `isinstance(sys.getsizeof(mock.MagicMock()), int)`},
	{"math_floor", `type(math.floor(mock.MagicMock())).__name__`},
	{"hash_default", `(lambda m: hash(m) == object.__hash__(m))(mock.MagicMock())`},
	{"mock_without_magics", `(lambda m: [hasattr(m, n) for n in ('__add__', '__iand__', '__len__')])(mock.Mock())`},
	{"calls_recorded", `(lambda m: (m + 1, m & 2, 3 - m, m.mock_calls))(mock.MagicMock())[-1]`},
	{"non_callable", `(lambda m: (type(m + 1).__name__, int(m)))(mock.NonCallableMagicMock())`},
	{"set_magic_function", `(lambda m: (setattr(m, '__add__', lambda self, o: ('added', o)), m + 9)[1])(mock.MagicMock())`},
	{"set_magic_value", `(lambda m: (setattr(m, '__len__', 7), len(m))[1])(mock.MagicMock())`},
	{"reset_keeps_defaults", `(lambda m: (m + 1, m.reset_mock(), int(m), m == m)[2:])(mock.MagicMock())`},
	{"complex_configured", `(lambda m: (setattr(m.__complex__, 'return_value', 2j), complex(m))[1])(mock.MagicMock())`},
	{"bool_configured", `(lambda m: (setattr(m.__bool__, 'return_value', False), bool(m), 'yes' if m else 'no')[1:])(mock.MagicMock())`},
	{"contains_configured", `(lambda m: (setattr(m.__contains__, 'return_value', True), 5 in m)[1])(mock.MagicMock())`},
}

func TestMockMagicMethods(t *testing.T) {
	pytesting.DiffCases(t, "mock_magic", pytesting.ShowRepr+"import math, operator, sys\nfrom unittest import mock\n", mockMagicCases)
}
