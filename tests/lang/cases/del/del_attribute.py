# __del__ reads the object's state; nested objects go in turn.
class Inner:
    def __del__(self):
        print("inner finalized")

class Outer:
    def __init__(self):
        self.inner = Inner()
        self.values = [1, 2, 3]
    def __del__(self):
        print("outer finalized with", sum(self.values))

o = Outer()
del o
import gc
gc.collect()
print("end")
