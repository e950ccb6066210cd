a = 1
b = [0, 1, 2, 3, 4, 5]
c = {'k': 1, 'j': 2}
class O: pass
o = O()
o.x = 1
o.y = 2
del a
del b[0], b[1:3]
del c['k']
del o.x
print(b, c, hasattr(o, 'x'), 'a' in globals())
p, q, r = 1, 2, 3
del (p, q), [r]
print('p' in globals(), 'r' in globals())
b2 = list(range(10))
del b2[::2]
print(b2)
def f():
    x = 1
    del x
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
f()
try:
    del undefined_name
except NameError as e:
    print(e)
t = [1, 2]
del t[:],
print(t)
