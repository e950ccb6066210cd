# types.MethodType over a builtin function passes the instance as the
# first argument; builtins stored on a class do not bind.
import types, math
m = types.MethodType(len, [1, 2, 3])
print(repr(m), m(), m.__func__ is len, m.__self__)
try:
    types.MethodType(len, 5)()
except TypeError as e:
    print('TypeError:', e)
print(types.MethodType(math.pow, 2)(10))
print(m.__doc__ == len.__doc__, type(m).__name__)
ma = types.MethodType(list.append, [])
ma(3)
print(ma.__self__)
class A:
    f = len
    g = abs
    def h(self):
        return self.__class__.__name__
print(A().f([1, 2]), A.g(-3), A().h(), types.MethodType(A.h, A())())
