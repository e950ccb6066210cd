# A coroutine object finalized before it started warns "coroutine
# '<qualname>' was never awaited" (RuntimeWarning) at the line running
# when its last reference goes: an expression statement, del, a rebound
# name, a function's return, a builtin call's argument, a list item
# popped; a closed or awaited one does not warn, nor one dropped while an
# exception is raised; a warning turned into an
# error is reported as unraisable; one still alive at the end warns from
# "sys:1".
import gc
import io
import re
import sys
import warnings


def mark(s):
    sys.stderr.write(s + "\n")


async def foo(x=0):
    return x


class K:
    async def meth(self):
        pass


async def a_very_long_coroutine_function_name_of_more_than_fifty_characters():
    pass


def make():
    foo()
    mark("in make")


make()
mark("after make")
c = foo()
del c
mark("after del")
c = foo(1)
c = None
mark("after rebind")
K().meth()
mark("after meth")


def ret():
    d = foo(3)


ret()
mark("after ret")
repr(foo())
mark("after builtin arg")
lst = [foo(6)]
lst.pop()
mark("after pop")
a_very_long_coroutine_function_name_of_more_than_fifty_characters()
mark("after long name")

e = foo(4)
e.close()
del e
mark("after close")


async def outer():
    return await foo(5)


try:
    outer().send(None)
except StopIteration as exc:
    print("awaited:", exc.value)
mark("after awaited")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    foo(7)
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)

warnings.simplefilter("error")
saved, sys.stderr = sys.stderr, io.StringIO()
try:
    foo(8)
    mark("after error filter")
finally:
    warnings.resetwarnings()
    got, sys.stderr = sys.stderr.getvalue(), saved
print(re.sub(" at 0x[0-9a-f]+>", " at ADDRESS>", got), end="")

try:
    iter(foo())
except TypeError as exc:
    print("TypeError:", exc)


def raising_call():
    try:
        len(foo())
    except TypeError:
        pass


raising_call()
gc.collect()
mark("after raising calls: no warning")

keep = foo(9)
mark("end")
