# A __builtins__ dict or module in exec()'s globals is what names
# fall back to.
import types
g = {'__builtins__': {'len': lambda x: 42}}
exec("r = len([1, 2])", g)
print(g['r'])
m = types.ModuleType('bm')
m.len = lambda x: 7
g2 = {'__builtins__': m}
exec("r = len([1, 2])", g2)
print(g2['r'])
for src in ("print(1)", "class A: pass"):
    try:
        exec(src, {'__builtins__': {}})
    except NameError as e:
        print('NameError:', e)
print(eval("len", {'__builtins__': {'len': 3}}))
b = {'print': print}
g3 = {'__builtins__': b}
exec("def f():\n    return later", g3)
b['later'] = 'seen'
print(g3['f']())
class RO(dict):
    def __setitem__(self, k, v):
        raise KeyError('read-only')
try:
    exec("__builtins__['q'] = 1", {'__builtins__': RO(print=print)})
except KeyError as e:
    print('KeyError:', e)
