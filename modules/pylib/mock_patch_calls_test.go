package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// mockPatchPrelude defines what the cases below patch: a module-like
// namespace (target), a class with an inherited attribute, and helpers
// that run decorated functions and report what they saw.
const mockPatchPrelude = `import sys, types
from unittest import mock
from unittest.mock import (Mock, MagicMock, NonCallableMagicMock, call,
                           patch, sentinel, DEFAULT, ANY)
target = types.ModuleType('target')
target.first, target.second, target.table = 'one', 'two', {'k': 1}
sys.modules['target'] = target

class Base:
    shared = 'base'
    def method(self, x):
        return x

class Child(Base):
    own = 'child'

def stacked():
    @patch('target.first')
    @patch('target.second')
    def run(a, b):
        return (a._mock_name, b._mock_name, target.first is b)
    return run()

def with_new():
    @patch('target.first', 'replaced')
    def run(*args):
        return args, target.first
    return run(), target.first

def multiple():
    @patch.multiple('target', first=DEFAULT, second='fixed')
    def run(first):
        return type(first).__name__, target.second
    return run(), target.first, target.second

def class_decorated():
    @patch('target.first', 'in test')
    class Case:
        def test_a(self):
            return target.first
        def helper(self):
            return target.first
    return Case().test_a(), Case().helper()

def inherited():
    with patch.object(Child, 'shared', 'patched'):
        inside = (Child.shared, 'shared' in Child.__dict__)
    return inside, Child.shared, 'shared' in Child.__dict__

def spec_positional():
    with patch('target.first', None, True) as m:
        return type(m).__name__, hasattr(m, 'upper'), hasattr(m, 'nothing')

def spec_class():
    target.Base = Base
    with patch.object(target, 'Base', spec=True) as m:
        made = target.Base(1)
        return (type(m).__name__, type(made).__name__,
                hasattr(made, 'method'), hasattr(made, 'other'))

def started():
    first = patch('target.first', 'A')
    second = patch('target.second', 'B')
    first.start(); second.start()
    during = (target.first, target.second)
    patch.stopall()
    return during, target.first, target.second

def stop_unstarted():
    patch('target.first').stop()

def dict_patch():
    @patch.dict('target.table', {'x': 2}, clear=True)
    def run():
        return dict(target.table)
    return run(), target.table

class Mapping:
    def __init__(self):
        self.data = {'a': 1}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __iter__(self):
        return iter(list(self.data))

def dict_like():
    holder = Mapping()
    with patch.dict(holder, b=2):
        inside = sorted(holder.data.items())
    return inside, holder.data

def builtin_on_module():
    with patch('target.len', lambda x: 99):
        return target.len([])

class Real:
    value = 3
    def twice(self, x):
        return x * 2
    def __call__(self, *args):
        return ('real', args)

def wrapped():
    m = Mock(wraps=Real())
    return m(1), m.twice(4), m.twice.call_args

def wrapped_missing():
    return Mock(wraps=Real()).missing

def mock_calls_chain():
    m = Mock()
    m(1); m()(2); m()()(3); m.a.b(4); m.a().b(5)
    return m.mock_calls

def deleted():
    m = Mock()
    m.child
    del m.child
    m.reset_mock()
    return hasattr(m, 'child')

def manager():
    top = MagicMock()
    one, two = Mock(), Mock()
    top.attach_mock(one, 'one')
    top.attach_mock(two, 'two')
    two(1); one.x(2)
    return top.mock_calls

def magic_deleted():
    m = Mock()
    m.__add__ = lambda self, o: 'added'
    first = m + 1
    del m.__add__
    try:
        m + 1
    except TypeError as e:
        return first, str(e)

def magic_replaced():
    m = Mock()
    f = lambda self, k: k
    m.__getitem__ = f
    first = (m[3], m.__getitem__ is f)
    m.__getitem__ = m
    return first, m.__getitem__ is m

def magic_spec():
    from collections.abc import Iterable
    mm = MagicMock(spec=Iterable)
    try:
        mm.__int__ = Mock(return_value=1)
    except AttributeError as e:
        return list(mm), str(e)

def magic_on_mock():
    m = Mock()
    m.__len__ = lambda self: 4
    m.__iter__ = lambda self: iter('ab')
    m.__getitem__ = Mock(return_value='item')
    return len(m), list(m), m[0]
`

