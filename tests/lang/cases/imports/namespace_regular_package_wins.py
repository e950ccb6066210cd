# A regular package anywhere on sys.path wins over namespace portions
# found before it; a module file beats a same-named directory.
import sys
import tree

tree.make({'rivals/a.py': 'A = 1\n', 'plainmod/': '', 'plainmod.py': 'WHO = "file"\n'})
tree.make({'rivals/__init__.py': 'WHO = "regular"\n', 'rivals/b.py': 'B = 2\n'})
import rivals, plainmod
print(rivals.WHO, tree.shown(rivals.__path__), tree.shown(rivals.__file__))
import rivals.b
print(rivals.b.B)
try:
    import rivals.a
except ImportError as e:
    print(type(e).__name__, e)
print(plainmod.WHO)
