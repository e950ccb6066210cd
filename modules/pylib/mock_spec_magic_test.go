package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// unittest.mock's spec against magic methods and its internals that
// tests read, as 3.6 gives them: a spec removes the magic methods it
// lacks (int() of the mock is then a TypeError) and a later spec brings
// back those it has; type(mock).__str__ is the mock's own __str__ child;
// _mock_methods is the spec's names; a subclass's __call__ may call
// _mock_call; a child mock's signature leaves self out (an autospecced
// instance matches a call by position and by keyword); an instance
// mock's class attribute that is a class can be called; a function's
// function attributes are on its autospec; with FILTER_DIR false,
// dir() gives every name of the mock and its class.
var mockSpecMagicCases = []pytesting.Case{
	{"spec_object_removes_int", `(lambda m: (int(m), m.mock_add_spec(object), _raises(int, m), hasattr(m, '__int__')))(mock.MagicMock())`},
	{"spec_object_removes_int_noncallable", `(lambda m: (m.mock_add_spec(object), _raises(int, m), _raises(len, m), bool(m)))(mock.NonCallableMagicMock())`},
	{"spec_int_keeps_int", `(lambda m: (m['foo'], setattr(m.__int__, 'return_value', 4), m.mock_add_spec(int), int(m), _raises(lambda: m['foo']))[3:])(mock.MagicMock())`},
	{"second_spec_restores", `(lambda m: (m.mock_add_spec(object), m.mock_add_spec(list), len(m), _raises(int, m))[2:])(mock.MagicMock())`},
	{"spec_argument_removes", `(lambda m: (_raises(int, m), list(m), type(m['x']).__name__))(mock.MagicMock(spec=list))`},
	{"autospec_builtin_subclass", `(lambda m: (list(m), _raises(int, m), _raises(int, m.attr), type(m['foo']).__name__))(mock.create_autospec(_BuiltinSubclass))`},
	{"class_str_is_child", `(lambda m: (setattr(type(m).__str__, 'return_value', 'foo'), str(m), type(m).__str__ is m.__str__)[1:])(mock.MagicMock())`},
	{"class_len_is_child", `(lambda m: (setattr(type(m).__len__, 'return_value', 3), len(m))[1])(mock.MagicMock())`},
	{"subclass_magic_overridden", `len(_Sub())`},
	{"iter_return_value_twice", `(lambda m: (setattr(m.__iter__, 'return_value', [1, 2]), list(m), list(m))[1:])(mock.MagicMock())`},
	{"matmul", `(lambda m: (type(m @ 1).__name__, setattr(m.__matmul__, 'return_value', 42), m @ 1, setattr(m.__rmatmul__, 'return_value', 666), 1 @ m))(mock.MagicMock())`},
	{"mock_methods_none", `mock.Mock()._mock_methods`},
	{"mock_methods_list", `mock.Mock(spec=['a', 'b'])._mock_methods`},
	{"mock_methods_object", `'append' in mock.Mock(spec=list)._mock_methods`},
	{"mock_methods_after_reset", `(lambda m: (m.reset_mock(), m._mock_methods)[1])(mock.Mock(spec=['something']))`},
	{"mock_call_from_subclass", `(lambda m: (m('one') is m.return_value, m.call_args, m.call_count))(_Calls())`},
	{"instance_signature_positional", `(lambda i: (i(a='a'), i.assert_called_once_with('a'), i.assert_called_once_with(a='a'), i('a'), i.assert_called_with(a='a'), str(i._spec_signature))[-1])(mock.create_autospec(_Callable)(1, 2))`},
	{"instance_class_attribute_callable", `(lambda i: (type(i.Bar).__name__, type(i.Bar()).__name__, i.Bar.assert_called_with(), _raises(i.Bar.a, 1)))(mock.create_autospec(_Foo)(1))`},
	{"filter_dir_off", `(setattr(mock, 'FILTER_DIR', False), sorted(set(dir(mock.Mock)) - set(dir(mock.Mock()))), '_mock_children' in dir(mock.Mock()), setattr(mock, 'FILTER_DIR', True), '_mock_children' in dir(mock.Mock()))[1:]`},
	{"function_attribute_autospec", `(lambda m: (_raises(m.f), m.f(3, 4) is m.f.return_value, m.f.assert_called_with(a=3, b=4), m.mock_calls, m.mock.f is m.f, _raises(getattr, m, 'x')))(mock.create_autospec(_f))`},
}

const mockSpecMagicPrelude = `from unittest import mock
def _raises(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__
    return 'no error'
class _BuiltinSubclass(list):
    attr = {}
class _Sub(mock.MagicMock):
    def __len__(self):
        return 7
class _Calls(mock.Mock):
    def __call__(self, a):
        return self._mock_call(a)
class _Callable(object):
    def __init__(self, x, y):
        pass
    def __call__(self, a):
        pass
class _Foo(object):
    def __init__(self, a):
        pass
    class Bar(object):
        def a(self):
            pass
def _f(a, b):
    pass
_f.f = _f
_f.x = 3
`

func TestMockSpecAndMagics(t *testing.T) {
	pytesting.DiffCases(t, "mock_spec_magic", pytesting.ShowRepr+mockSpecMagicPrelude, mockSpecMagicCases)
}
