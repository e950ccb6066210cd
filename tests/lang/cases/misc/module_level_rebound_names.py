# Module-level loops over names the script rebinds (LOAD_NAME against the
# module's dict): every way of rebinding or deleting the name shows.
import builtins

total = 0
for i in range(5):
    total = total + i
print(total)

x = 1
for i in range(3):
    globals()['x'] = x * 10
    print(x)

for i in range(3):
    exec('x = x + 1', globals())
    print(x)

for i in range(3):
    x = x + 1
    if i == 1:
        del x
        try:
            print(x)
        except NameError as e:
            print('NameError', e)
        x = 100
    print(x)

for i in range(2):
    len = lambda s: 'shadow'
    print(len('abc'))
    del len
    print(len('abc'))

for i in range(2):
    builtins.abs = lambda v: 'rebound builtin'
    print(abs(-1))
    del builtins.abs
    builtins.abs = __builtins__.__dict__.get('abs') or (lambda v: v if v > 0 else -v)
    print(abs(-1))


def f(v):
    return v + 1


y = 0
for i in range(3):
    y = f(y)
    if i == 1:
        def f(v):
            return v * 100
print(y)


class C:
    n = 0
    for i in range(3):
        n = n + i
    m = n
    del n
    try:
        n
    except NameError as e:
        print('NameError', e)
    n = 'again'


print(C.m, C.n)
import sys
mod = sys.modules[__name__]
for i in range(3):
    setattr(mod, 'z', i * 2)
    print(z)
