# Under generator_stop, a StopIteration escaping a generator that a for
# loop steps is a RuntimeError raised in the loop, with the
# StopIteration as its cause.
from __future__ import generator_stop
import sys
import traceback


def leaky():
    yield "a"
    raise StopIteration("leak")


def run():
    for v in leaky():
        print("got", v)


try:
    run()
except RuntimeError as err:
    print("RuntimeError", err, repr(err.__cause__))
    traceback.print_exc(file=sys.stdout)

try:
    print([v for v in leaky()])
except RuntimeError as err:
    print("listcomp", err)


def fine():
    yield 1
    return 2


print([v for v in fine()])
