# type's slots read from a class are method-wrappers bound to it (C.__call__);
# read from type itself, type's slot wrappers.
import re
class C:
    def __init__(self, x=0): self.x = x
class M(type): pass
class D(metaclass=M): pass
for e in ["C.__call__", "int.__call__", "object.__call__", "D.__call__", "C.__call__(5).x", "int.__call__('12')", "C.__call__ == C.__call__", "C.__call__.__self__", "C.__call__.__name__", "type(C.__call__).__name__", "M.__call__", "hash(C.__call__) == hash(C.__call__)"]:
    try:
        print(e, re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(eval(e))))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
print(type.__call__.__qualname__, type.__call__.__objclass__)
try: type.__call__()
except TypeError as e: print(e)
