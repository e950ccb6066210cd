# What scripts do with sys.implementation: branch on the name, build
# cache file names from the tag, copy and extend the namespace.
import sys, importlib.util, copy
if sys.implementation.name == 'cpython':
    print('cpython path')
print(importlib.util.cache_from_source('pkg/mod.py'), sys.implementation.cache_tag in importlib.util.cache_from_source('m.py'))
info = dict(vars(sys.implementation))
print(sorted(info), info['name'])
clone = copy.copy(sys.implementation)
print(clone == sys.implementation, type(clone).__name__)
clone.extra = 1
print(clone == sys.implementation, hasattr(sys.implementation, 'extra'))
