# A package's __path__ is where its submodules are searched: extending it
# reaches another directory; a module without __path__ has no submodules.
import tree

elsewhere = tree.make({'extra.py': 'E = "from elsewhere"\n'}, on_path=False)
tree.make({'growing/__init__.py': '', 'flat.py': ''})
import growing, flat
try:
    import growing.extra
except ImportError as e:
    print(type(e).__name__, e)
growing.__path__.append(elsewhere)
import growing.extra
print(growing.extra.E, tree.shown(growing.extra.__file__))
try:
    import flat.sub
except ImportError as e:
    print(type(e).__name__, e)
growing.__path__ = []
try:
    import growing.other
except ImportError as e:
    print(type(e).__name__, e)
