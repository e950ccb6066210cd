srcs = [
    'x = )', 'def f(:\n  pass', 'if x\n  pass', 'for x in y\n', 'class C(\n', 'x = (1,\n',
    'f(x for x in y, 1)', 'f(a=1, b)', 'f(**k, *a)', 'f(a=1, a=2)', 'def f(a, a): pass',
    'def f(a=1, b): pass', 'def f(*): pass', 'lambda *: 0', 'x += 1, 2 = 3', '(a, b) += 1',
    '[a, b] += 1', 'f() = 1', 'None = 1', 'del f()', 'del (1, 2)', 'a + 1 = 2', 'x = yield = 1',
    '*a = 1', 'a, *b, *c = d', '*a, = 1' , 'print "hello"', 'exec "code"', 'x = 1 if 2',
    'return', 'yield 1', 'break', 'continue', 'def f():\n    nonlocal x', 'nonlocal x',
    'def f(x):\n    global x', 'x = [i for i in range(3) if i else 0]', '1 = x', '"s" = 1',
    'True = 1', '__debug__ = 1', 'f(x) += 1', 'lambda: (yield)', 'a.b.c += ', 'import',
    'from x import', 'from . import *\n', 'def f():\n    from os import *', 'class C:\n    return 1',
    '@\ndef f(): pass', '@x\nclass', 'with a as : pass', 'try:\n    pass\n', 'try:\n    pass\nfinally',
    'else: pass', 'x = 0777', 'x = 1__0', 'x = 0b2', 'x = 0o8', 'x = 1e', 'x = 0x', '$', 'a ? b',
    'x = "abc', "x = '''abc", 'x = 1\n  y = 2', 'if 1:\npass', 'if 1:\n    x\n  y', 'if 1:\n\tx\n        y',
    'async def f():\n    yield from x', 'def f():\n    await x', 'f(**x, *y)', 'f(*x, **y, z)',
    'x = {**a for a in b}', 'x = [*a for a in b]', 'def f(a, *, **k): pass', 'def f(**k, a): pass',
    'from __future__ import braces', 'from __future__ import nope', 'x = 1\nfrom __future__ import division',
    'a = 1 +', '(', ')', 'x = [1, 2', 'x = {1: 2', "f'{'", "f'{}'", "f'}'", "f'{a!x}'", "f'{a b}'",
    'def f(x):\n    del x\n    def g(): return x', 'class C:\n    nonlocal x', 'for x in range(3):\n    pass\ncontinue',
    'def f():\n    x = 1\n    global x', 'b"\\xff\\xzz"', 'b"é"', '"\\x4"', '"\\U00110000"', 'u"x" b"y"',
]
for src in srcs:
    try:
        compile(src, 'case.py', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))
