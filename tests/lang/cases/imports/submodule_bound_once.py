# A submodule is bound as its package's attribute when it loads, not at
# each later import: a package that binds a name of its own over it
# (requests' `from .__version__ import __version__`) keeps that name.
import sys
import tree

tree.make({'vp/__init__.py': 'from .__version__ import __version__, __title__\nfrom . import user\nfrom .user import stamp\n',
           'vp/__version__.py': '__version__ = "2.1"\n__title__ = "vp"\n',
           'vp/user.py': 'from .__version__ import __version__\nimport vp.__version__\nfrom vp import __version__ as again\nstamp = (__version__, type(again).__name__)\n',
           'qp/__init__.py': '', 'qp/leaf.py': 'X = 1\n'})
import vp
print(vp.__version__, vp.__title__, vp.stamp, type(vp.user).__name__)
import vp.__version__
print(vp.__version__)
import qp.leaf
del qp.leaf
import qp.leaf
print(hasattr(qp, 'leaf'), 'qp.leaf' in sys.modules)
try:
    from qp import leaf
    print('from-import found', leaf.X)
except ImportError as e:
    print('ImportError', e)
del sys.modules['qp.leaf']
import qp.leaf
print(hasattr(qp, 'leaf'), qp.leaf.X)
