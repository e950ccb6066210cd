# The portions of a namespace package in several sys.path entries, and
# its __path__ following sys.path as it changes.
import sys
import tree

first = tree.make({'nsparts/one.py': 'N = 1\n'})
second = tree.make({'nsparts/two.py': 'N = 2\n'})
later = tree.make({'nsparts/three.py': 'N = 3\n'}, on_path=False)
import nsparts.one, nsparts.two
print(nsparts.one.N, nsparts.two.N, len(nsparts.__path__))
print(tree.shown(list(nsparts.__path__)))
try:
    import nsparts.three
except ImportError as e:
    print(type(e).__name__, e)
sys.path.append(later)
import nsparts.three
print(nsparts.three.N, len(nsparts.__path__))
