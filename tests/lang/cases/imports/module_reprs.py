# Module reprs: from a file, a namespace package, a loader without a
# location, a spec with an origin only, and a bare module.
import sys
import types
import importlib.util
import importlib.machinery
import tree

tree.make({'reprns/x.py': '', 'reprfile.py': ''})
import reprns, reprfile
print(reprns)
print(tree.shown(repr(reprfile)))
m = types.ModuleType('bare')
print(m, repr(types.ModuleType('with_doc', 'doc')))
m.__spec__ = importlib.machinery.ModuleSpec('bare', None, origin='somewhere')
print(m)
m.__spec__.has_location = True
print(m)
m.__file__ = 'file_attr.py'
print(m)
class LoaderRepr:
    def module_repr(self, module):
        return '<custom %s>' % module.__name__
n = types.ModuleType('custom')
n.__loader__ = LoaderRepr()
print(n)
print(sys, importlib.machinery.BuiltinImporter.module_repr(sys))
