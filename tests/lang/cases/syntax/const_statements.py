# An expression statement that is a constant compiles to nothing, as in
# CPython 3.6: its constant stays out of co_consts, its line out of the
# line table and of a trace's line events; folded expressions (-1, a
# tuple of constants) keep their code.
import dis
import sys


def f():
    b"x"
    ...
    None
    True
    False
    1.5
    3j
    -1
    (1, 2)
    "s"
    x = 7
    return x


def g():
    "doc"
    None
    ...


def h(a):
    if a:
        None
    if not a:
        a = a
        ...
    while a:
        True
        a -= 1
    return a and None


print(f.__code__.co_consts, g.__code__.co_consts, h.__code__.co_consts)
dis.dis(f)
dis.dis(h)
print(list(dis.findlinestarts(h.__code__)))
print(compile('b"y"\n...\nNone\n1\n-2\n"doc"\nx = 1\n', 'm', 'exec').co_consts)
print(compile('"doc"\nb"y"\nx = 1\n', 'm', 'exec').co_consts)
print(compile('class C:\n    b"not a doc"\n    None\n', 'm', 'exec').co_consts[0].co_consts)
exec(compile('class C:\n    b"not a doc"\n    ...\n', 'm', 'exec'))
print(C.__doc__)
events = []


def tracer(frame, event, arg):
    if frame.f_code is h.__code__:
        events.append((event, frame.f_lineno - h.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
h(2)
h(0)
sys.settrace(None)
print(events)
