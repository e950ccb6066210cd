# The frame and function classes hold their attributes as getset and
# member descriptors.
import sys, inspect, types
F = type(sys._getframe())
print(F.f_locals, F.f_lineno, F.f_trace)
print(F.f_back, F.f_code, F.f_globals, F.f_builtins, F.f_lasti)
print(inspect.isgetsetdescriptor(F.f_locals), inspect.ismemberdescriptor(F.f_code))
f = sys._getframe()
print(F.f_lineno.__get__(f), F.f_code.__get__(f) is f.f_code)
try:
    f.f_locals = {}
except AttributeError as e:
    print(e)
def g(a=1):
    return a
Fn = type(g)
for name in ('__code__', '__defaults__', '__kwdefaults__', '__annotations__', '__globals__', '__closure__', '__name__'):
    print(name, getattr(Fn, name))
print(Fn.__code__.__get__(g) is g.__code__, Fn.__defaults__.__get__(g))
print(isinstance(Fn.__code__, types.GetSetDescriptorType), isinstance(Fn.__globals__, types.MemberDescriptorType))
