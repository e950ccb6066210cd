# Every builtin of CPython 3.6 called with no arguments and with too many.
from argcheck import sweep

sweep([(), (1, 2, 3, 4, 5, 6, 7)])
