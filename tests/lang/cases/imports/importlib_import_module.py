# importlib.import_module: absolute and relative names, the module (not
# its top package) returned, and its errors.
import importlib
import tree

tree.make({'impm/__init__.py': '', 'impm/sub/__init__.py': '', 'impm/sub/leaf.py': 'L = 1\n', 'impm/plain.py': 'P = 2\n'})
print(importlib.import_module('impm.sub.leaf').L, importlib.import_module('.plain', 'impm').P)
print(importlib.import_module('..plain', 'impm.sub').__name__, importlib.import_module('.sub', package='impm').__name__)
print(importlib.import_module('os.path').__name__, importlib.import_module('json').__name__)
for args in [('.x',), ('',), ('impm.nothere',), ('impm.plain.deeper',), ('...x', 'impm'), ('nothere_at_all',)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'name', '-'))
