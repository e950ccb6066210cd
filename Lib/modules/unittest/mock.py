"""unittest.mock: Mock and MagicMock objects that record how they are
called, call/ANY/sentinel/DEFAULT, patch (function, object attribute,
dictionary) as decorator or with-block, mocks made to the specification
of an object (create_autospec), mock_open and PropertyMock."""

import builtins
import functools
import importlib
import sys
import types as _types

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY',
           'call', 'create_autospec', 'FILTER_DIR', 'NonCallableMock',
           'NonCallableMagicMock', 'mock_open', 'PropertyMock')

FILTER_DIR = True



class _Sentinels(object):
    """sentinel.NAME is one unique object per NAME, shown as
    sentinel.NAME."""

    class _Named(object):
        __slots__ = ('name',)

        def __repr__(self):
            return 'sentinel.' + self.name

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        # copy and pickle probe for __bases__ and the like
        if name.startswith('__'):
            raise AttributeError(name)
        made = self._made.get(name)
        if made is None:
            made = self._made[name] = self._Named()
            made.name = name
        return made


sentinel = _Sentinels()
DEFAULT = sentinel.DEFAULT
_MISSING = sentinel.MISSING
# what a deleted attribute's child slot holds: reading it fails from then on
_DELETED = sentinel.DELETED


class _AnyValue(object):
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _AnyValue()


def _signature_text(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % item for item in sorted(kwargs.items())]
    return '%s(%s)' % (name, ', '.join(parts))


def _as_call_parts(value):
    """(name, args, kwargs) of what a call is compared with: a call, or a
    tuple of the shapes 3.6 accepts ((), (name,), (args,), (kwargs,),
    (name, args), (name, kwargs), (args, kwargs), (name, args, kwargs));
    None for anything else."""
    try:
        size = len(value)
    except TypeError:
        return None
    if size == 3:
        return tuple(value)
    if size == 0:
        return '', (), {}
    if size == 1:
        only, = value
        if isinstance(only, tuple):
            return '', only, {}
        if isinstance(only, str):
            return only, (), {}
        return '', (), only
    if size == 2:
        first, second = value
        if not isinstance(first, str):
            return '', first, second
        if isinstance(second, tuple):
            return first, second, {}
        return first, (), second
    return None


