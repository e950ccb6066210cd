# Built-in classes refuse new attributes and deletions; classes of a
# class statement (and their metaclass's instances) take them.
import socket

for cls in (int, str, list, dict, object, type, tuple, ValueError, BaseException, float, bytes):
    try:
        cls.extra = 1
    except TypeError as exc:
        print('set', exc)
    try:
        del cls.extra
    except TypeError as exc:
        print('del', exc)
    try:
        setattr(cls, '__repr__', lambda self: 'x')
    except TypeError as exc:
        print('setattr', exc)
print(repr(1), str([1]))


class Plain:
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Err(ValueError):
    pass


for cls in (Plain, WithMeta, Err):
    cls.extra = 5
    print(cls.__name__, cls.extra)
    del cls.extra
    print(hasattr(cls, 'extra'))
# socket.socket is a Python class in CPython: patching it works.
socket.socket.patched = True
print(socket.socket.patched)
del socket.socket.patched
print(hasattr(socket.socket, 'patched'))
