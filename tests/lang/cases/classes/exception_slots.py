# __slots__ in a class derived from an exception.
class Slotted(Exception):
    __slots__ = ('x',)
    def __init__(self, x):
        self.x = x
e = Slotted(3)
print(e.x, e.args, str(e), type(Slotted.__dict__['x']).__name__)
del e.x
try:
    e.x
except AttributeError as a:
    print('AttributeError', a)
try:
    Slotted.__dict__['x'].__set__(ValueError(), 1)
except TypeError as t:
    print('TypeError', t)
