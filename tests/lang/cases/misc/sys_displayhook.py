import sys, io, builtins
print([hasattr(sys, n) for n in ('displayhook', '__displayhook__', 'excepthook', '__excepthook__')])
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
old = sys.stdout
sys.stdout = buf = io.StringIO()
r = sys.displayhook(42)
r2 = sys.displayhook(None)
sys.stdout = old
print(repr(buf.getvalue()), r, r2, builtins._)
builtins._ = 'keep'
sys.displayhook(None); print(builtins._)
sys.displayhook('a\nb'); print(builtins._)
try: sys.displayhook()
except TypeError as e: print(e)
del builtins._
class R:
    def __repr__(self): raise ValueError('boom')
try: sys.displayhook(R())
except ValueError as e: print(e, hasattr(builtins, '_'))
try:
    raise KeyError('k')
except KeyError:
    sys.stdout.flush()
    sys.__excepthook__(*sys.exc_info())
