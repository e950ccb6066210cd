# the original hook is kept as sys.__excepthook__; restoring it prints
# the usual report
import sys

sys.excepthook = lambda *a: print("never")
sys.excepthook = sys.__excepthook__


def f():
    return int("x")


f()