// Cases of unittest.mock that CPython 3.6's own tests of it found
// wrong: patch's argument order, stacked decorators, patch.multiple,
// class decorating, restoring inherited attributes, stopall, patch.dict
// on mapping-like objects; call objects (two-tuple call_args, chained
// calls, comparisons with tuples and ANY); wraps; deleted attributes;
// attach_mock; magic methods set on a plain Mock; unsafe assert names.
var mockPatchCallsCases = []pytesting.Case{
	{"stacked_order", `stacked()`},
	{"new_given_not_passed", `with_new()`},
	{"multiple", `multiple()`},
	{"multiple_no_kwargs", `patch.multiple('target')`},
	{"class_decorated", `class_decorated()`},
	{"inherited_restored", `inherited()`},
	{"spec_positional", `spec_positional()`},
	{"spec_class_instances", `spec_class()`},
	{"start_stopall", `started()`},
	{"stop_unstarted", `stop_unstarted()`},
	{"bad_target", `patch('nodots')`},
	{"new_and_new_callable", `patch('target.first', 1, new_callable=Mock)`},
	{"spec_and_autospec", `patch('target.first', spec=True, autospec=True).start()`},
	{"missing_attribute", `patch('target.nothing').start()`},
	{"dict_clear", `dict_patch()`},
	{"dict_like_object", `dict_like()`},
	{"builtin_created", `builtin_on_module()`},
	{"test_prefix", `patch.TEST_PREFIX`},
	{"call_args_two_tuple", `(lambda m: (m(1, 2, a=3), len(m.call_args), m.call_args[0], m.call_args[1], m.call_args))(Mock())[1:]`},
	{"call_args_unpack", `(lambda m: (m('x', k=1), tuple(m.call_args)))(Mock())[1]`},
	{"call_args_list_tuples", `(lambda m: (m(1), m(b=2), m.call_args_list == [((1,), {}), ((), {'b': 2})]))(Mock())[2]`},
	{"call_reprs", `(repr(call.foo), repr(call().foo), repr(call.foo().bar), repr(call.foo().bar(1)), repr(call), repr(call(1)))`},
	{"call_list", `call.foo.bar(1).baz(a=2).call_list()`},
	{"call_shapes", `(call(1) == ((1,),), call(a=1) == ({'a': 1},), call.x == ('x',), call.x(1) == ('x', (1,)), call.x(a=1) == ('x', {'a': 1}), call(1) == 'abc', call(1) != 'abc')`},
	{"call_count_index", `(call.count(), call.index(3))`},
	{"chained_mock_calls", `mock_calls_chain()`},
	{"chained_compare", `(lambda c: (c[4] == call.a().b(5), c[4] == call.a.b(5)))(mock_calls_chain())`},
	{"method_calls_tuples", `(lambda m: (m.x.y(1), m.method_calls == [('x.y', (1,))]))(Mock())[1]`},
	{"magicmock_eq_any", `(lambda mm: (mm == mm, mm != mm, mm == MagicMock(), mm != MagicMock(), mm == ANY, mm != ANY, ANY == mm))(MagicMock())`},
	{"assert_called_with_any", `(lambda m: (m(MagicMock()), m.assert_called_with(ANY)))(Mock())[1]`},
	{"wraps", `wrapped()`},
	{"wraps_missing", `wrapped_missing()`},
	{"wraps_return_value_wins", `(lambda m: (setattr(m.twice, 'return_value', 5), m.twice(1))[1])(Mock(wraps=Real()))`},
	{"side_effect_default", `(lambda m: [m(), m(), m()])(Mock(side_effect=[1, DEFAULT, 3], return_value='rv'))`},
	{"deleted_attribute", `deleted()`},
	{"delete_twice", `(lambda m: (m.x, delattr(m, 'x'), delattr(m, 'x')))(Mock())`},
	{"dir_lists_children", `(lambda m: (setattr(m, 'a', 1), m.b, [n for n in dir(m) if not n.startswith('_')])[2])(Mock())`},
	{"attach_mock", `manager()`},
	{"add_spec", `(lambda m: (m.mock_add_spec(['x']), m.x is m.x, hasattr(m, 'y')))(Mock())[1:]`},
	{"unsafe_names", `Mock().assert_frobbed()`},
	{"unsafe_allowed", `type(Mock(unsafe=True).assret_it()).__name__`},
	{"magic_on_mock", `magic_on_mock()`},
	{"magic_unsupported", `setattr(Mock(), '__getattr__', lambda s, n: 1)`},
	{"magic_outside_spec", `setattr(Mock(spec=['__len__']), '__iter__', lambda s: iter([]))`},
	{"magics_set", `('__len__' in mock._magics, '__getattr__' in mock._magics)`},
	{"magic_deleted", `magic_deleted()`},
	{"magic_replaced", `magic_replaced()`},
	{"magic_spec_magicmock", `magic_spec()`},
	{"call_magic_names", `(call().__enter__(), call.__exit__(None), repr(call().__enter__))`},
	{"mock_open_calls", `(lambda m: (m('f').__enter__().read(), m.mock_calls == [call('f'), call().__enter__(), call().read()]))(mock.mock_open(read_data='x'))`},
	{"call_shapes_built", `(mock._Call((), 'foo'), mock._Call(((1,),)), mock._Call(({'a': 1},)), mock._Call(('n', (2,))), mock._Call(((3,), {'b': 4}), two=True))`},
	{"call_parent_differs", `(call().foo() == call.foo(), call.foo().bar == call.foo.bar, call(1).x() == call(1).x(), call().foo() == ('foo', (), {}))`},
	{"spec_allows_own_dunders", `(lambda m: (type(m.__excepthook__).__name__, hasattr(m, '__nothing__'), hasattr(m, '__len__')))(Mock(spec=sys))`},
	{"child_replaces_plain_value", `(lambda m, n: (setattr(m, 'hook', m.other), setattr(m, 'hook', n), m.hook is n, repr(n)[:23]))(Mock(name='m'), Mock())[2:]`},
	{"reset_autospec_children", `(lambda m: (m.method(1), m.reset_mock(), m.method.call_count)[2])(mock.create_autospec(Base))`},
}

func TestMockPatchAndCalls(t *testing.T) {
	pytesting.DiffCases(t, "mock_patch_calls", pytesting.ShowRepr+mockPatchPrelude, mockPatchCallsCases)
}
