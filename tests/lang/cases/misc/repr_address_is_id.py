# The address a default repr shows is hex(id(obj)), whatever the object
# is: an instance, a function, a built-in method's receiver, a cell's
# contents (an int is a value inside the interpreter, a pointer elsewhere).
import io, threading


class A:
    pass


def shows_id(text, obj):
    return hex(id(obj)) in text


a = A()
print(shows_id(repr(a), a))
f = lambda: 0
print(shows_id(repr(f), f))
lst = []
print(shows_id(repr(lst.append), lst))
print(shows_id(repr((5).bit_length), 5))
n = 10 ** 6
cell = (lambda y: lambda: y)(n).__closure__[0]
print(shows_id(repr(cell), cell), shows_id(repr(cell), n))
s = "text"
print(shows_id(repr(s.upper), s))
lock = threading.Lock()
print(shows_id(repr(lock), lock))
it = iter(bytearray(b"x"))
print(shows_id(repr(it), it))
print(shows_id(repr(n.__add__), n), shows_id(repr(a.__init__), a))
print(id(-1) >= 0, id("text") >= 0, id(2.5) >= 0, id(-2.5) >= 0)
