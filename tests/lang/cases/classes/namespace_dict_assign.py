# obj.__dict__ = mapping with keys of any type; vars() and ** unpacking
# keep the non-str keys and the order.
class O:
    pass
o = O()
o.__dict__ = {1: 2, 'a': 3, (4,): 5}
print(vars(o), o.a)
print({**vars(o)})
print(dict(vars(o)))
print(sorted(vars(o), key=repr))
o.__dict__ = {'b': 1, 'c': 2}
o.__dict__[3] = 4
o.d = 5
print(vars(o), {**vars(o)}, dict(vars(o)))
def f(**kw):
    return kw
try:
    f(**vars(o))
except TypeError as e:
    print('TypeError:', e)
p = O()
p.__dict__ = o.__dict__
print(vars(p))
try:
    o.__dict__ = [1]
except TypeError as e:
    print('TypeError:', e)
try:
    o.__dict__ = {[]: 1}
except TypeError as e:
    print('TypeError:', e)
