# sys.modules decides: an object put there is what import gives (any
# object), None halts the import, and a deleted entry is imported anew.
import sys
import types
import tree

tree.make({'counted.py': 'import builtins\nbuiltins.RUNS = getattr(builtins, "RUNS", 0) + 1\n'})
fake = types.ModuleType('fakemod')
fake.attr = 'from fake'
sys.modules['fakemod'] = fake
import fakemod
from fakemod import attr
print(fakemod is fake, attr)
sys.modules['notamodule'] = 12345
import notamodule
print(notamodule)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from fakemod import missing
except ImportError as e:
    print(type(e).__name__, e)
import counted
import counted
print(RUNS)
del sys.modules['counted']
import counted
print(RUNS, counted is sys.modules['counted'])
