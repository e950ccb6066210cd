# weakref's proxy types are C types without Py_TPFLAGS_BASETYPE in 3.6:
# no class derives from them, among other bases or through type().
import weakref
for base in (weakref.ProxyType, weakref.CallableProxyType):
    for make in (lambda: type('X', (base,), {}), lambda: type('Y', (object, base), {})):
        try:
            make()
        except TypeError as e:
            print(type(e).__name__, e)
class C:
    def __call__(self):
        return 'called'
c = C()
p = weakref.proxy(c)
print(type(p).__name__, p(), isinstance(p, weakref.CallableProxyType), '_refuse_subclasses' in dir(weakref))
print(weakref.ProxyType.__flags__ & (1 << 10), weakref.CallableProxyType.__flags__ & (1 << 10))
