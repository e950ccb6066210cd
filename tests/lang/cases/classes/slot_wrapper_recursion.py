# object's slot wrappers rebound as other special methods recurse without
# a Python frame; the recursion limit still ends them with RecursionError.
class Foo:
    pass
Foo.__repr__ = Foo.__str__
foo = Foo()
for fn in (str, repr, lambda o: '%s' % o, lambda o: '{}'.format(o), lambda o: [o].__repr__()):
    try:
        fn(foo)
        print('no error')
    except RecursionError:
        print('RecursionError')

class Bar:
    pass
Bar.__str__ = Bar.__repr__
print(str(Bar()).startswith('<__main__.Bar object at 0x'))

class Loop:
    def __format__(self, spec):
        return format(self, spec)
try:
    format(Loop(), '')
except RecursionError:
    print('format: RecursionError')

class Chain:
    def __init__(self):
        self.inner = self
    def __repr__(self):
        return 'Chain(%r)' % (self.inner,)
try:
    repr(Chain())
except RecursionError:
    print('repr chain: RecursionError')

import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    repr(foo)
except RecursionError:
    print('low limit: RecursionError')
finally:
    sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
