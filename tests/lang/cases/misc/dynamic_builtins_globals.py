# Name resolution against changing globals and builtins: shadowing,
# deleting, exec/eval namespaces, __builtins__ in a namespace.
import builtins
def uses_len(x):
    return len(x)
print(uses_len('abc'))
len = lambda x: 'shadowed'
print(uses_len('abc'))
del len
print(uses_len('abc'))
orig = builtins.len
builtins.len = lambda x: 'patched builtin'
try:
    print(uses_len('abc'))
finally:
    builtins.len = orig
print(uses_len('abc'))

def make_global():
    global created
    created = 'made'
try:
    created
except NameError as e:
    print('NameError:', e)
make_global()
print(created)
del globals()['created']
try:
    created
except NameError as e:
    print('NameError:', e)

ns = {}
exec('x = 1\ndef f():\n    return x + 1', ns)
print(ns['f'](), sorted(k for k in ns if k != '__builtins__'), '__builtins__' in ns)
print(eval('y * 2', {'y': 4}), eval('z', {}, {'z': 'local'}))
code = compile('a + b', '<expr>', 'eval')
print(eval(code, {'a': 1, 'b': 2}), code.co_names, code.co_filename)
loc = {}
exec('v = 5', None, loc)
print(loc)
