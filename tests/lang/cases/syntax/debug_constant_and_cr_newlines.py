# __debug__ is a compile-time constant; "\r" and "\r\n" end lines in
# compiled strings; a module's co_firstlineno is its first statement's.
import builtins
print(__debug__, type(__debug__).__name__)
saved = builtins.__debug__
setattr(builtins, '__debug__', 'changed')
print(__debug__, builtins.__debug__)
setattr(builtins, '__debug__', saved)
g = {'__debug__': 'global'}
exec("result = __debug__", g)
print(g['result'])
def f():
    return __debug__ and 'on'
print(f(), eval('__debug__'), [__debug__ for _ in range(2)])
if __debug__:
    print("debug branch")
assert __debug__

def show(src, mode='exec'):
    try:
        co = compile(src, 'fn', mode)
        print('ok', co.co_firstlineno)
        return co
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
for src in ("__debug__ = 1", "x = 1\n__debug__ += 1", "def f(__debug__): pass",
            "with x as __debug__: pass", "for __debug__ in y: pass",
            "f(__debug__=1)", "import os as __debug__", "def __debug__(): pass",
            "obj.__debug__ = 2", "del __debug__", "__debug__", "del x, __debug__"):
    show(src)

ns = {}
exec(show("a = 1\rb = a + 1\rdef f():\r    return b * 10\r"), ns)
print(ns['a'], ns['b'], ns['f']())
exec(show("c = 'x'\r\nd = c * 2\r\n"), ns)
print(ns['d'])
try:
    exec(compile("x = 1\r\ry = 1/0\r", "cr.py", "exec"))
except ZeroDivisionError as e:
    print("line", e.__traceback__.tb_next.tb_lineno)
for src in ("\n" * 5 + "spam", "", "\n\n", "\n\n# c\n\nimport os", "\n\n@d\ndef f(): pass",
            "\n\nclass A: pass", "\n\nx: int = 3", "'doc'\nx = 1"):
    show(src)
