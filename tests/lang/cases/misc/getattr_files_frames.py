import sys
print(getattr(ValueError('x'), '__context__', None), getattr(ValueError, '__qualname__'), getattr(ValueError('x'), 'zz', 'dflt'))
def f(): pass
print(f in [f], f == f, f != (lambda: 0), [f].index(f), (f,).count(f))
print(sys.stdout.name, sys.stderr.name)
e = SyntaxError("m", ("f.py", 1, 2, "x"))
print(e.msg, e.filename, e.lineno, e.offset, e.text, str(e))
fr = sys._getframe()
def g(): return sys._getframe(1).f_lineno, sys._getframe().f_back.f_code.co_name
print(g())
import os
p = "_append_tmp.txt"
if os.path.exists(p): os.remove(p)
with open(p, "a") as fh:
    fh.write("abc")
    print(fh.tell())
with open(p) as fh:
    fh.seek(1)
    print(fh.read(), fh.tell())
os.remove(p)
