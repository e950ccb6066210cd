# ModuleSpec's constructor, repr, parent, cached and equality.
from importlib.machinery import ModuleSpec, BuiltinImporter
plain = ModuleSpec('a.b', None)
print(plain, plain.parent, plain.origin, plain.cached, plain.has_location, plain.submodule_search_locations)
pkg = ModuleSpec('a.b', 'LOADER', origin='/x/a/b/__init__.py', is_package=True)
print(pkg, pkg.parent, pkg.submodule_search_locations)
pkg.has_location = True
print(pkg.cached, pkg.loader_state)
pkg.cached = '/elsewhere.pyc'
print(pkg.cached)
print(ModuleSpec('x', None) == ModuleSpec('x', None), ModuleSpec('x', None) == ModuleSpec('y', None), ModuleSpec('x', None) == 'x')
print(ModuleSpec('m', BuiltinImporter, origin='built-in'))
import sys
print(sys.__spec__.name, sys.__spec__.loader is BuiltinImporter)
try:
    hash(plain)
except TypeError as e:
    print(e)
