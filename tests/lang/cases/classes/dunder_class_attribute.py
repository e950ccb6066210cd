# isinstance() reads a class attribute __class__ (not only a property),
# an instance's own __class__ shadows a plain one, and ord() takes a str
# or bytes subclass's instance.
class FakeStr:
    __class__ = str
f = FakeStr()
print(isinstance(f, str), isinstance(f, FakeStr), type(f).__name__, f.__class__)
try:
    str.split(f)
except TypeError as e:
    print("TypeError", e)
try:
    str.__add__(f, "abc")
except TypeError as e:
    print("TypeError", e)
class P:
    @property
    def __class__(self):
        return int
print(isinstance(P(), int), isinstance(P(), P), issubclass(P, int))
class octetstring(str):
    def __str__(self):
        return "41"
o = octetstring('A')
print(ord(o), len(o), o == 'A', chr(ord(o)))
import binascii
print(binascii.b2a_hex('A'.encode('ascii')))
class Weird:
    __class__ = 5
print(isinstance(Weird(), int))
class Q:
    __class__ = str
q = Q()
q.__dict__["__class__"] = int
print(q.__class__, isinstance(q, int), isinstance(q, str))
class Plain:
    pass
try:
    del Plain().__class__
except TypeError as e:
    print("TypeError", e)
try:
    del q.__class__
    print(q.__class__)
    del q.__class__
except AttributeError as e:
    print("AttributeError", e)
