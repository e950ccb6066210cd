# sys.exit() with a status: module objects are still finalized.
import sys
class A:
    def __del__(self):
        print("A del")
a = A()
sys.exit(3)
