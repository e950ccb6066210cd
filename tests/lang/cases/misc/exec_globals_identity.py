# exec()'s globals dict is the functions' and frames' globals object,
# and later changes to it are seen by the code it ran.
import sys
ns = {}
exec("def f():\n    return x\nx = 5\ng = globals()", ns)
print(ns['f'].__globals__ is ns, ns['g'] is ns)
exec("import sys\nfr = sys._getframe()", ns)
print(ns['fr'].f_globals is ns)
print(ns['f']())
ns['x'] = 99
print(ns['f']())
del ns['x']
try:
    ns['f']()
except NameError as e:
    print('NameError:', e)
exec("def setx():\n    global xx\n    xx = 5", ns)
ns['setx']()
exec("print('xx is', xx)", ns)
print(ns['f'].__globals__['xx'])
ns.clear()
print(len(ns), 'xx' in ns)
ns.update(y=3)
exec("print('y is', y)", ns)
