# sys.tracebacklimit = 0 leaves only the last line
import sys

sys.tracebacklimit = 0


def f():
    return 1 / 0


f()
