"""A subset of unittest.mock: Mock and MagicMock objects that record how
they are called, call/ANY/sentinel/DEFAULT, and patch (function, object
attribute, dictionary) as decorator or with-block."""

import functools
import importlib

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'patch', 'sentinel',
           'DEFAULT', 'ANY', 'call')



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


class _Call(tuple):
    """One recorded call: (name, args, kwargs). call(...) and
    call.name(...) build them for comparisons."""

    def __new__(cls, value=('', (), {}), name=None):
        self = tuple.__new__(cls, value)
        # a call made (call(...)) rather than a name (call, call.foo)
        self._is_result = name is None
        self._label = value[0] if name is None else name
        return self

    def __init__(self, value=('', (), {}), name=None):
        pass

    def __eq__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        if len(other) == 2:
            other = ('',) + tuple(other)
        elif len(other) != 3:
            return False
        name, args, kwargs = other
        if self[0] and name and self[0] != name:
            return False
        return (self[1], self[2]) == (tuple(args), dict(kwargs))

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __call__(self, *args, **kwargs):
        return _Call((self._label, args, kwargs))

    def __getattr__(self, attr):
        if attr.startswith('__'):
            raise AttributeError(attr)
        label = attr if not self._label else self._label + '.' + attr
        return _Call((label, (), {}), name=label)

    def __repr__(self):
        if not self._is_result:
            return 'call.' + self._label if self._label else 'call'
        label = 'call.' + self[0] if self[0] else 'call'
        return _signature_text(label, self[1], self[2])


