# uncaught KeyboardInterrupt-like and SystemExit forms, exception in __repr__
import sys
class BadRepr:
    def __repr__(self):
        raise RuntimeError('repr failed')
try:
    print([BadRepr()])
except RuntimeError as e:
    print('caught', e)
def f():
    raise TypeError('with\nnewline')
try:
    f()
except TypeError as e:
    print(repr(e), str(e))
class E(Exception):
    def __str__(self):
        return 'custom str'
try:
    raise E('ignored')
except E as e:
    print(e, repr(e))
print('before')
sys.stdout.flush()
raise E('x') from KeyError('cause')
