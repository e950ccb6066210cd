# dict's methods called through the class on an instance __dict__.
class P:
    pass
p = P()
p.k = 1
print(dict.get(p.__dict__, 'k'), dict.get(vars(p), 'z', 3))
print(dict.keys(p.__dict__), dict.items(p.__dict__), dict.values(p.__dict__))
print(dict.__len__(p.__dict__), dict.__contains__(p.__dict__, 'k'))
print(dict.__getitem__(p.__dict__, 'k'), dict.__repr__(p.__dict__))
print(list(dict.__iter__(p.__dict__)))
dict.__setitem__(p.__dict__, 'j', 2)
dict.update(p.__dict__, {'m': 3}, n=4)
print(p.j, p.m, p.n, dict.setdefault(p.__dict__, 'q', 5), p.q)
print(dict.pop(p.__dict__, 'q'), dict.copy(p.__dict__), dict.popitem(p.__dict__))
print(type(p.__dict__.copy()).__name__, p.__dict__.copy())
dict.__delitem__(p.__dict__, 'j')
print(vars(p))
dict.clear(p.__dict__)
print(vars(p))
try:
    dict.get([], 1)
except TypeError as e:
    print('TypeError:', e)
