# A generator whose frame holds an object with __del__.
import gc

class Handle:
    def __del__(self):
        print("handle released")

def produce():
    h = Handle()
    yield 1
    yield 2

g = produce()
print(next(g))
del g
print("generator dropped")
def exhaust():
    for v in produce():
        print("got", v)
    gc.collect()
    print("loop over")
exhaust()
print("end")
