# importlib.util.find_spec: the spec of a module without running it, and
# what it does with parents, loaded modules and missing names.
import importlib.util
import sys
import tree

tree.make({'fspkg/__init__.py': 'print("fspkg runs")\n', 'fspkg/child.py': 'print("child runs")\n', 'fsmod.py': 'print("fsmod runs")\n'})
spec = importlib.util.find_spec('fsmod')
print(spec.name, tree.shown(spec.origin), type(spec.loader).__name__, 'fsmod' in sys.modules)
spec = importlib.util.find_spec('fspkg.child')
print(spec.name, spec.parent, 'fspkg' in sys.modules, 'fspkg.child' in sys.modules)
print(importlib.util.find_spec('no_such_module_here'), importlib.util.find_spec('fspkg.nope'))
print(importlib.util.find_spec('.child', 'fspkg').name)
import fsmod
print(importlib.util.find_spec('fsmod') is fsmod.__spec__)
fsmod.__spec__ = None
try:
    importlib.util.find_spec('fsmod')
except ValueError as e:
    print(e)
try:
    importlib.util.find_spec('.child')
except ValueError as e:
    print(e)
