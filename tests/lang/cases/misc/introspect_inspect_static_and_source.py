# getattr_static leaves __class__ and a __dict__ property alone; the
# source of a top-level frame is its whole module; getsourcefile of a
# name only a module's loader knows; getmodule of nameless code.
import inspect
import sys
import types


class Base:
    foo = 3


class Something(Base):
    executed = False

    @property
    def __class__(self):
        self.executed = True
        return object


s = Something()
print(inspect.getattr_static(s, 'foo'), s.executed)
called = []


class Foo(dict):
    a = 3

    @property
    def __dict__(self):
        called.append(1)
        return {}


foo = Foo()
foo.a = 4
print(inspect.getattr_static(foo, 'a'), called)

frame = inspect.currentframe()
lines, start = inspect.getsourcelines(frame)
print(start, lines[0].rstrip(), len(lines) > 30)

m = sys.modules['__dummy_mod'] = types.ModuleType('__dummy_mod')
m.__file__ = "<string>"
m.__loader__ = "dummy"
exec("def x(): pass", m.__dict__)
print(inspect.getsourcefile(m.x.__code__))
del sys.modules['__dummy_mod']
print(inspect.getmodule(compile('a=10', '', 'single')))
for name in ('', '<string>'):
    try:
        inspect.findsource(compile('x=1', name, 'exec'))
    except OSError as e:
        print("OSError", e)