call = _Call(('', (), {}), name='')


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

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 name=None, parent=None, _new_name='', **kwargs):
        state = {
            '_mock_name': name, '_mock_parent': parent,
            '_mock_new_name': _new_name, '_mock_children': {},
            '_mock_return_value': return_value,
            '_mock_side_effect': side_effect,
            '_spec_names': None, '_spec_class': None,
            'called': False, 'call_count': 0, 'call_args': None,
            'call_args_list': _CallList(), 'method_calls': _CallList(),
            'mock_calls': _CallList(),
        }
        self.__dict__.update(state)
        if isinstance(spec, list) and all(isinstance(n, str) for n in spec):
            # a list of names: only those attributes exist
            self.__dict__['_spec_names'] = set(spec)
        elif spec is not None:
            self.__dict__['_spec_names'] = set(dir(spec))
            self.__dict__['_spec_class'] = (spec if isinstance(spec, type)
                                            else type(spec))
        self.configure_mock(**kwargs)

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

    def _child(self, name, new_name=''):
        kind = type(self)
        if isinstance(self, MagicMock):
            kind = MagicMock
        elif isinstance(self, Mock):
            kind = Mock
        return kind(name=None if new_name else name, parent=self,
                    _new_name=new_name or name)

    def __getattr__(self, name):
        if name.startswith('_mock_') or name.startswith('_spec_') or \
                (name.startswith('__') and name.endswith('__')):
            raise AttributeError(name)
        own = self.__dict__
        allowed = own['_spec_names']
        if allowed is not None and name not in allowed:
            raise AttributeError("Mock object has no attribute %r" % name)
        children = own['_mock_children']
        if name not in children:
            children[name] = self._child(name)
        return children[name]

    def __setattr__(self, name, value):
        if name == 'return_value':
            self.__dict__['_mock_return_value'] = value
        elif name == 'side_effect':
            self.__dict__['_mock_side_effect'] = value
        elif isinstance(value, NonCallableMock) and \
                value.__dict__['_mock_parent'] is None and \
                value.__dict__['_mock_name'] is None:
            value.__dict__['_mock_parent'] = self
            value.__dict__['_mock_new_name'] = name
            self.__dict__['_mock_children'][name] = value
        else:
            allowed = self.__dict__['_spec_names']
            if allowed is not None and name not in allowed and \
                    name not in self.__dict__:
                pass
            object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.__dict__['_mock_children'].pop(name, None)
        self.__dict__.pop(name, None)

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

    def reset_mock(self, return_value=False, side_effect=False):
        """Forget the calls of this mock and its children."""
        own = self.__dict__
        own.update(called=False, call_count=0, call_args=None)
        for name in ('call_args_list', 'method_calls', 'mock_calls'):
            del own[name][:]
        if return_value:
            own['_mock_return_value'] = DEFAULT
        if side_effect:
            own['_mock_side_effect'] = None
        for child in own['_mock_children'].values():
            child.reset_mock()
        ret = own['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock()

    def __repr__(self):
        return "<%s name=%r id='%s'>" % (type(self).__name__,
                                         self._mock_path(), id(self))

    def _calls_text(self, args, kwargs):
        return _signature_text(self._name_for_messages(), args, kwargs)

    def assert_called_with(self, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        expected = self._calls_text(args, kwargs)
        if self.call_args is None:
            raise AssertionError('Expected call: %s\nNot called' % expected)
        if self.call_args != _Call(('', args, kwargs)):
            raise AssertionError('Expected call: %s\nActual call: %s' % (
                expected, self._calls_text(*self.call_args[1:])))

    def assert_called_once_with(self, *args, **kwargs):
        """Fail unless called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called "
                                 "%s times." % (self._name_for_messages(),
                                                self.call_count))
        return self.assert_called_with(*args, **kwargs)

    def _name_for_messages(self):
        own = self.__dict__
        return own['_mock_name'] or own['_mock_new_name'] or 'mock'

    def assert_any_call(self, *args, **kwargs):
        """Fail unless some call had these arguments."""
        wanted = _Call(('', args, kwargs))
        if not any(c == wanted for c in self.call_args_list):
            raise AssertionError('%s call not found' %
                                 self._calls_text(args, kwargs))

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
        unless any_order)."""
        expected = list(calls)
        seen = list(self.mock_calls)
        if any_order:
            missing = [c for c in expected if c not in seen]
            if missing:
                raise AssertionError('%r not all found in call list' %
                                     (tuple(missing),))
            return
        for start in range(len(seen) - len(expected) + 1):
            if seen[start:start + len(expected)] == expected:
                return
        raise AssertionError('Calls not found.\nExpected: %r\nActual: %r' %
                             (expected, seen))


class CallableMixin(object):

    def __call__(self, *args, **kwargs):
        own = self.__dict__
        own['called'] = True
        own['call_count'] += 1
        record = _Call(('', args, kwargs))
        own['call_args'] = record
        own['call_args_list'].append(record)
        own['mock_calls'].append(_Call(('', args, kwargs)))
        # tell the ancestors, under the dotted path from each
        path = own['_mock_new_name']
        node = own['_mock_parent']
        dotted = True
        while node is not None:
            if dotted and path != '()':
                node.__dict__['method_calls'].append(
                    _Call((path, args, kwargs)))
            node.__dict__['mock_calls'].append(_Call((path, args, kwargs)))
            step = node.__dict__['_mock_new_name']
            if step == '()':
                dotted = False
            if step:
                path = step + ('' if path.startswith('()') else '.') + path \
                    if step != '()' else step + '.' + path
            node = node.__dict__['_mock_parent']
        return self._mock_result(args, kwargs)

    def _mock_result(self, args, kwargs):
        effect = self.__dict__['_mock_side_effect']
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if callable(effect):
                value = effect(*args, **kwargs)
                if value is not DEFAULT:
                    return value
                return self.return_value
            if not hasattr(effect, '__next__'):
                effect = iter(effect)
                self.__dict__['_mock_side_effect'] = effect
            value = next(effect)
            if _is_exception(value):
                raise value
            return value
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calls are recorded and answered with return_value
    or side_effect."""


# Magic methods a MagicMock supports, with what they give by default.
_MAGIC_DEFAULTS = {
    '__len__': lambda m: 0,
    '__iter__': lambda m: iter([]),
    '__contains__': lambda m: False,
    '__bool__': lambda m: True,
    '__int__': lambda m: 1,
    '__float__': lambda m: 1.0,
    '__exit__': lambda m: False,
    '__hash__': lambda m: object.__hash__(m),
    '__str__': lambda m: object.__str__(m),
}
_MAGIC_NAMES = ('__len__', '__iter__', '__contains__', '__bool__',
                '__int__', '__float__', '__enter__', '__exit__',
                '__getitem__', '__setitem__', '__delitem__', '__lt__',
                '__gt__', '__le__', '__ge__', '__str__', '__hash__')


def _magic_entry(name):
    def entry(self, *args, **kwargs):
        return self._magic(name)(*args, **kwargs)
    entry.__name__ = name
    return entry


class MagicMock(Mock):
    """A Mock whose magic methods (len, iteration, with, indexing...) are
    mocks too, with sensible defaults."""

    # the class holds plain functions that call the instance's magic
    # child mocks (installed below); reading m.__len__ gives the child
    def _magic(self, name):
        children = self.__dict__['_mock_children']
        if name not in children:
            child = MagicMock(parent=self, _new_name=name)
            default = _MAGIC_DEFAULTS.get(name)
            if default is not None:
                child.return_value = default(self)
            children[name] = child
        return children[name]

    def __setattr__(self, name, value):
        if name in _MAGIC_NAMES:
            child = self._magic(name)
            if callable(value) and not isinstance(value, NonCallableMock):
                child.side_effect = lambda *a, **k: value(self, *a, **k)
            elif isinstance(value, NonCallableMock):
                self.__dict__['_mock_children'][name] = value
            else:
                child.return_value = value
            return
        Mock.__setattr__(self, name, value)

    def __getattribute__(self, name):
        if name in _MAGIC_NAMES:
            return object.__getattribute__(self, '_magic')(name)
        return object.__getattribute__(self, name)


for _name in _MAGIC_NAMES:
    setattr(MagicMock, _name, _magic_entry(_name))
del _name


class _Patcher(object):
    """What patch, patch.object and patch.dict share. A subclass is a
    context manager (__enter__ patches and returns what the with-block
    gets, __exit__ restores); start() and stop() do the same outside a
    with-block, and calling a patcher with a function decorates it to
    run inside the patch, given the extra arguments _extra_args names."""

    def start(self):
        return self.__enter__()

    def stop(self):
        return self.__exit__(None, None, None)

    def _extra_args(self, made):
        # The arguments a decorated function gets after its own, given
        # what __enter__ returned.
        return ()

    def __call__(self, func):
        patcher = self

        @functools.wraps(func)
        def patched(*args, **kwargs):
            with patcher as made:
                args = args + patcher._extra_args(made)
                return func(*args, **kwargs)
        return patched


class _Patch(_Patcher):
    """patch, patch.object: replace an attribute while a function runs
    or inside a with-block, and put it back afterwards."""

    def __init__(self, getter, attribute, new, create=False, **kwargs):
        self.getter, self.attribute = getter, attribute
        self.new, self.create, self.kwargs = new, create, kwargs

    def __enter__(self):
        self.target = self.getter()
        original = getattr(self.target, self.attribute, _MISSING)
        if original is _MISSING and not self.create:
            raise AttributeError('%r does not have the attribute %r' %
                                 (self.target, self.attribute))
        self.original = original
        new = self.new
        if new is DEFAULT:
            new = MagicMock(**self.kwargs)
        setattr(self.target, self.attribute, new)
        self.made = new
        return new

    def __exit__(self, *exc_info):
        if self.original is _MISSING:
            delattr(self.target, self.attribute)
        else:
            setattr(self.target, self.attribute, self.original)

    def _extra_args(self, made):
        # A decorated function is given the mock patch made for it.
        return (made,) if self.new is DEFAULT else ()


def _importer(target):
    parts = target.split('.')
    found = importlib.import_module(parts[0])
    done = parts[0]
    for part in parts[1:]:
        done += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            found = importlib.import_module(done)
    return found


def patch(target, new=DEFAULT, create=False, **kwargs):
    """Replace the object named by target ("package.module.name") with
    new (a MagicMock by default) while the decorated function runs, or
    inside a with-block."""
    if not isinstance(target, str) or '.' not in target:
        raise TypeError("Need a valid target to patch. You supplied: %r" %
                        (target,))
    holder, attribute = target.rsplit('.', 1)
    return _Patch(lambda: _importer(holder), attribute, new, create,
                  **kwargs)


def _patch_object(target, attribute, new=DEFAULT, create=False, **kwargs):
    """patch for attribute of the object target."""
    return _Patch(lambda: target, attribute, new, create, **kwargs)


class _PatchDict(_Patcher):
    """patch.dict: update a dictionary (cleared first with clear=True)
    and restore its contents afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict, self.clear = in_dict, clear
        self.values = dict(values)
        self.values.update(kwargs)

    def __enter__(self):
        target = self.in_dict
        if isinstance(target, str):
            target = _importer(target)
        self.target = target
        self.saved = dict(target)
        if self.clear:
            target.clear()
        target.update(self.values)

    def __exit__(self, *exc_info):
        self.target.clear()
        self.target.update(self.saved)
        return False


patch.object = _patch_object
patch.dict = _PatchDict
