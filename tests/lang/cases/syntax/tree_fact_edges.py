# The compiler skips some whole-tree searches when the parser saw nothing
# they look for; each error and warning below sits at the edge of a skip.
import warnings


def try_compile(label, src):
    try:
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter("always")
            compile(src, "<edge>", "exec")
        print(label, "ok", [str(w.message) for w in ws])
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno, e.offset)


def nested(kind, n):
    lines = []
    for i in range(n):
        lines.append(" " * i + kind)
    lines.append(" " * n + "pass")
    return "\n".join(lines) + "\n"


def nested_try(n):
    # Each try with except and finally opens two blocks around its body.
    lines = []
    for i in range(n):
        lines.append(" " * i + "try:")
    lines.append(" " * n + "pass")
    for i in reversed(range(n)):
        lines += [" " * i + "except E:", " " * i + " pass", " " * i + "finally:", " " * i + " pass"]
    return "\n".join(lines) + "\n"


try_compile("future first", "from __future__ import division\nx = 1\n")
try_compile("future late", "x = 1\nfrom __future__ import division\n")
try_compile("future after future", "from __future__ import division\nx = 1\nfrom __future__ import generators\n")
try_compile("future module name", "import __future__\nprint(__future__.division)\n")
try_compile("future in def", "def f():\n    from __future__ import division\n")
try_compile("break in loop", "for x in y:\n    break\n")
try_compile("break stray", "x = 1\nbreak\n")
try_compile("break in while 0", "while 0:\n    pass\nelse:\n    break\n")
try_compile("break as text", "s = 'break'\n")
try_compile("20 loops", nested("while x:", 20))
try_compile("21 loops", nested("while x:", 21))
try_compile("10 try/except/finally", nested_try(10))
try_compile("11 try/except/finally", nested_try(11))
try_compile("with 20 items", "with " + ", ".join("a%d" % i for i in range(20)) + ":\n    pass\n")
try_compile("with 21 items", "with " + ", ".join("a%d" % i for i in range(21)) + ":\n    pass\n")
try_compile("with 11 in 2", "with " + ", ".join("a%d" % i for i in range(11)) + ":\n    with b, c, d, e, f, g, h, i, j, k:\n        pass\n")
try_compile("escape str", "x = '\\d'\n")
try_compile("escape bytes", "x = b'\\q'\n")
try_compile("escape raw", "x = r'\\d'\n")
try_compile("escape fine", "x = '\\n\\t\\x41'\n")
try_compile("escape later line", "x = 1\ny = '''a\nb\\w'''\n")
try_compile("stars operators", "x = 2 * 3 ** 2\n")
try_compile("stars call", "f(*a, **k)\n")
try_compile("stars kwonly", "def f(a, *, b):\n    return a * b\n")
try_compile("stars import", "from os import *\n")
print(eval("2 ** 3 * 4"), [*range(3)], {**{'a': 1}})
