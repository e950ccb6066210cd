# An instance of a module subclass keeps its module __dict__: assigning,
# deleting or setting it through a descriptor is refused.
import types
class Base: pass
class Module1(types.ModuleType, Base): pass
class Module2(Base, types.ModuleType): pass
for M in Module1, Module2:
    mod = M("spam")
    for what in ('set', 'del', 'descr'):
        try:
            if what == 'set': mod.__dict__ = {}
            elif what == 'del': del mod.__dict__
            else: Base.__dict__['__dict__'].__set__(mod, {})
            print(what, 'allowed')
        except (AttributeError, TypeError) as e:
            print(what, type(e).__name__, e)
    mod.__dict__["spam"] = "eggs"
    print(mod.spam)