class _Call(tuple):
    """One recorded call: (args, kwargs) for call_args and
    call_args_list, (name, args, kwargs) for mock_calls and method_calls.
    call(...) and call.name(...) build them for comparisons."""

    def __new__(cls, value=(), name=None, parent=None, two=False,
                from_kall=True):
        # value has any shape _as_call_parts knows; without a name of its
        # own it takes name
        called, args, kwargs = _as_call_parts(value) or ('', (), {})
        if not called and len(value) != 3:
            called = name or ''
        self = tuple.__new__(cls, (args, kwargs) if two else
                             (called, args, kwargs))
        # a call made (call(...)) rather than a name (call, call.foo)
        self._is_result = from_kall
        # the name further attributes and calls build on
        self._label = called if name is None else name
        self._parent = parent
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __eq__(self, other):
        if other is ANY:
            return True
        theirs = _as_call_parts(other)
        if theirs is None:
            return False
        name, args, kwargs = theirs
        theirs_from = other._parent if isinstance(other, _Call) else None
        if self._parent is not None and theirs_from is not None and \
                self._parent != theirs_from:
            # call().x() is not call.x(): what they were reached from differs
            return False
        mine = tuple(self)
        if len(mine) == 2:
            mine = ('',) + mine
        if mine[0] and mine[0] != name:
            return False
        # theirs first, so that an ANY among them decides
        return (args, kwargs) == (mine[1], mine[2])

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = None

    def __call__(self, *args, **kwargs):
        label = self._label + '()'
        return _Call((self._label, args, kwargs), name=label, parent=self)

    def __getattr__(self, attr):
        # any name, magic ones too: call().__enter__() is a call to compare
        label = attr if not self._label else self._label + '.' + attr
        return _Call((label, (), {}), name=label, parent=self,
                     from_kall=False)

    # call.count() and call.index() are calls too, not tuple methods
    def count(self, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    def call_list(self):
        """The calls a chained call such as call.a(1).b(2) is made of:
        [call.a(1), call.a(1).b(2)]."""
        found = []
        node = self
        while node is not None:
            if node._is_result:
                found.append(node)
            node = node._parent
        return _CallList(reversed(found))

    def __repr__(self):
        if not self._is_result:
            # 3.6 shows a name without its "call." (but call().x as such)
            label = self._label or 'call'
            return 'call' + label if label.startswith('()') else label
        if len(self) == 2:
            label, args, kwargs = '', self[0], self[1]
        else:
            label, args, kwargs = self
        if not label.startswith('()'):
            label = '.' + label if label else label
        return _signature_text('call' + label, args, kwargs)


call = _Call(('', (), {}), name='', from_kall=False)


class _CallList(list):
    """The recorded calls of a mock (a list of its own type, so that
    assertEqual compares it without a list diff); `in` also finds a run
    of calls given as a list."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        return any(self[i:i + n] == value for i in range(len(self) - n + 1))

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


class NonCallableMock(object):
    """A mock object: any attribute read gives a child mock, made once;
    with spec, only the attributes of spec exist."""

    def __new__(cls, *args, **kwargs):
        # Every mock gets a class of its own, so that a descriptor set on
        # type(mock) (a PropertyMock) stays with that one mock; a magic
        # mock's class holds its magic methods, which a spec removes.
        namespace = {'__doc__': cls.__doc__}
        magic = issubclass(cls, _MagicMixin)
        if magic:
            # (over those a subclass defines, as in 3.6)
            namespace.update(_MAGIC_PROXIES)
        own = type(cls.__name__, (cls,), namespace)
        self = object.__new__(own)
        if magic:
            # type(mock).__len__ is the mock's own __len__ child
            own._mock_owner = self
        return self

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 name=None, parent=None, _new_name='', spec_set=None,
                 _spec_as_instance=False, _eat_self=None, _new_parent=None,
                 wraps=None, unsafe=False, **kwargs):
        if _eat_self is None:
            # a child (an instance mock among them) is a method of its
            # parent's spec: its signature leaves self out
            _eat_self = parent is not None
        if parent is None:
            # calls are recorded on _new_parent (mock_calls) as on a parent
            parent = _new_parent
        state = {
            '_mock_name': name, '_mock_parent': parent,
            '_mock_new_name': _new_name, '_mock_children': {},
            '_mock_return_value': return_value,
            '_mock_side_effect': side_effect, '_mock_wraps': wraps,
            '_mock_unsafe': unsafe,
            '_spec_names': None, '_spec_class': None, '_mock_methods': None,
            '_spec_set': spec_set is not None, '_spec_signature': None,
            '_mock_check_sig': None,
            'called': False, 'call_count': 0, 'call_args': None,
            'call_args_list': _CallList(), 'method_calls': _CallList(),
            'mock_calls': _CallList(),
        }
        self.__dict__.update(state)
        self._apply_spec(spec_set if spec_set is not None else spec,
                         _spec_as_instance, _eat_self)
        self.configure_mock(**kwargs)

    def _apply_spec(self, spec, as_instance=False, eat_self=False):
        own = self.__dict__
        own.update(_spec_names=None, _spec_class=None, _spec_signature=None,
                   _mock_methods=None)
        if type(spec) in (list, tuple):
            # a list of names: only those attributes exist
            own['_spec_names'] = set(spec)
            own['_mock_methods'] = spec
        elif spec is not None:
            names = dir(spec)
            own['_spec_names'] = set(names)
            own['_mock_methods'] = names
            own['_spec_class'] = (spec if isinstance(spec, type)
                                  else type(spec))
            own['_spec_signature'] = _spec_signature(spec, as_instance,
                                                     eat_self)
        if isinstance(self, _MagicMixin) and (
                spec is not None or own.get('_mock_magics_removed')):
            self._fit_magics()

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec (a list of
        names or an object), as the spec argument does; with spec_set,
        setting others fails too."""
        self.__dict__['_spec_set'] = bool(spec_set)
        self._apply_spec(spec)

    def attach_mock(self, mock, attribute):
        """Make mock the child attribute of this one (its calls are
        recorded here too), forgetting its own name and parent."""
        mock.__dict__.update(_mock_parent=None, _mock_name=None,
                             _mock_new_name='')
        setattr(self, attribute, mock)

    def __dir__(self):
        # what the mock's type offers, plus its attributes and children
        # (names starting with "_" left out, magic ones kept); everything
        # when FILTER_DIR is false: the instance's names and its class's,
        # what object.__dir__ gives (written out: the loop's
        # object.__dir__ misses them when the class defines __dir__)
        if not FILTER_DIR:
            return sorted(set(self.__dict__) | set(dir(type(self))))
        own = self.__dict__
        names = set(own['_spec_names'] or ())
        names.update(n for n in dir(type(self)) if not n.startswith('_'))
        names.update(n for n in own if not n.startswith('_') or
                     n.startswith('__') and n.endswith('__'))
        # (3.6 still lists a deleted child)
        names.update(own['_mock_children'])
        return sorted(names)

    def configure_mock(self, **kwargs):
        """Set attributes, dotted names setting those of children."""
        for path, value in sorted(kwargs.items(),
                                  key=lambda kv: kv[0].count('.')):
            target = self
            parts = path.split('.')
            for part in parts[:-1]:
                target = getattr(target, part)
            setattr(target, parts[-1], value)

    @property
    def __class__(self):
        spec = self.__dict__.get('_spec_class')
        return type(self) if spec is None else spec

    def _mock_path(self):
        parts = []
        node = self
        while node is not None:
            own = node.__dict__
            parts.append(own['_mock_new_name'] or own['_mock_name'] or '')
            node = own['_mock_parent']
        parts.reverse()
        root = parts[0] or 'mock'
        text = root
        for part in parts[1:]:
            text += part if part == '()' else '.' + part
        return text

    def _child_class(self):
        # Children of a callable mock are of its class (the one its own
        # per-instance class derives from); those of a non-callable one
        # are the callable counterpart.
        kind = type(self).__mro__[1]
        if not issubclass(kind, CallableMixin):
            kind = MagicMock if issubclass(kind, _MagicMixin) else Mock
        return kind

    def _get_child_mock(self, **kwargs):
        """Make a child mock (an attribute, a return value, a magic
        method) from kwargs; a subclass may override it to choose the
        children's class."""
        return self._child_class()(**kwargs)

    def _child(self, name, new_name='', wraps=None):
        return self._get_child_mock(name=None if new_name else name,
                                    parent=self, _new_name=new_name or name,
                                    wraps=wraps)

    def __getattr__(self, name):
        own = self.__dict__
        if name.startswith('_mock_') or name.startswith('_spec_') or \
                '_mock_children' not in own:
            # (a copy, made without __init__, has no state to answer from)
            raise AttributeError(name)
        allowed = own['_spec_names']
        if allowed is not None:
            # a spec lets through the dunder names it has (sys.__excepthook__)
            # but never a magic method: those come from the class
            if name not in allowed or name in _ALL_MAGICS:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        children = own['_mock_children']
        found = children.get(name)
        if found is _DELETED:
            raise AttributeError(name)
        if not own['_mock_unsafe'] and name.startswith(('assert', 'assret')):
            # a misspelt assertion would otherwise pass silently
            raise AttributeError(name)
        if found is None:
            # the child of a mock wrapping an object wraps its attribute
            wrapped = own['_mock_wraps']
            if wrapped is not None:
                wrapped = getattr(wrapped, name)
            found = children[name] = self._child(name, wraps=wrapped)
        elif isinstance(found, _LazySpec):
            found = children[name] = create_autospec(
                found.spec, found.spec_set, found.instance, self, name)
        return found

    def __setattr__(self, name, value):
        if name == 'return_value':
            if isinstance(value, NonCallableMock) and \
                    value.__dict__['_mock_parent'] is None and \
                    value.__dict__['_mock_name'] is None and \
                    not value.__dict__['_mock_new_name'] and \
                    not self._descends_from(value):
                value.__dict__['_mock_parent'] = self
                value.__dict__['_mock_new_name'] = '()'
            self.__dict__['_mock_return_value'] = value
        elif name == 'side_effect':
            self.__dict__['_mock_side_effect'] = value
        elif name == '__class__':
            # what isinstance() and __class__ report from now on
            self.__dict__['_spec_class'] = value
        elif name in _UNSUPPORTED_MAGICS:
            raise AttributeError('Attempting to set unsupported magic method '
                                 '%r.' % name)
        elif name in _ALL_MAGICS:
            self._set_magic(name, value)
        elif isinstance(value, NonCallableMock) and \
                value.__dict__['_mock_parent'] is None and \
                value.__dict__['_mock_name'] is None and \
                not self._descends_from(value):
            value.__dict__['_mock_parent'] = self
            value.__dict__['_mock_new_name'] = name
            self.__dict__['_mock_children'][name] = value
            # an earlier plain value of that name must not shadow the child
            self.__dict__.pop(name, None)
        else:
            own = self.__dict__
            allowed = own.get('_spec_names')
            if own.get('_spec_set') and allowed is not None and \
                    name not in allowed and name not in own:
                raise AttributeError("Mock object has no attribute '%s'"
                                     % name)
            object.__setattr__(self, name, value)

    def _set_magic(self, name, value):
        # A magic method works only on the type: each mock has a class of
        # its own, so it goes there (a function is given the mock first).
        own = self.__dict__
        allowed = own['_spec_names']
        if allowed is not None and name not in allowed:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if isinstance(value, NonCallableMock):
            self._adopt(name, value)
            setattr(type(self), name, value)
            own['_mock_children'][name] = value
            own.pop(name, None)
            return

        def method(this, *args, **kwargs):
            return value(this, *args, **kwargs)
        method.__name__ = name
        setattr(type(self), name, method)
        own[name] = functools.partial(value, self)

    def _adopt(self, name, value):
        # A mock with no name and no parent set as a magic method has its
        # calls recorded here under that name.
        theirs = value.__dict__
        if theirs['_mock_parent'] is None and theirs['_mock_name'] is None \
                and not self._descends_from(value):
            theirs['_mock_parent'] = self
            theirs['_mock_new_name'] = name

    def _descends_from(self, other):
        # Whether other is this mock or one of its ancestors.
        node = self
        while node is not None:
            if node is other:
                return True
            node = node.__dict__['_mock_parent']
        return False

    def __delattr__(self, name):
        own = self.__dict__
        if name in _ALL_MAGICS and name in type(self).__dict__:
            # a magic method set on the mock goes from its own class
            delattr(type(self), name)
            own['_mock_children'].pop(name, None)
            if name not in own:
                return
        if own['_mock_children'].get(name) is _DELETED:
            raise AttributeError(name)
        own.pop(name, None)
        own['_mock_children'][name] = _DELETED

    @property
    def return_value(self):
        value = self.__dict__['_mock_return_value']
        if value is DEFAULT:
            value = self._child('()', '()')
            self.__dict__['_mock_return_value'] = value
        return value

    @property
    def side_effect(self):
        return self.__dict__['_mock_side_effect']

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        """Forget the calls of this mock and its children (each mock once:
        visited holds the ids of those already reset, as mocks may refer
        to each other, mock_open's do)."""
        if visited is None:
            visited = set()
        if id(self) in visited:
            return
        visited.add(id(self))
        own = self.__dict__
        own.update(called=False, call_count=0, call_args=None)
        for name in ('call_args_list', 'method_calls', 'mock_calls'):
            del own[name][:]
        if return_value:
            own['_mock_return_value'] = DEFAULT
        if side_effect:
            own['_mock_side_effect'] = None
        for child in own['_mock_children'].values():
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited)
        ret = own['_mock_return_value']
        if isinstance(ret, NonCallableMock):
            ret.reset_mock(visited)

    def __repr__(self):
        own = self.__dict__
        path = self._mock_path()
        text = '' if path in ('mock', 'mock.') else ' name=%r' % path
        if own['_spec_class'] is not None:
            text += ' %s=%r' % ('spec_set' if own['_spec_set'] else 'spec',
                                own['_spec_class'].__name__)
        return "<%s%s id='%s'>" % (type(self).__name__, text, id(self))

    def _matchable(self, recorded):
        # A call as assertions compare it: with a spec signature, the
        # arguments bound to it (so that f(1, b=2) matches f(1, 2)), or
        # the TypeError binding gave.
        sig = self.__dict__['_spec_signature']
        if sig is None:
            return recorded
        name, args, kwargs = ('',) + tuple(recorded) if len(recorded) == 2 \
            else recorded
        try:
            return name, sig.bind(*args, **kwargs)
        except TypeError as exc:
            return exc.with_traceback(None)

    def _calls_text(self, args, kwargs):
        return _signature_text(self._name_for_messages(), args, kwargs)

    def assert_called_with(_mock_self, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        self = _mock_self  # (so that self= can be an argument)
        expected = self._calls_text(args, kwargs)
        if self.call_args is None:
            raise AssertionError('Expected call: %s\nNot called' % expected)
        wanted = self._matchable(_Call(('', args, kwargs)))
        if self._matchable(self.call_args) != wanted:
            raise AssertionError('Expected call: %s\nActual call: %s' % (
                expected, self._calls_text(*self.call_args))) from (
                    wanted if isinstance(wanted, Exception) else None)

    def assert_called_once_with(_mock_self, *args, **kwargs):
        """Fail unless called exactly once, with these arguments."""
        self = _mock_self  # (so that self= can be an argument)
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called "
                                 "%s times." % (self._name_for_messages(),
                                                self.call_count))
        return self.assert_called_with(*args, **kwargs)

    def _name_for_messages(self):
        own = self.__dict__
        return own['_mock_name'] or own['_mock_new_name'] or 'mock'

    def assert_any_call(_mock_self, *args, **kwargs):
        """Fail unless some call had these arguments."""
        self = _mock_self  # (so that self= can be an argument)
        wanted = self._matchable(_Call(('', args, kwargs)))
        if not any(self._matchable(c) == wanted
                   for c in self.call_args_list):
            raise AssertionError('%s call not found' %
                                 self._calls_text(args, kwargs)) from (
                wanted if isinstance(wanted, Exception) else None)

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count:
            raise AssertionError("Expected '%s' to not have been called. "
                                 "Called %s times." %
                                 (self._name_for_messages(), self.call_count))

    def assert_called(self):
        """Fail unless the mock was called."""
        if not self.call_count:
            # 3.6 names the mock by its raw name here, None included
            raise AssertionError("Expected '%s' to have been called." %
                                 (self.__dict__['_mock_name'],))

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. "
                                 "Called %s times." %
                                 (self._name_for_messages(), self.call_count))

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless calls appear in mock_calls (in order, together,
        unless any_order; then each expected call takes one recorded
        call of its own)."""
        calls = list(calls)
        wanted = [self._matchable(c) for c in calls]
        seen = [self._matchable(c) for c in self.mock_calls]
        if not any_order:
            n = len(wanted)
            if not any(seen[start:start + n] == wanted
                       for start in range(len(seen) - n + 1)):
                raise AssertionError(
                    'Calls not found.\nExpected: %r\nActual: %r' %
                    (_CallList(calls), self.mock_calls))
            return
        missing = []
        for one in wanted:
            for i, other in enumerate(seen):
                if other == one:
                    del seen[i]
                    break
            else:
                missing.append(one)
        if missing:
            raise AssertionError('%r not all found in call list' %
                                 (tuple(missing),))


class CallableMixin(object):

    def __call__(_mock_self, *args, **kwargs):
        # (_mock_self, so that self= can be an argument)
        return _mock_self._mock_call(*args, **kwargs)

    def _mock_call(_mock_self, *args, **kwargs):
        """What calling the mock does: record the call (on its ancestors
        too) and answer it; a subclass's __call__ may call it."""
        self = _mock_self
        own = self.__dict__
        if own['_mock_check_sig'] is not None:
            own['_mock_check_sig'](*args, **kwargs)
        own['called'] = True
        own['call_count'] += 1
        record = _Call((args, kwargs), two=True)
        own['call_args'] = record
        own['call_args_list'].append(record)
        own['mock_calls'].append(_Call(('', args, kwargs)))
        # tell the ancestors, under the dotted path from each
        path = own['_mock_new_name']
        node = own['_mock_parent']
        # a magic method's calls are in mock_calls only, never method_calls
        dotted = path not in _ALL_MAGICS
        while node is not None:
            if dotted and path != '()':
                node.__dict__['method_calls'].append(
                    _Call((path, args, kwargs)))
            node.__dict__['mock_calls'].append(_Call((path, args, kwargs)))
            step = node.__dict__['_mock_new_name']
            if step == '()' and not node.__dict__.get('_mock_instance_spec'):
                dotted = False
            if step:
                path = step + ('' if path.startswith('()') else '.') + path
            node = node.__dict__['_mock_parent']
        return self._mock_result(args, kwargs)

    def _mock_result(self, args, kwargs):
        own = self.__dict__
        effect = own['_mock_side_effect']
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if callable(effect):
                value = effect(*args, **kwargs)
            else:
                if not hasattr(effect, '__next__'):
                    effect = own['_mock_side_effect'] = iter(effect)
                value = next(effect)
                if _is_exception(value):
                    raise value
            # DEFAULT from a side effect: answer as if there were none
            if value is not DEFAULT:
                return value
        if own['_mock_return_value'] is DEFAULT and \
                own['_mock_wraps'] is not None:
            return own['_mock_wraps'](*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calls are recorded and answered with return_value
    or side_effect."""


# Magic methods a MagicMock supports, with what they give by default
# (the others give a new MagicMock, as any child call does).
_MAGIC_DEFAULTS = {
    '__len__': lambda m: 0,
    '__iter__': lambda m: iter([]),
    '__contains__': lambda m: False,
    '__bool__': lambda m: True,
    '__int__': lambda m: 1,
    '__float__': lambda m: 1.0,
    '__complex__': lambda m: 1j,
    '__index__': lambda m: 1,
    '__exit__': lambda m: False,
    '__hash__': lambda m: object.__hash__(m),
    '__str__': lambda m: object.__str__(m),
    '__sizeof__': lambda m: object.__sizeof__(m),
    '__lt__': lambda m: NotImplemented,
    '__gt__': lambda m: NotImplemented,
    '__le__': lambda m: NotImplemented,
    '__ge__': lambda m: NotImplemented,
}
# Arithmetic, each also in its in-place (i) and reflected (r) form.
_NUMERIC_MAGICS = ('add', 'sub', 'mul', 'matmul', 'div', 'floordiv', 'mod',
                   'lshift', 'rshift', 'and', 'xor', 'or', 'pow', 'truediv')
_MAGIC_NAMES = tuple(
    '__%s__' % n for n in (
        'len', 'iter', 'contains', 'bool', 'int', 'float', 'complex',
        'index', 'enter', 'exit', 'getitem', 'setitem', 'delitem', 'lt',
        'gt', 'le', 'ge', 'eq', 'ne', 'str', 'hash', 'sizeof', 'divmod',
        'rdivmod', 'neg', 'pos', 'abs', 'invert', 'trunc', 'floor', 'ceil',
        'next')
) + tuple('__%s%s__' % (prefix, n) for prefix in ('', 'i', 'r')
          for n in _NUMERIC_MAGICS)
# the same names as a set, for code that asks whether a name is supported
_magics = set(_MAGIC_NAMES)
# magic methods a test may set on any mock (MagicMock gives no default)
_ALL_MAGICS = _magics | {
    '__%s__' % n for n in (
        'get', 'set', 'delete', 'reversed', 'missing', 'reduce',
        'reduce_ex', 'getinitargs', 'getnewargs', 'getstate', 'setstate',
        'getformat', 'setformat', 'repr', 'dir', 'subclasses', 'format',
        'getnewargs_ex')}
# ...and those that would break the mock itself
_UNSUPPORTED_MAGICS = {
    '__%s__' % n for n in (
        'getattr', 'setattr', 'init', 'new', 'prepare', 'instancecheck',
        'subclasscheck', 'del')}


def _identity_compare(mock, name, same):
    # == and != compare identity until the test gives the magic method a
    # return value (DEFAULT from a side effect means: use it); another
    # object decides for itself (ANY equals a mock).
    def compare(other):
        child = mock.__dict__['_mock_children'][name]
        if child.__dict__['_mock_return_value'] is not DEFAULT:
            return DEFAULT
        if mock is other:
            return same
        return NotImplemented
    return compare


def _default_eq(mock):
    return _identity_compare(mock, '__eq__', True)


def _default_ne(mock):
    return _identity_compare(mock, '__ne__', False)


_MAGIC_SIDE_EFFECTS = {'__eq__': _default_eq, '__ne__': _default_ne}


class _MagicProxy(object):
    """A magic method of a magic mock's class: a descriptor giving the
    mock's child mock of that name, so that len(mock) calls
    mock.__len__ and type(mock).__len__ is that child as well (a class
    belongs to one mock, _mock_owner)."""

    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            obj = (objtype.__dict__.get('_mock_owner')
                   if objtype is not None else None)
            if obj is None:
                return self
            return obj._magic(self.name)
        child = obj._magic(self.name)
        if self.name == '__iter__':
            # __iter__'s return value may be any iterable (a list):
            # iteration walks an iterator over it
            return lambda *args, **kwargs: iter(child(*args, **kwargs))
        return child

    def __call__(self, obj, *args, **kwargs):
        # called from the class as a plain function would be
        return self.__get__(obj, type(obj))(*args, **kwargs)


class _MagicMixin(object):
    """Magic methods (len, iteration, with, indexing...) that are mocks
    too, with sensible defaults."""

    # the class holds plain functions that call the instance's magic
    # child mocks (installed below); reading m.__len__ gives the child
    def _magic(self, name):
        children = self.__dict__['_mock_children']
        if name not in children:
            child = self._get_child_mock(parent=self, _new_name=name)
            default = _MAGIC_DEFAULTS.get(name)
            if default is not None:
                child.return_value = default(self)
            effect = _MAGIC_SIDE_EFFECTS.get(name)
            if effect is not None:
                child.side_effect = effect(self)
            children[name] = child
        return children[name]

    def __setattr__(self, name, value):
        if name in _MAGIC_NAMES:
            allowed = self.__dict__['_spec_names']
            if allowed is not None and name not in allowed:
                raise AttributeError("Mock object has no attribute '%s'"
                                     % name)
            child = self._magic(name)
            if callable(value) and not isinstance(value, NonCallableMock):
                child.side_effect = lambda *a, **k: value(self, *a, **k)
            elif isinstance(value, NonCallableMock):
                self._adopt(name, value)
                self.__dict__['_mock_children'][name] = value
            else:
                # As 3.6, the value is called as the method: an int
                # given for __len__ fails when len() calls it.
                self.__dict__['_mock_children'][name] = \
                    lambda *args, **kwargs: value(self, *args, **kwargs)
            return
        NonCallableMock.__setattr__(self, name, value)

    def __getattribute__(self, name):
        if name in _MAGIC_NAMES and \
                type(self).__dict__.get(name) is _MAGIC_PROXIES[name]:
            return object.__getattribute__(self, '_magic')(name)
        return object.__getattribute__(self, name)

    def _fit_magics(self):
        # the magic methods of the class as the spec allows them: those
        # the spec lacks go (int(mock) is then a TypeError), the others
        # come back (a second spec may allow more)
        own = self.__dict__
        allowed = own['_spec_names']
        cls = type(self)
        present = dict(cls.__dict__)
        removed = False
        for name, proxy in _MAGIC_PROXIES.items():
            if allowed is not None and name not in allowed:
                removed = True
                if present.get(name) is proxy:
                    delattr(cls, name)
            elif name not in present:
                setattr(cls, name, proxy)
        own['_mock_magics_removed'] = removed


_MAGIC_PROXIES = {name: _MagicProxy(name) for name in _MAGIC_NAMES}


class NonCallableMagicMock(_MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""


class MagicMock(_MagicMixin, Mock):
    """A Mock whose magic methods (len, iteration, with, indexing...) are
    mocks too, with sensible defaults."""


class PropertyMock(Mock):
    """A mock to set on a class as a property: reading the attribute
    calls it with no arguments, assigning calls it with the value."""

    def _child_class(self):
        return MagicMock

    def __get__(self, obj, obj_type):
        return self()

    def __set__(self, obj, value):
        self(value)


# Names of builtins: patching one of them on a module creates it there
# (a module reaches builtins without holding them).
_BUILTIN_NAMES = frozenset(n for n in dir(builtins) if not n.startswith('_'))
# Attributes every object answers for, that patching must set back rather
# than delete.
_ALWAYS_THERE = ('__doc__', '__module__', '__defaults__', '__annotations__',
                 '__kwdefaults__')


def _names_a_list(spec):
    return type(spec) in (list, tuple)


def _calls_give_callables(cls):
    # Whether instances of cls (or obj itself, not a class) can be called.
    if not isinstance(cls, type):
        return getattr(cls, '__call__', None) is not None
    return any('__call__' in klass.__dict__ for klass in cls.__mro__)


def _running_with(patchers, func, args, kwargs):
    """Call func inside every patcher of patchers (entered in order,
    left in reverse, each told of an exception); a DEFAULT-made mock is
    added to args, patch.multiple's dictionaries to kwargs."""
    entered = []
    extra = []
    raised = (None, None, None)
    try:
        for patcher in patchers:
            try:
                made = patcher.__enter__()
            finally:
                if patcher._started():
                    entered.append(patcher)
            if patcher.attribute_name is not None:
                kwargs.update(made)
            elif patcher.new is DEFAULT:
                extra.append(made)
        return func(*(args + tuple(extra)), **kwargs)
    except BaseException:
        raised = sys.exc_info()
        raise
    finally:
        for patcher in reversed(entered):
            patcher.__exit__(*raised)


def _decorate_test_methods(patcher, klass):
    # every test method of klass gets a copy of patcher of its own
    for name in dir(klass):
        if not name.startswith(patch.TEST_PREFIX):
            continue
        method = getattr(klass, name)
        if hasattr(method, '__call__'):
            setattr(klass, name, patcher.copy()(method))
    return klass


class _patch(object):
    """patch, patch.object, patch.multiple: replace an attribute while a
    function runs or inside a with-block, and put it back afterwards.
    start() and stop() do the same outside a with-block."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError(
                    "Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError(
                    "Cannot use 'autospec' and 'new_callable' together")
        self.getter, self.attribute, self.new = getter, attribute, new
        self.spec, self.spec_set, self.autospec = spec, spec_set, autospec
        self.create, self.new_callable = create, new_callable
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec,
                      self.create, self.spec_set, self.autospec,
                      self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy()
                                    for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return _decorate_test_methods(self, func)
        # stacked patch decorators share one wrapper: the bottom one's
        # mock comes first among the extra arguments
        stack = getattr(func, 'patchings', None)
        if stack is not None:
            stack.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **kwargs):
            return _running_with(patched.patchings, func, args, kwargs)
        patched.patchings = [self]
        return patched

    def _started(self):
        return 'is_local' in self.__dict__

    def get_original(self):
        """(what the attribute holds now or DEFAULT, whether it is the
        target's own rather than inherited)."""
        target, name = self.target, self.attribute
        try:
            return target.__dict__[name], True
        except (AttributeError, KeyError):
            pass
        original = getattr(target, name, DEFAULT)
        if name in _BUILTIN_NAMES and isinstance(target, _types.ModuleType):
            self.create = True
        if original is DEFAULT and not self.create:
            raise AttributeError("%s does not have the attribute %r" %
                                 (target, name))
        return original, False

    def _make_mock(self, original, spec, spec_set):
        # the mock patch puts in place when not given one
        kind = MagicMock
        model = spec_set if spec_set is not None else spec
        if self.new_callable is not None:
            kind = self.new_callable
        elif model is not None:
            if _names_a_list(model):
                if '__call__' not in model:
                    kind = NonCallableMagicMock
            elif not callable(model):
                kind = NonCallableMagicMock
        options = {}
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        named = isinstance(kind, type) and issubclass(kind, NonCallableMock)
        if named and self.attribute:
            options['name'] = self.attribute
        options.update(self.kwargs)
        made = kind(**options)
        if model is not None and isinstance(original, type) and \
                isinstance(made, NonCallableMock):
            # a mocked class: its instances follow the spec too
            instance_kind = kind
            if not _names_a_list(model) and \
                    not _calls_give_callables(model):
                instance_kind = NonCallableMagicMock
            options.pop('name', None)
            made.return_value = instance_kind(_new_parent=made,
                                              _new_name='()', **options)
        return made

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec = self.autospec
        # False means the same as None for these three
        spec = None if spec is False else spec
        spec_set = None if spec_set is False else spec_set
        autospec = None if autospec is False else autospec
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and \
                spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or "
                            "autospec")
        self.target = self.getter()
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            if spec is True:
                spec = original
            if spec_set is True:
                spec_set = original if spec is None else spec
                spec = None
            if (spec is not None or spec_set is not None) and \
                    original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            new = self._make_mock(original, spec, spec_set)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't "
                                "specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            model = original if autospec is True else autospec
            new = create_autospec(model, spec_set=bool(spec_set),
                                  _name=self.attribute, **self.kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original, self.is_local = original, local
        setattr(self.target, self.attribute, new)
        if self.attribute_name is None:
            return new
        # patch.multiple: the mocks made, by attribute name
        made = {}
        if self.new is DEFAULT:
            made[self.attribute_name] = new
        for other in self.additional_patchers:
            result = other.__enter__()
            if other.new is DEFAULT:
                made.update(result)
        return made

    def __exit__(self, *exc_info):
        if not self._started():
            raise RuntimeError('stop called on unstarted patcher')
        target, name = self.target, self.attribute
        original = self.temp_original
        if self.is_local and original is not DEFAULT:
            setattr(target, name, original)
        else:
            delattr(target, name)
            # an inherited value shows through again, except on objects
            # that keep what is set on them (proxies)
            if not self.create and (not hasattr(target, name) or
                                    name in _ALWAYS_THERE):
                setattr(target, name, original)
        del self.temp_original, self.is_local, self.target
        for other in reversed(self.additional_patchers):
            if other._started():
                other.__exit__(*exc_info)

    def start(self):
        """Patch now; stop() (or patch.stopall()) undoes it."""
        made = self.__enter__()
        self._active_patches.append(self)
        return made

    def stop(self):
        """Undo start()."""
        if self in self._active_patches:
            self._active_patches.remove(self)
        return self.__exit__(None, None, None)


def _get_target(target):
    # "package.module.name" -> (a function importing the holder, "name")
    try:
        holder, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" %
                        (target,))
    return (lambda: _importer(holder)), attribute


def _importer(target):
    parts = target.split('.')
    found = importlib.import_module(parts[0])
    done = parts[0]
    for part in parts[1:]:
        done += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            importlib.import_module(done)
            found = getattr(found, part)
    return found


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, **kwargs):
    """Replace the object named by target ("package.module.name") with
    new (a MagicMock by default) while the decorated function runs, or
    inside a with-block."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None,
                  **kwargs):
    """patch for the attribute named attribute of the object target."""
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """patch for several attributes of target at once, given as keyword
    arguments; the mocks made for DEFAULT ones are passed (decorating) or
    returned (with-block) as a dictionary by name."""
    if type(target) is str:
        def getter():
            return _importer(target)
    else:
        def getter():
            return target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with '
                         'patch.multiple')
    patchers = []
    for attribute, new in kwargs.items():
        one = _patch(getter, attribute, new, spec, create, spec_set,
                     autospec, new_callable, {})
        one.attribute_name = attribute
        patchers.append(one)
    patchers[0].additional_patchers = patchers[1:]
    return patchers[0]


def _patch_stopall():
    """Stop every patch started with start(), the latest first."""
    while _patch._active_patches:
        _patch._active_patches[-1].stop()


def _dict_clear(target):
    try:
        target.clear()
    except AttributeError:
        for key in list(target):
            del target[key]


def _dict_update(target, values):
    try:
        target.update(values)
    except AttributeError:
        for key in values:
            target[key] = values[key]


class _patch_dict(object):
    """patch.dict: update a dictionary (or mapping-like object; cleared
    first with clear=True) and restore its contents afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        if isinstance(in_dict, str):
            in_dict = _importer(in_dict)
        self.in_dict, self.clear = in_dict, clear
        self.values = dict(values)
        self.values.update(kwargs)
        self._original = None

    def __call__(self, func):
        if isinstance(func, type):
            return _decorate_test_methods(self, func)

        @functools.wraps(func)
        def patched(*args, **kwargs):
            self._patch_dict()
            try:
                return func(*args, **kwargs)
            finally:
                self._unpatch_dict()
        return patched

    def copy(self):
        return _patch_dict(self.in_dict, self.values, self.clear)

    def _patch_dict(self):
        target = self.in_dict
        try:
            saved = target.copy()
        except AttributeError:
            saved = {key: target[key] for key in target}
        self._original = saved
        if self.clear:
            _dict_clear(target)
        _dict_update(target, self.values)

    def _unpatch_dict(self):
        _dict_clear(self.in_dict)
        _dict_update(self.in_dict, self._original)

    def __enter__(self):
        self._patch_dict()

    def __exit__(self, *exc_info):
        self._unpatch_dict()
        return False

    start = __enter__
    stop = __exit__


