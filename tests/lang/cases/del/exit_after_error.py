# An uncaught exception: the traceback, then module objects finalized.
import sys
class A:
    def __del__(self):
        print("A del")
a = A()
print("raising")
raise KeyError("x")
