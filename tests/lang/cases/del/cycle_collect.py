# Objects in reference cycles are finalized by gc.collect().
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("node", self.name, "collected")

a = Node("self-ref")
a.me = a
b = Node("b")
c = Node("c")
b.peer = c
c.peer = b
del a, b, c
print("before collect")
gc.collect()
print("after collect")