# what a class decorated by a patcher has its test methods named by
patch.TEST_PREFIX = 'test'
patch.multiple = _patch_multiple
patch.object = _patch_object
patch.stopall = _patch_stopall
patch.dict = _patch_dict


def _spec_signature(spec, as_instance=False, eat_self=False):
    """The inspect.Signature calls of a mock of spec are checked against:
    a class's __init__ (less self), an instance's __call__, a function's
    own; None when there is none to be had."""
    import inspect
    if isinstance(spec, type) and not as_instance:
        target = getattr(spec, '__init__', None)
        eat_self = True
    elif isinstance(spec, (_types.FunctionType, _types.MethodType)):
        target = spec
    else:
        target = getattr(spec, '__call__', None)
    if target is None:
        return None
    if eat_self:
        target = functools.partial(target, None)
    try:
        return inspect.signature(target)
    except (ValueError, TypeError, AttributeError):
        return None


def _check_calls(mock, spec, eat_self, as_instance=False):
    # Make calls of mock that do not fit spec's signature raise the
    # TypeError binding gives, before they are recorded.
    sig = _spec_signature(spec, as_instance, eat_self)
    if sig is None:
        return

    def fits(*args, **kwargs):
        sig.bind(*args, **kwargs)
    mock.__dict__['_mock_check_sig'] = fits
    type(mock).__signature__ = sig


