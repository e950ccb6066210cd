import sys
def deco(f): return f

@deco
def a():
    pass
class K:
    def m(self):
        return [x for x in range(2)]
    lam = lambda self: 0
    async def co(self): pass
g = (y for y in range(1))
def outer():
    def inner():
        return {k: 1 for k in ()}
    return inner
print(a.__code__.co_firstlineno, K.__code__.co_firstlineno if hasattr(K, '__code__') else '-', K.m.__code__.co_firstlineno, K.lam.__code__.co_firstlineno)
print(g.gi_code.co_firstlineno, outer.__code__.co_firstlineno, outer().__code__.co_firstlineno, K.co.__code__.co_firstlineno)
print([c.co_firstlineno for c in K.m.__code__.co_consts if hasattr(c, 'co_firstlineno')])
print([c.co_firstlineno for c in compile('x = 1\n\ndef f():\n  pass\nclass C: pass\n', 's', 'exec').co_consts if hasattr(c, 'co_firstlineno')])
def err():
    raise ValueError
try:
    err()
except ValueError:
    tb = sys.exc_info()[2]
    print(tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_code.co_firstlineno)
