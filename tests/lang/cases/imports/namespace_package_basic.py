# A directory without __init__.py is a namespace package (PEP 420).
import sys
import tree

tree.make({'nsbasic/mod.py': 'VALUE = 7\n', 'nsbasic/deeper/inner.py': 'X = 1\n'})
import nsbasic
import nsbasic.mod
from nsbasic.deeper import inner
print(nsbasic)
print(tree.shown(nsbasic.__path__))
print(hasattr(nsbasic, '__file__'), nsbasic.__spec__.origin, nsbasic.__spec__.loader)
print(type(nsbasic.__loader__).__name__, nsbasic.__package__)
print(nsbasic.mod.VALUE, nsbasic.mod.__package__, inner.X, inner.__name__)
print(tree.shown(list(nsbasic.deeper.__path__)), sys.modules['nsbasic.deeper'])
