# Relative imports and `from package import submodule` for packages read
# from directories (written to a temporary directory first).
import os
import sys
import tempfile

root = tempfile.mkdtemp()
files = {
    "rpkg/__init__.py": "from .mod import X\nfrom . import mod\nfrom .sub import deep\nfrom .sub.deep import Y\n",
    "rpkg/mod.py": "X = 5\n",
    "rpkg/sub/__init__.py": "",
    "rpkg/sub/deep.py": (
        "from .. import mod as M\n"
        "from ..mod import X as XX\n"
        "Y = M.X + XX\n"
        "def attempt(stmt):\n"
        "    try:\n"
        "        exec(stmt, globals())\n"
        "        return 'ok'\n"
        "    except Exception as e:\n"
        "        return '%s: %s' % (type(e).__name__, e)\n"
        "RESULTS = [attempt(s) for s in ('from ... import nothing', 'from .missing import z', 'from . import missing2', 'from .. import mod')]\n"
    ),
    "plain/__init__.py": "",
    "plain/inner/__init__.py": "",
    "plain/inner/leaf.py": "VALUE = 'leaf'\n",
}
for rel, text in files.items():
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, root)

import rpkg
print(rpkg.X, rpkg.mod.X, rpkg.deep.Y, rpkg.Y, rpkg.sub.deep.__name__)
for r in rpkg.sub.deep.RESULTS:
    print(r)

from plain.inner import leaf
print(leaf.VALUE, "plain.inner.leaf" in sys.modules)
try:
    from plain.inner import nothing
except ImportError as e:
    print(type(e).__name__, e)

def attempt(f):
    try:
        r = f()
        print(getattr(r, "__name__", r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: __import__("mod", globals={"__package__": "rpkg"}, fromlist=["X"], level=1))
attempt(lambda: __import__("sub.deep", globals={"__package__": "rpkg"}, level=1))
attempt(lambda: __import__("", globals={"__name__": "rpkg.sub.deep"}, fromlist=["mod"], level=2))
attempt(lambda: __import__("mod", globals={"__name__": "rpkg", "__path__": []}, fromlist=["X"], level=1))
attempt(lambda: __import__("foo", globals={"__name__": "top", "__package__": ""}, level=1))
attempt(lambda: __import__("foo", globals={}, level=1))
attempt(lambda: __import__("foo", globals={"__package__": 5}, level=1))
attempt(lambda: __import__("x", globals={"__name__": "rpkg.sub.deep"}, level=5))
try:
    from . import foo
except ImportError as e:
    print(type(e).__name__, e)
