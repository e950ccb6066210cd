# ABCMeta's registry and caches hold classes weakly (WeakSets, as in
# CPython 3.6): a class registered, or checked, then deleted is collected
# by gc.collect(), its weak references' callbacks run, and it leaves them.
import abc, gc, io, weakref

class Abc(abc.ABC):
    pass

print(type(Abc._abc_registry).__module__, type(Abc._abc_registry).__name__)
print(type(Abc._abc_cache).__name__, type(Abc._abc_negative_cache).__name__)

class Reg:
    pass

Abc.register(Reg)
died = []
r = weakref.ref(Reg, lambda wr: died.append("Reg"))
print(isinstance(Reg(), Abc), issubclass(Reg, Abc))
print(len(Abc._abc_registry), len(Abc._abc_cache))
print(sorted(c.__name__ for c in Abc._abc_registry))
del Reg
gc.collect()
print(r(), died)
print(len(Abc._abc_registry), len(Abc._abc_cache))

class Sub(Abc):
    pass

rs = weakref.ref(Sub, lambda wr: died.append("Sub"))
print(issubclass(Sub, Abc), isinstance(Sub(), Abc))
del Sub
gc.collect()
print(rs(), died, len(Abc._abc_cache), Abc.__subclasses__())

class Other:
    pass

ro = weakref.ref(Other, lambda wr: died.append("Other"))
print(isinstance(Other(), Abc), issubclass(Other, Abc))
print(len(Abc._abc_negative_cache))
del Other
gc.collect()
print(ro(), died, len(Abc._abc_negative_cache))

# answers stay right after the collections, and a registration after a
# "no" turns it into a "yes"
class Late:
    pass

print(isinstance(Late(), Abc), issubclass(Late, Abc))
token = abc.get_cache_token()
Abc.register(Late)
print(abc.get_cache_token() == token + 1, abc.ABCMeta._abc_invalidation_counter == abc.get_cache_token())
print(isinstance(Late(), Abc), issubclass(Late, Abc))
print(isinstance(3, Abc), issubclass(int, Abc), isinstance(Late(), Abc))

# _dump_registry names the class, the counter and the _abc_ bookkeeping
out = io.StringIO()
Abc._dump_registry(out)
lines = out.getvalue().splitlines()
print(lines[0], lines[1].startswith("Inv.counter: "))
print([line.split(":")[0] for line in lines[2:]])