class _LazySpec(object):
    """A child of an autospecced mock made on first access."""

    def __init__(self, spec, spec_set, instance):
        self.spec, self.spec_set, self.instance = spec, spec_set, instance


def _takes_self(spec, name, is_type):
    # Whether the attribute name of spec, looked up on a mock of it, is
    # called without its first parameter (a plain method).
    if not is_type:
        if name in getattr(spec, '__dict__', {}):
            return False
        spec = type(spec)
    for klass in spec.__mro__:
        found = klass.__dict__.get(name, _MISSING)
        if found is _MISSING:
            continue
        return is_type and isinstance(found, _types.FunctionType)
    return is_type


def _is_data_descriptor(obj):
    if isinstance(obj, (type, _types.FunctionType, _types.MethodType)):
        return False
    kind = type(obj)
    return hasattr(kind, '__get__') and hasattr(kind, '__set__')


def _calls_instances(cls):
    # Whether instances of the class cls can be called.
    return any('__call__' in klass.__dict__ for klass in cls.__mro__
               if klass is not object)


_FUNCTION_ATTRS = ('called', 'call_count', 'call_args', 'call_args_list',
                   'method_calls', 'mock_calls')


def _function_stand_in(mock, original):
    """A real function with original's name and signature that checks
    its arguments and calls mock; it carries mock's attributes and
    assertion methods (kept in step with mock around each call)."""
    sig = _spec_signature(original)
    name = getattr(original, '__name__', 'funcopy')
    if not isinstance(name, str) or not name.isidentifier():
        name = 'funcopy'
    synced = {}

    def stand_in(*args, **kwargs):
        if sig is not None:
            sig.bind(*args, **kwargs)
        if stand_in.return_value is not synced['return_value']:
            mock.return_value = stand_in.return_value
        if stand_in.side_effect is not synced['side_effect']:
            mock.side_effect = stand_in.side_effect
        try:
            return mock(*args, **kwargs)
        finally:
            pull()

    def pull():
        for attr in _FUNCTION_ATTRS + ('return_value', 'side_effect'):
            value = getattr(mock, attr)
            setattr(stand_in, attr, value)
            synced[attr] = value

    def reset_mock(*args, **kwargs):
        mock.reset_mock(*args, **kwargs)
        pull()

    stand_in.__name__ = stand_in.__qualname__ = name
    if sig is not None:
        stand_in.__signature__ = sig
    stand_in.mock = mock
    stand_in.reset_mock = reset_mock
    for method in ('assert_called_with', 'assert_called_once_with',
                   'assert_has_calls', 'assert_any_call', 'assert_called',
                   'assert_called_once', 'assert_not_called'):
        setattr(stand_in, method, getattr(mock, method))
    pull()
    return stand_in


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, **kwargs):
    """A mock shaped like spec: only spec's attributes exist, its methods
    (and a function or class itself) check their arguments like the
    originals, a class's instances are autospecced too. A function gives
    a function carrying the mock's attributes."""
    if type(spec) in (list, tuple):
        spec = type(spec)
    is_type = isinstance(spec, type)
    opts = {'spec_set' if spec_set else 'spec': spec}
    if spec is None and not spec_set:
        opts = {}
    if opts and instance:
        opts['_spec_as_instance'] = True
    opts.update(kwargs)
    kind = MagicMock
    if _is_data_descriptor(spec):
        opts = {}
    elif not callable(spec) or (is_type and instance and
                                not _calls_instances(spec)):
        kind = NonCallableMagicMock
    name = opts.pop('name', _name)
    mock = kind(parent=_parent, _new_name=name if _parent is not None
                else '', name=name, **opts)
    shaped = mock
    if isinstance(spec, (_types.FunctionType, _types.MethodType)):
        shaped = _function_stand_in(mock, spec)
    else:
        _check_calls(mock, spec, is_type, instance)
    if _parent is not None and not instance:
        _parent.__dict__['_mock_children'][_name] = mock
    if is_type and not instance and 'return_value' not in kwargs:
        made = create_autospec(spec, spec_set, True, _parent=mock,
                               _name='()')
        # its calls count among the class mock's method_calls
        made.__dict__['_mock_instance_spec'] = True
        mock.return_value = made
    children = mock.__dict__['_mock_children']
    for entry in dir(spec):
        if entry[:2] == entry[-2:] == '__' and len(entry) > 4:
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if not isinstance(original, (_types.FunctionType, _types.MethodType)):
            # made when first read, never as an instance: an instance
            # mock's class attribute that is a class can be called, as
            # in 3.6
            children[entry] = _LazySpec(original, spec_set, False)
            continue
        skip = _takes_self(spec, entry, is_type)
        method = MagicMock(parent=mock, name=entry, _new_name=entry,
                           _eat_self=skip,
                           **{'spec_set' if spec_set else 'spec': original})
        children[entry] = method
        _check_calls(method, original, skip)
        if shaped is not mock:
            # a function's own function attributes are on its stand-in
            # (its other attributes are not, as in 3.6)
            setattr(shaped, entry, method)
    return shaped


