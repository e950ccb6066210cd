# repr and iteration of a module's namespace follow binding order.
import os, sys, tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, 'ordermod.py'), 'w') as f:
    f.write("import sys\nz = 1\ny = 2\ndef x(): pass\nclass W: pass\nv = [z, y]\n"
            "def later():\n    global u\n    u = 0\n")
sys.path.insert(0, d)
import ordermod
ordermod.later()
ordermod.t = 'set from outside'
setattr(ordermod, 's', None)
names = [k for k in vars(ordermod) if not k.startswith('__')]
print(names)
print({k: ordermod.__dict__[k] for k in names if k not in ('sys', 'x', 'W', 'later')})
print(repr({k: v for k, v in vars(ordermod).items() if k in ('z', 'y', 'v', 't', 'u')}))
from ordermod import *
print([k for k in globals() if not k.startswith('__')][-6:])
del ordermod.y
ordermod.y = 3
print([k for k in vars(ordermod) if not k.startswith('__')][-3:])
os.remove(os.path.join(d, 'ordermod.py'))
