package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// unittest.mock's public behaviours CPython 3.6's own tests of it check:
// __class__ assignment, copies, the class of children (subclasses and
// the _get_child_mock hook), magic methods set to mocks (their calls in
// mock_calls, not method_calls), assert_has_calls counting each call
// once with any_order and binding tuples to a spec's signature, the
// names of a patched class's instance, self= as an argument of the
// assertions, and reset_mock over mocks that refer to each other.
var mockBehaviourCases = []pytesting.Case{
	{"class_assign", `(lambda m: (setattr(m, '__class__', dict), isinstance(m, dict), m.__class__ is dict)[1:])(mock.Mock())`},
	{"class_assign_magic", `(lambda m: (setattr(m, '__class__', int), isinstance(m, int))[1])(mock.MagicMock())`},
	{"copies", `[type(f(k())).__name__ for f in (copy.copy, copy.deepcopy) for k in (mock.Mock, mock.MagicMock)]`},
	{"copy_keeps_name", `repr(copy.copy(mock.MagicMock(name='n'))).split(' id=')[0]`},
	{"subclass_children", `(lambda m: (isinstance(m.foo, Sub), isinstance(m(), Sub)))(Sub())`},
	{"get_child_mock_hook", `(lambda m: (isinstance(m.foo, OwnChildren), isinstance(m(), OwnChildren), type(m.foo).__name__))(OwnChildren())`},
	{"magic_child_class", `isinstance(MagicSub().__int__, MagicSub)`},
	{"magic_set_to_mock", `[(lambda m: (setattr(m, '__int__', mock.Mock(return_value=3)), setattr(m, '__float__', mock.MagicMock(return_value=3.0)), int(m), float(m), m.mock_calls, m.method_calls)[2:])(k()) for k in (mock.Mock, mock.MagicMock)]`},
	{"magic_default_calls", `(lambda m: (int(m), len(m), m.foo(1), m.mock_calls, m.method_calls)[3:])(mock.MagicMock())`},
	{"magic_nested", `(lambda m: (setattr(m.a.b.__int__, 'return_value', 4), int(m.a.b), m.mock_calls, m.a.mock_calls, m.method_calls)[1:])(mock.MagicMock())`},
	{"magicmock_oct", `(oct(mock.MagicMock()), hex(mock.MagicMock()), [1, 2][mock.MagicMock()])`},
	{"any_order_counts", `(lambda m: (m(1, 2), m(b=6), m(3, 4), m(b=6), [attempt(lambda: m.assert_has_calls(kl, any_order=True)) for kl in ([mock.call(b=6)] * 3, [mock.call(1, 2)] * 2, [mock.call(b=6), mock.call(b=6)], [mock.call(9)])])[-1])(mock.Mock())`},
	{"in_order", `(lambda m: (m(1, 2), m(b=6), m(3, 4), [attempt(lambda: m.assert_has_calls(kl)) for kl in ([mock.call(3, 4), mock.call(1, 2)], [mock.call(b=6), mock.call(3, 4)], [])])[-1])(mock.Mock())`},
	{"spec_tuples", `(lambda m: (m(1, b=2, c=3), m(4, 5, c=6, d=7), m(10, 11, c=12), m.assert_has_calls([('', (1, 2, 3), {}), ('', (4, 5, 6), {'d': 7}), ((10, 11, 12), {})]), m.assert_has_calls([((10, 11, 12), {}), ('', (1, 2, 3), {})], any_order=True))[3:])(mock.Mock(spec=four))`},
	{"patched_class_names", `patched_names()`},
	{"self_argument", `(lambda a: (a.f(10), a.f.assert_called_with(10), a.f.assert_called_with(self=10), a.f(self=10), a.f.assert_called_with(10), a.f.call_args_list)[-1])(mock.create_autospec(SelfSecond))`},
	{"assertion_signature", `str(inspect.signature(mock.Mock.assert_called_with))`},
	{"reset_mock_open", `(lambda a: (a('f').read(), a.reset_mock(), a.call_count, a.mock_calls)[2:])(mock.mock_open(read_data='x'))`},
	{"reset_cycle", `(lambda m: (m.x(), setattr(m, 'return_value', m), m(), m.reset_mock(return_value=True), m.mock_calls, m.x.call_count)[4:])(mock.MagicMock())`},
	{"reset_side_effect", `(lambda m: (m.reset_mock(side_effect=True), m(), m.side_effect)[1:])(mock.Mock(return_value=5, side_effect=[1]))`},
}

const mockBehaviourPrelude = `import copy, inspect
from unittest import mock


class Sub(mock.Mock):
    pass


class OwnChildren(mock.Mock):
    def _get_child_mock(self, **kwargs):
        return mock.Mock(**kwargs)


class MagicSub(mock.MagicMock):
    pass


class SelfSecond(object):
    def f(a, self):
        pass


class Patched(object):
    class_attribute = None

    def wibble(self):
        pass


def four(a, b, c, d=None):
    pass


def attempt(fn):
    try:
        fn()
        return 'passed'
    except AssertionError as e:
        return str(e)


def patched_names():
    out = []
    for arg in ('spec', 'autospec', 'spec_set'):
        p = mock.patch.object(Patched, 'wibble', **{arg: True})
        p.start()
        p.stop()
        holder = type('Holder', (), {'Patched': Patched})
        p = mock.patch.object(holder, 'Patched', **{arg: True})
        m = p.start()
        try:
            m.wibble()
            r = m()
            r.wibble()
            names = [repr(x).split(' id=')[0] for x in (m, m.class_attribute, m(), m().class_attribute)]
            out.append((arg, m.mock_calls, r.mock_calls, m.method_calls, names))
        finally:
            p.stop()
    return out
`

func TestMockBehaviour(t *testing.T) {
	pytesting.DiffCases(t, "mock_behaviour", pytesting.ShowRepr+mockBehaviourPrelude, mockBehaviourCases)
}
