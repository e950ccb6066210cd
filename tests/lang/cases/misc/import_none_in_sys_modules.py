# A module whose sys.modules entry is None cannot be imported: the way
# optional accelerators (_json, _bisect, _heapq) are hidden.
import sys

for name in ("_json", "json.scanner", "no_such_module_here"):
    saved = sys.modules.get(name)
    sys.modules[name] = None
    try:
        __import__(name)
        print(name, "imported")
    except ImportError as e:
        print(name, type(e).__name__, e, e.name)
    try:
        exec("from %s import something" % name)
    except ImportError as e:
        print(name, "from:", type(e).__name__, e)
    if saved is None:
        del sys.modules[name]
    else:
        sys.modules[name] = saved

import _json
print(type(_json).__name__, _json.__name__)

# Exception classes of library modules are classes (their metaclass is type).
import struct, zlib, re
for cls in (struct.error, zlib.error, re.error):
    print(cls.__name__, type(cls), isinstance(cls, type), cls.__mro__[1:])

class Custom(struct.error):
    pass

try:
    raise Custom("boom")
except struct.error as e:
    print("caught", type(e).__name__, e)
