"""unittest.mock: Mock and MagicMock objects that record how they are
called, call/ANY/sentinel/DEFAULT, patch (function, object attribute,
dictionary) as decorator or with-block, mocks made to the specification
of an object (create_autospec), mock_open and PropertyMock."""

import functools
import importlib
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
        label = self[0]
        if not label.startswith('()'):
            label = '.' + label if label else label
        label = 'call' + label
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

    def __new__(cls, *args, **kwargs):
        # Every mock gets a class of its own, so that a descriptor set on
        # type(mock) (a PropertyMock) stays with that one mock.
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own)

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 name=None, parent=None, _new_name='', spec_set=None,
                 _spec_as_instance=False, _eat_self=False, _new_parent=None,
                 **kwargs):
        state = {
            '_mock_name': name, '_mock_parent': parent,
            '_mock_new_name': _new_name, '_mock_children': {},
            '_mock_return_value': return_value,
            '_mock_side_effect': side_effect,
            '_spec_names': None, '_spec_class': None,
            '_spec_set': spec_set is not None, '_spec_signature': None,
            '_mock_check_sig': None,
            'called': False, 'call_count': 0, 'call_args': None,
            'call_args_list': _CallList(), 'method_calls': _CallList(),
            'mock_calls': _CallList(),
        }
        self.__dict__.update(state)
        if spec_set is not None:
            spec = spec_set
        if type(spec) in (list, tuple):
            # a list of names: only those attributes exist
            self.__dict__['_spec_names'] = set(spec)
        elif spec is not None:
            self.__dict__['_spec_names'] = set(dir(spec))
            self.__dict__['_spec_class'] = (spec if isinstance(spec, type)
                                            else type(spec))
            self.__dict__['_spec_signature'] = _spec_signature(
                spec, _spec_as_instance, _eat_self)
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

    def _child_class(self):
        # Children of a callable mock are of its class (the one its own
        # per-instance class derives from); those of a non-callable one
        # are the callable counterpart.
        kind = type(self).__mro__[1]
        if not issubclass(kind, CallableMixin):
            kind = MagicMock if issubclass(kind, _MagicMixin) else Mock
        return kind

    def _child(self, name, new_name=''):
        return self._child_class()(name=None if new_name else name,
                                   parent=self, _new_name=new_name or name)

    def __getattr__(self, name):
        if name.startswith('_mock_') or name.startswith('_spec_') or \
                (name.startswith('__') and name.endswith('__')):
            raise AttributeError(name)
        own = self.__dict__
        allowed = own['_spec_names']
        if allowed is not None and name not in allowed:
            raise AttributeError("Mock object has no attribute %r" % name)
        children = own['_mock_children']
        found = children.get(name)
        if found is None:
            found = children[name] = self._child(name)
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
        elif isinstance(value, NonCallableMock) and \
                value.__dict__['_mock_parent'] is None and \
                value.__dict__['_mock_name'] is None and \
                not self._descends_from(value):
            value.__dict__['_mock_parent'] = self
            value.__dict__['_mock_new_name'] = name
            self.__dict__['_mock_children'][name] = value
        else:
            own = self.__dict__
            allowed = own['_spec_names']
            if own['_spec_set'] and allowed is not None and \
                    name not in allowed and name not in own:
                raise AttributeError("Mock object has no attribute '%s'"
                                     % name)
            object.__setattr__(self, name, value)

    def _descends_from(self, other):
        # Whether other is this mock or one of its ancestors.
        node = self
        while node is not None:
            if node is other:
                return True
            node = node.__dict__['_mock_parent']
        return False

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

    def assert_called_with(self, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        expected = self._calls_text(args, kwargs)
        if self.call_args is None:
            raise AssertionError('Expected call: %s\nNot called' % expected)
        wanted = self._matchable(_Call(('', args, kwargs)))
        if self._matchable(self.call_args) != wanted:
            raise AssertionError('Expected call: %s\nActual call: %s' % (
                expected, self._calls_text(*self.call_args[1:]))) from (
                    wanted if isinstance(wanted, Exception) else None)

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
        if own['_mock_check_sig'] is not None:
            own['_mock_check_sig'](*args, **kwargs)
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
            if step == '()' and not node.__dict__.get('_mock_instance_spec'):
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


def _identity_compare(mock, name, same):
    # == and != compare identity until the test gives the magic method a
    # return value (DEFAULT from a side effect means: use it).
    def compare(other):
        child = mock.__dict__['_mock_children'][name]
        if child.__dict__['_mock_return_value'] is not DEFAULT:
            return DEFAULT
        return (mock is other) == same
    return compare


def _default_eq(mock):
    return _identity_compare(mock, '__eq__', True)


def _default_ne(mock):
    return _identity_compare(mock, '__ne__', False)


_MAGIC_SIDE_EFFECTS = {'__eq__': _default_eq, '__ne__': _default_ne}


def _magic_entry(name):
    def entry(self, *args, **kwargs):
        return self._magic(name)(*args, **kwargs)
    entry.__name__ = name
    return entry


class _MagicMixin(object):
    """Magic methods (len, iteration, with, indexing...) that are mocks
    too, with sensible defaults."""

    # the class holds plain functions that call the instance's magic
    # child mocks (installed below); reading m.__len__ gives the child
    def _magic(self, name):
        children = self.__dict__['_mock_children']
        if name not in children:
            child = MagicMock(parent=self, _new_name=name)
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
            child = self._magic(name)
            if callable(value) and not isinstance(value, NonCallableMock):
                child.side_effect = lambda *a, **k: value(self, *a, **k)
            elif isinstance(value, NonCallableMock):
                self.__dict__['_mock_children'][name] = value
            else:
                # As 3.6, the value is called as the method: an int
                # given for __len__ fails when len() calls it.
                self.__dict__['_mock_children'][name] = \
                    lambda *args, **kwargs: value(self, *args, **kwargs)
            return
        NonCallableMock.__setattr__(self, name, value)

    def __getattribute__(self, name):
        if name in _MAGIC_NAMES:
            return object.__getattribute__(self, '_magic')(name)
        return object.__getattribute__(self, name)


for _name in _MAGIC_NAMES:
    setattr(_MagicMixin, _name, _magic_entry(_name))
del _name


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

    def __init__(self, getter, attribute, new, create=False, autospec=None,
                 new_callable=None, **kwargs):
        if new is not DEFAULT and new_callable is not None:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        if autospec is not None and new_callable is not None:
            raise ValueError("Cannot use 'autospec' and 'new_callable' "
                             "together")
        self.getter, self.attribute = getter, attribute
        self.new, self.create, self.kwargs = new, create, kwargs
        self.autospec, self.new_callable = autospec, new_callable

    def __enter__(self):
        self.target = self.getter()
        original = getattr(self.target, self.attribute, _MISSING)
        if original is _MISSING and not self.create:
            raise AttributeError('%r does not have the attribute %r' %
                                 (self.target, self.attribute))
        self.original = original
        new = self.new
        if self.autospec is not None and new is not DEFAULT:
            raise TypeError("autospec creates the mock for you. Can't "
                            "specify autospec and new.")
        if new is DEFAULT and self.autospec not in (None, False):
            model = original if self.autospec is True else self.autospec
            new = create_autospec(model, _name=self.attribute, **self.kwargs)
        elif new is DEFAULT:
            new = (self.new_callable or MagicMock)(**self.kwargs)
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
            children[entry] = _LazySpec(original, spec_set, instance)
            continue
        skip = _takes_self(spec, entry, is_type)
        method = MagicMock(parent=mock, name=entry, _new_name=entry,
                           _eat_self=skip,
                           **{'spec_set' if spec_set else 'spec': original})
        children[entry] = method
        _check_calls(method, original, skip)
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
