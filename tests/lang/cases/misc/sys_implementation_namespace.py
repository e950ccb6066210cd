# sys.implementation is a types.SimpleNamespace, whose behaviour
# SimpleNamespace instances share.
import sys, types
impl = sys.implementation
print(type(impl), type(impl) is types.SimpleNamespace)
print(impl.name, impl.cache_tag, impl.version[:3], hex(impl.hexversion), impl.hexversion == sys.hexversion)
print(sorted(vars(impl)))
ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns == types.SimpleNamespace(a=1, b=2), ns != types.SimpleNamespace(a=1))
ns.self = ns
print(ns)
del ns.self
for f in [lambda: types.SimpleNamespace(1), lambda: ns.missing, lambda: hash(ns)]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__qualname__, types.SimpleNamespace.__module__)
