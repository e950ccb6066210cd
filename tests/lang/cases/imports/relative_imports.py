# Relative imports from modules and packages at several depths.
import tree

tree.make({
    'rel/__init__.py': 'from . import sibling\nfrom .sibling import S\n',
    'rel/sibling.py': 'S = "sibling"\n',
    'rel/sub/__init__.py': 'from .. import sibling as up\nfrom ..sibling import S as UPS\n',
    'rel/sub/deep.py': 'from . import leaf\nfrom .. import sub\nWHO = (__name__, __package__)\n',
    'rel/sub/leaf.py': 'from .. import sibling\nLEAF = sibling.S\n',
})
import rel, rel.sub.deep
print(rel.S, rel.sibling.S, rel.sub.up.S, rel.sub.UPS)
print(rel.sub.deep.WHO, rel.sub.deep.leaf.LEAF, rel.sub.deep.sub is rel.sub)
for stmt in ['from . import x', 'from .. import y', 'from .missing import z']:
    try:
        exec(stmt, {'__name__': 'rel.sub.deep', '__package__': 'rel.sub'})
    except ImportError as e:
        print(type(e).__name__, e)
