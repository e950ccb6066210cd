# module.__init__ re-initialises a module in place (bound or unbound), for
# plain modules and instances of module subclasses.
import types
foo = types.ModuleType("foo")
foo.bar = 42
d = foo.__dict__
foo.__init__("foo", "foodoc")
print(foo.__name__, foo.__doc__, foo.bar, foo.__dict__ is d)
types.ModuleType.__init__(foo, 'foo2')
print(foo.__name__, foo.__doc__)
class M(types.ModuleType):
    def __init__(self, name):
        super().__init__(name, 'sub doc')
m = M('q'); print(m.__name__, m.__doc__)
m.__init__('r'); print(m.__name__)
try: types.ModuleType.__init__(3, 'x')
except TypeError as e: print(e)
try: foo.__init__()
except TypeError as e: print(e)
try: foo.__init__(5)
except TypeError as e: print(e)
