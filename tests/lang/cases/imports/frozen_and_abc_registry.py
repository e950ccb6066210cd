# The frozen modules CPython carries (__hello__, the package __phello__
# and __phello__.spam) through FrozenImporter, and the import system's
# classes registered as the importlib.abc classes they implement.
import sys
import warnings
import importlib.abc as abc
import importlib.machinery as machinery
import importlib.util

import __hello__
print(__hello__, __hello__.initialized, __hello__.__spec__)
import __phello__.spam
print(__phello__.__path__, __phello__.spam.__package__, __phello__.__spec__.origin)
F = machinery.FrozenImporter
print([F.is_package(n) for n in ('__hello__', '__phello__', '__phello__.spam')])
print(F.find_spec('nope'), F.find_module('nope'), F.find_module('__hello__') is F)
print(F.get_source('__hello__'))
for meth in (F.get_code, F.get_source, F.is_package, F.load_module):
    try:
        meth('importlib')
    except ImportError as e:
        print(meth.__name__, e, e.name)
ns = {}
exec(F.get_code('__hello__'), ns)
print(ns['initialized'])
del sys.modules['__hello__']
m = F.load_module('__hello__')
print(m, m.__loader__ is F, m.__package__ == '', hasattr(m, '__file__'))
print(F.load_module('__hello__') is m)
print(importlib.util.find_spec('__phello__.spam'))

pairs = [(abc.MetaPathFinder, ['BuiltinImporter', 'FrozenImporter', 'PathFinder', 'WindowsRegistryFinder']),
         (abc.PathEntryFinder, ['FileFinder']),
         (abc.InspectLoader, ['BuiltinImporter', 'FrozenImporter', 'ExtensionFileLoader', 'SourceFileLoader']),
         (abc.ExecutionLoader, ['ExtensionFileLoader', 'SourceFileLoader']),
         (abc.FileLoader, ['SourceFileLoader', 'SourcelessFileLoader', 'ExtensionFileLoader']),
         (abc.SourceLoader, ['SourceFileLoader', 'SourcelessFileLoader']),
         (abc.ResourceLoader, ['SourceFileLoader'])]
for base, names in pairs:
    print(base.__name__, [issubclass(getattr(machinery, n), base) for n in names])
