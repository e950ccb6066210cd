# Module namespaces list names in the order they were bound (CPython 3.6).
import sys
import json
zeta = 1
from os import path
def beta(): pass
class Alpha: pass
alpha = 2
for loop_var in range(2): pass
with open(__file__) as handle: pass
exec("made_by_exec = 5")
setattr(sys.modules[__name__], 'set_by_setattr', 9)
def bind_global():
    global made_in_function
    made_in_function = 1
bind_global()
zeta = 3          # rebinding keeps the place
del alpha
alpha = 4         # bound again: at the end
mine = lambda k: not k.startswith('__')
print([k for k in globals() if mine(k)])
print([k for k in vars(sys.modules[__name__]) if mine(k)])
print([k for k in sys.modules[__name__].__dict__.keys() if mine(k)])
print([k for k, v in globals().items() if mine(k)])
print([k for k in list(globals()) if mine(k)])
print([k for k in dict(globals()) if mine(k)])
print([v for k, v in globals().items() if k in ('zeta', 'alpha', 'set_by_setattr')])
print(json.dumps({k: v for k, v in globals().items() if isinstance(v, int) and mine(k)}))
print(list(globals())[:2])
