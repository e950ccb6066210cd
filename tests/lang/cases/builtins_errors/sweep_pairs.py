# Every builtin of CPython 3.6 called with two and three arguments of
# mismatched types.
from argcheck import o, sweep

sweep([(1, o), ('a', 1), ([], 'x'), (o, 1, 2), ('a', 'b', 'c'), (1, 2.5)])
