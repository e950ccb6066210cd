def outer(a, b=lambda x=1: x * 2, *, c=[i for i in range(2)]):
    def inner(d=a):
        return d, b(), c
    return inner()
print(outer(5))
x = 0
if x == 1:
    print('one')
elif x == 0:
    print('zero')
elif x == 2:
    print('two')
else:
    print('other')
while True:
    x += 1
    if x > 3: break
print(x)
res = ('a'
       .upper()
       .lower())
print(res, 'abc' \
      .upper())
import os as _os, sys
from os import (path as _p)
print(_os.sep, _p.sep if hasattr(_p, 'sep') else '/')
def g(*, a: int = 1, b: 'x', **kw: dict) -> None: pass
print(sorted(g.__annotations__), g.__kwdefaults__)
class C(*[object], **{}):
    pass
print(C.__bases__)
print(*[1, 2], *(3,), sep='-', end='!\n')
def deep(): return (lambda: (lambda: 'deep')())()
print(deep())
