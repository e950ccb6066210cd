class C:
    def __getitem__(self, item):
        raise KeyError(item)
    def keys(self):
        return 1
try:
    eval('dir()', globals(), C())
except TypeError as e: print("TE", e)
class K:
    def __getitem__(self, item):
        raise KeyError(item)
    def keys(self):
        return ('b', 'a')
try:
    print(eval('dir()', globals(), K()))
except TypeError as e: print("TE", e)
class K2(K):
    def keys(self):
        return ['b', 'a', 3]
try:
    print(eval('dir()', globals(), K2()))
except TypeError as e: print("TE", e)
class K3(K):
    def keys(self):
        raise ValueError("boom")
try:
    print(eval('dir()', globals(), K3()))
except ValueError as e: print("VE", e)
class frozendict_error(Exception): pass
class frozendict(dict):
    def __setitem__(self, key, value):
        raise frozendict_error("frozendict is readonly")
try:
    exec("x=1", frozendict())
except frozendict_error as e: print("FE", e)
class D(dict):
    def __missing__(self, k): return 'miss-' + k
d = D()
exec("x=1\ndef f(): return x\ny = (f(), x)", d)
print(sorted(k for k in d if k != '__builtins__'), type(d))
class L(dict):
    def __setitem__(self, k, v):
        print('set', k, v); dict.__setitem__(self, k, v * 2 if isinstance(v, int) else v)
l = L()
exec("y = 2\nprint(y)", l)
print(l['y'])
g = L()
exec("z = 3\nglobal w\nw = 4", g)
print(g['z'], g['w'])
