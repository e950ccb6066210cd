# What the import system sets on a module from a source file: __spec__,
# __loader__, __file__, __cached__, __package__, __path__.
import importlib.machinery
import tree

tree.make({'specpkg/__init__.py': '', 'specpkg/leaf.py': 'SEEN = (__name__, __package__, __spec__.name)\n',
           'specmod.py': 'DOC_BEFORE = __doc__\n'})
import specmod, specpkg.leaf
for m in (specmod, specpkg, specpkg.leaf):
    spec = m.__spec__
    print(m.__name__, tree.shown(m.__file__), tree.shown(m.__cached__))
    print(' ', spec.name, tree.shown(spec.origin), spec.has_location, repr(spec.parent), tree.shown(spec.cached))
    print(' ', type(m.__loader__).__name__, m.__loader__ is spec.loader, repr(m.__package__))
    print(' ', isinstance(m.__loader__, importlib.machinery.SourceFileLoader), tree.shown(spec.submodule_search_locations))
print(specpkg.leaf.SEEN, specmod.DOC_BEFORE, tree.shown(specpkg.__path__))
print(tree.shown(specmod), tree.shown(specpkg))
