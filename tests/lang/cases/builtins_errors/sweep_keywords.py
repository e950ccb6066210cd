# Every builtin of CPython 3.6 called with an unknown keyword argument,
# with and without a positional one.
from argcheck import sweep

sweep([(), (1,)], bogus=1)