_file_spec = None


def _read_data_lines(data):
    # The lines of data, each with its line end (the last maybe without).
    end = b'\n' if isinstance(data, bytes) else '\n'
    pieces = data.split(end)
    for piece in pieces[:-1]:
        yield piece + end
    if pieces[-1]:
        yield pieces[-1]


def mock_open(mock=None, read_data=''):
    """A mock for open(): opening gives a file handle mock (also its own
    context manager) whose read, readline and readlines serve read_data;
    each call of open starts over."""
    global _file_spec
    if _file_spec is None:
        import io
        _file_spec = sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))
    empty = type(read_data)()
    lines = [_read_data_lines(read_data)]

    def read(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return empty.join(lines[0])

    def readlines(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return list(lines[0])

    def readline_values():
        while handle.readline.return_value is not None:
            yield handle.readline.return_value
        yield from lines[0]
        while True:
            yield empty

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    for method in ('write', 'read', 'readline', 'readlines'):
        getattr(handle, method).return_value = None
    handle.read.side_effect = read
    handle.readlines.side_effect = readlines
    serving = [readline_values()]
    handle.readline.side_effect = serving[0]

    def reopen(*args, **kwargs):
        lines[0] = _read_data_lines(read_data)
        if handle.readline.side_effect is serving[0]:
            serving[0] = readline_values()
            handle.readline.side_effect = serving[0]
        return DEFAULT

    mock.side_effect = reopen
    mock.return_value = handle
    return mock
