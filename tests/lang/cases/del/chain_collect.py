# A chain of instances with __del__, each holding the next: CPython frees
# it level by level when the head goes; gc.collect() finishes what is
# left, the whole chain in one call, outermost first.
import gc
from collections import OrderedDict

deleted = []


class Node:
    def __init__(self, i, child):
        self.i = i
        self.child = child

    def __del__(self):
        deleted.append(self.i)


class NodeDict(OrderedDict):
    def __del__(self):
        deleted.append(self.i)


head = None
for i in range(60):
    head = Node(i, head)
del head
gc.collect()
print(deleted == list(range(59, -1, -1)), len(deleted))

deleted.clear()
obj = None
for i in range(40):
    obj = NodeDict([(None, obj)])
    obj.i = i
obj = None
gc.collect()
print(deleted == list(range(39, -1, -1)), len(deleted))

# Chains inside a list: every one is finalized, heads first.
deleted.clear()
holder = []
for k in range(3):
    n = None
    for i in range(5):
        n = Node(k * 10 + i, n)
    holder.append(n)
n = None
holder = None
gc.collect()
print(sorted(deleted), len(deleted))
print(gc.collect())
