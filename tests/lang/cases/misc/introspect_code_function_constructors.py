# types.CodeType and types.FunctionType called: a code object rebuilt
# with a __class__ cell, a function from it with a closure, and the
# constructors' argument errors.
from types import FunctionType, CodeType
import sys


def second_item(self, i):
    return "via super: %s" % super().__getitem__(i)


def cell_holding(value):
    __class__ = value
    return (lambda: __class__).__closure__


def with_class_cell(co):
    # the same code with one more free variable, __class__
    fields = [co.co_argcount, co.co_kwonlyargcount, co.co_nlocals,
              co.co_stacksize, co.co_flags, co.co_code, co.co_consts,
              co.co_names, co.co_varnames, co.co_filename, co.co_name,
              co.co_firstlineno, co.co_lnotab]
    return CodeType(*fields, co.co_freevars + ('__class__',), co.co_cellvars)


class Seq(list):
    pass


code = with_class_cell(second_item.__code__)
print(code.co_freevars, bool(code.co_flags & 0x40))
Seq.__getitem__ = FunctionType(code, globals(), "__getitem__", None,
                               cell_holding(Seq))
fn = Seq.__getitem__
print(fn.__closure__[0].cell_contents is Seq, fn.__name__, fn.__qualname__)
print(Seq([1, 2])[1])


def f(a, b=2):
    return a + b


g = FunctionType(f.__code__, {}, None, (5,))
print(g(1), g.__name__, g.__globals__, g.__defaults__)
print(FunctionType(code=f.__code__, globals={}, name="h").__name__)
for bad in [(1, {}), (f.__code__, 1), (f.__code__, {}, 3),
            (f.__code__, {}, None, 3), (f.__code__, {}, None, None, (1,)),
            (code, {}), (code, {}, None, None, (1,))]:
    try:
        FunctionType(*bad)
    except Exception as e:
        print(type(e).__name__, e)
c = f.__code__
c2 = CodeType(c.co_argcount, c.co_kwonlyargcount, c.co_nlocals,
              c.co_stacksize, c.co_flags, c.co_code, c.co_consts, c.co_names,
              c.co_varnames, c.co_filename, "renamed", c.co_firstlineno,
              c.co_lnotab)
print(c2.co_name, bool(c2.co_flags & 0x40), FunctionType(c2, globals())(1, 1))
try:
    CodeType(1)
except TypeError as e:
    print(e)
try:
    sys.getrecursionlimit(42)
except TypeError as e:
    print(e)
