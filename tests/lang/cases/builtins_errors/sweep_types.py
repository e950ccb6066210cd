# Every builtin of CPython 3.6 called with arguments of the wrong type: an
# instance of a plain class, None, a float, bytes.
from argcheck import o, sweep

sweep([(o,), (o, o), (None,), ('a', None), (1.5,), (b'x', 'y')])
