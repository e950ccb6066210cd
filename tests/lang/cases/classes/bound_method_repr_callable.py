# The repr of a method bound to a callable object names the callable's
# __qualname__, else its __name__, else '?'.
import types


class Callable:
    def __call__(self, *args):
        return args


func = Callable()
m = types.MethodType(func, 5)
print(repr(m))
print(m(1))
func.__name__ = "named"
print(repr(m))
func.__qualname__ = "qualified"
print(repr(m))
func.__qualname__ = 3
print(repr(types.MethodType(Callable(), "s")))
