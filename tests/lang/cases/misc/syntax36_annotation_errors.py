# The syntax errors of PEP 526 annotations: msg, lineno, offset and text,
# one compile() each.
cases = [
    "x, y: int",
    "[x]: int",
    "f(): int",
    "(x, y): int",
    "a, b: int = 1",
    "1: int",
    "lambda: x: int",
    "x: int = 1, 2",
    "x: int: int",
    "x += 1: int",
    "x: yield",
    "x: *a",
    "x: int = *a",
    "for x: int in y: pass",
    "x: int\n\n(y, z): int",
    "global x\nx: int",
    "global x\nx: int = 1",
    "x: int\nglobal x",
    "def f():\n    global x\n    x: int",
    "def f():\n    x: int = 1\n    global x",
    "def f():\n    x: int\n    global x",
    "def f():\n    nonlocal x\n    x: int",
    "def g():\n    x = 1\n    def f():\n        nonlocal x\n        x: int",
    "def g():\n    x = 1\n    def f():\n        x: int\n        nonlocal x",
    "def f():\n    global x\n    (x): int",
    "class C:\n    global x\n    x: int",
    "def f(x):\n    global x\n    x: int",
    "x.y: int",
    "x[0]: int = 1",
    "(x): int",
    "x: int = yield",
    "def f():\n    x: int = (yield)",
    "None: int",
    "x.None: int",
    "(yield): int",
    "x: int; y: str = 'a'",
]
for src in cases:
    try:
        compile(src, '<annotations>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
