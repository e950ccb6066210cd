class A:
    def f():
        __mangled = 1
        __not_mangled__ = 2
        import __mangled_mod
        import __package__.module
    def g():
        from __m import __y as __z, w
        import __a as __b, os
        from . import __q
    def h():
        import os.path as __p
        from os import path as __pp, sep
        return __p, __pp, sep
    import sys as __s
    x = __s.version_info[0]
print(A.f.__code__.co_varnames, A.f.__code__.co_names)
print(A.g.__code__.co_varnames, A.g.__code__.co_names)
print(A.h.__code__.co_varnames, A.h.__code__.co_names)
print(A.h()[2], A.x, '_A__s' in A.__dict__)
try:
    A.f()
except ImportError as e: print(type(e).__name__, e)
