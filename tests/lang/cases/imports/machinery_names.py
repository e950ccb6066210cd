# importlib.machinery's suffix lists and the byte-code file names.
import importlib.machinery as m
import importlib.util as u
print(m.SOURCE_SUFFIXES, m.BYTECODE_SUFFIXES, m.DEBUG_BYTECODE_SUFFIXES, m.OPTIMIZED_BYTECODE_SUFFIXES)
print(m.EXTENSION_SUFFIXES, m.all_suffixes())
print(u.cache_from_source('/a/b/mod.py'), u.cache_from_source('rel.py', optimization=2), u.cache_from_source('x.py', optimization=''))
print(u.source_from_cache('/a/__pycache__/mod.cpython-36.pyc'), u.source_from_cache('__pycache__/m.cpython-36.opt-1.pyc'))
for bad in ['/a/mod.cpython-36.pyc', '/a/__pycache__/mod.pyc', '/a/__pycache__/m.cpython-36.x-1.pyc']:
    try:
        u.source_from_cache(bad)
    except ValueError as e:
        print(e)
try:
    u.cache_from_source('x.py', optimization='a.b')
except ValueError as e:
    print(e)
print(u.MAGIC_NUMBER[2:], len(u.MAGIC_NUMBER))  # the number itself is our own (not 3.6's 3379)
print([c.__name__ for c in (m.ModuleSpec, m.BuiltinImporter, m.FrozenImporter, m.PathFinder, m.FileFinder, m.SourceFileLoader)])
print([c.__module__ for c in (m.ModuleSpec, m.BuiltinImporter, m.PathFinder, m.SourceFileLoader)])
