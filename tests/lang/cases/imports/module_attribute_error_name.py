# A module's AttributeError names it by its __name__ as it is now; one
# without a str __name__ (deleted, or made by ModuleType.__new__) is unnamed.
from types import ModuleType
m = ModuleType('foo')
m.__name__ = 'bar'
try: m.x
except AttributeError as e: print(e)
del m.__name__
try: m.x
except AttributeError as e: print(e)
m.__name__ = 5
try: m.x
except AttributeError as e: print(e)
import sys
try: sys.nope
except AttributeError as e: print(e)
u = ModuleType.__new__(ModuleType)
try: u.q
except AttributeError as e: print(e)
print(u.__doc__ == ModuleType.__doc__)
