# The errors of relative imports without a package or beyond the top.
import tree

tree.make({'top/__init__.py': '', 'top/mod.py': 'def up():\n    from ... import x\n'})
import top.mod
for code, glb in [('from . import x', {'__name__': '__main__'}),
                  ('from .a import b', {'__name__': 'plain', '__package__': ''}),
                  ('from .. import x', {'__name__': 'top.mod', '__package__': 'top'}),
                  ('from . import x', {'__name__': 'top.mod', '__package__': 3})]:
    try:
        exec(code, glb)
    except Exception as e:
        print(type(e).__name__, e)
try:
    top.mod.up()
except Exception as e:
    print(type(e).__name__, e)
try:
    __import__('x', {'__name__': 'a.b', '__package__': 'a'}, level=-1)
except ValueError as e:
    print(e)
