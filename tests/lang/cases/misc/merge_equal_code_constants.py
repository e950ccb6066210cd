def check(const):
    ns = {}
    exec("f1, f2 = lambda: %r, lambda: %r" % (const, const), ns)
    print(repr(const), ns['f1'].__code__ is ns['f2'].__code__, ns['f1'](), len(compile("f1, f2 = lambda: %r, lambda: %r" % (const, const), 's', 'exec').co_consts))
for c in (None, 0, 0.0, b'abc', 'abc', -0.0, (1, 2), 10**30, 1j):
    check(c)
f1, f2 = lambda: ..., lambda: ...
print(f1.__code__ is f2.__code__)
f1, f2 = lambda x: x in {0}, lambda x: x in {0}
print(f1.__code__ is f2.__code__, f1(0))
f1, f2 = lambda: 0, lambda: False
print(f1.__code__ is f2.__code__, f1(), f2())
f1, f2 = lambda: 0.0, lambda: -0.0
print(f1.__code__ is f2.__code__, f1(), f2())
f1, f2 = lambda: 1, lambda: 2
print(f1.__code__ is f2.__code__, f1(), f2())
f1, f2 = (lambda: (lambda: 1)), (lambda: (lambda: 1))
print(f1.__code__ is f2.__code__, f1()(), f2()())
print(compile("a = lambda: 1\nb = lambda: 1", "s", "exec").co_consts[0] is compile("a = lambda: 1\nb = lambda: 1", "s", "exec").co_consts[0])
co = compile("f1, f2, f3 = lambda: 1, lambda: 2, lambda: 1", "s", "exec")
print([type(c).__name__ for c in co.co_consts])
ns = {}
exec(co, ns)
print(ns['f1'](), ns['f2'](), ns['f3'](), ns['f1'].__code__ is ns['f3'].__code__)
