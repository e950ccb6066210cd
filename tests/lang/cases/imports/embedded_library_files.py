# A library module's files read as on disk: open() of its __file__ (the
# binary serves the compiled-in source), a package's __path__ is its
# directory, and pkgutil, imp and the path finder see inside it.
import imp
import importlib.util
import json
import os
import pkgutil
import sys

path = json.__file__
with open(path, 'rb') as f:
    data = f.read()
    print(type(f).__name__, f.name == path, f.mode, f.readable(), f.writable(), f.seekable())
    print(os.fstat(f.fileno()).st_size == len(data), f.seek(0), f.read(4) == data[:4], f.tell())
    print(f.seek(-3, 2) == len(data) - 3, f.read() == data[-3:])
with open(path) as f:
    print(type(f).__name__, f.read() == data.decode('utf-8'))
print(importlib.util.find_spec('json').loader.get_source('json') == data.decode('utf-8'))

fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5) == data[:5], os.get_inheritable(fd))
try:
    os.write(fd, b'x')
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(fd)

print(json.__path__ == [os.path.dirname(json.__file__)])
print(json.__path__ is json.__spec__.submodule_search_locations)
print([(m.name, m.ispkg, type(m.module_finder).__name__)
       for m in pkgutil.iter_modules(json.__path__)])
print([m.name for m in pkgutil.walk_packages(json.__path__, 'json.')])

finder = sys.path_importer_cache[json.__path__[0]]
spec = finder.find_spec('json.decoder')
print(spec.name, spec.origin == os.path.join(json.__path__[0], 'decoder.py'))
print(finder.find_spec('json.no_such_module'))

file, name, details = imp.find_module('decoder', json.__path__)
with file:
    print(name == os.path.join(json.__path__[0], 'decoder.py'), details, file.readline() != '')

try:
    import json.no_such_module
except ImportError as e:
    print(type(e).__name__, e)

# test_imp's test_multiple_calls_to_get_data
loader = imp._LoadSourceCompatibility('imp', imp.__file__, open(imp.__file__))
print(type(loader.get_data(imp.__file__)).__name__)
print(type(loader.get_data(imp.__file__)).__name__)
