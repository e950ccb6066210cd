# sys.builtin_module_names: a sorted tuple of str holding the modules built
# into the interpreter (gc among them), never one written in Python; and
# modulefinder, which trusts it, finds gc and __future__ beside a package.
import sys, os, shutil, tempfile, modulefinder
names = sys.builtin_module_names
print(type(names).__name__, list(names) == sorted(names), all(type(n) is str for n in names))
for n in ('builtins', 'sys', 'gc', '_thread', 'marshal', 'posix', 'errno', 'time', 'itertools'):
    print(n, n in names)
for n in ('os', 'json', 'ssl', 'tempfile', 'modulefinder', 'encodings'):
    print(n, n in names)
d = tempfile.mkdtemp()
try:
    os.mkdir(os.path.join(d, 'a'))
    with open(os.path.join(d, 'a', '__init__.py'), 'w') as f:
        f.write('from __future__ import absolute_import\nimport gc, sys\n')
    with open(os.path.join(d, 'a', 'module.py'), 'w') as f:
        f.write('from . import gc\nimport nosuchmodule_xyz\n')
    mf = modulefinder.ModuleFinder(path=[d, os.path.dirname(tempfile.__file__)])
    mf.import_hook('a.module')
    print(sorted(mf.modules))
    print(mf.any_missing_maybe())
finally:
    shutil.rmtree(d)
