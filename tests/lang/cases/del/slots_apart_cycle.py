# __del__ of objects in a cycle through __slots__ values that live apart
# from the instance __dict__ (slots with __dict__): gc.collect() finds
# the cycle and finalizes both.
import gc
class A:
    __slots__ = ('other', '__dict__')
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = A('a'); b = A('b')
a.other = b; b.other = a
del a, b
print('collect', gc.collect() >= 2)
print('end')
