import sys
sys.setrecursionlimit(100)

class Loop:
    def __getattr__(self, name):
        return getattr(self, "x" + name)

try:
    Loop().a
except RecursionError:
    print("RecursionError from __getattr__")
