# importlib.reload runs the module's (changed) source again in the same
# module object.
import importlib
import os
import sys
import types
import tree

root = tree.make({'reloadme.py': 'VALUE = 1\nKEEP = "kept"\n'})
import reloadme
first = reloadme
with open(os.path.join(root, 'reloadme.py'), 'w') as f:
    f.write('VALUE = 2\n')
importlib.invalidate_caches()
again = importlib.reload(reloadme)
print(again is first, reloadme.VALUE, reloadme.KEEP)
for bad in [42, types.ModuleType('floating')]:
    try:
        importlib.reload(bad)
    except Exception as e:
        print(type(e).__name__, e)
del sys.modules['reloadme']
try:
    importlib.reload(first)
except ImportError as e:
    print(type(e).__name__, e, e.name)
