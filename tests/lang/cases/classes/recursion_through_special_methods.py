# Special methods that recurse without end raise RecursionError; the
# interpreter survives and keeps working afterwards.
import sys

class Loop:
    pass
Loop.__call__ = Loop()      # calling an instance calls an instance ...
try:
    Loop()()
except RecursionError as e:
    print("call:", e)

class Chain:
    def __init__(self, depth):
        self.depth = depth
    def __call__(self):
        return Chain(self.depth + 1)()
try:
    Chain(0)()
except RecursionError as e:
    print("chain: RecursionError")

class Attr:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Attr().y
except RecursionError:
    print("getattr: RecursionError")

class Equal:
    def __eq__(self, other):
        return self == other
try:
    Equal() == 1
except RecursionError:
    print("eq: RecursionError")

class Length:
    def __len__(self):
        return len(self)
try:
    len(Length())
except RecursionError:
    print("len: RecursionError")

class Hashing:
    def __hash__(self):
        return hash(self)
try:
    hash(Hashing())
except RecursionError:
    print("hash: RecursionError")

class Truthy:
    def __bool__(self):
        return bool(self)
try:
    bool(Truthy())
except RecursionError:
    print("bool: RecursionError")

class Items:
    def __getitem__(self, i):
        return self[i]
try:
    Items()[0]
except RecursionError:
    print("getitem: RecursionError")

class Iterating:
    def __iter__(self):
        return iter(self)
try:
    iter(Iterating())
except RecursionError:
    print("iter: RecursionError")

class Indexing:
    def __index__(self):
        return [0][self]
try:
    [1, 2][Indexing()]
except RecursionError:
    print("index: RecursionError")

class Sorting:
    def __lt__(self, other):
        return sorted([self, other])[0] is self
try:
    sorted([Sorting(), Sorting()])
except RecursionError:
    print("sorted: RecursionError")

def mapped(x):
    return list(map(mapped, [x]))
try:
    mapped(1)
except RecursionError:
    print("map: RecursionError")

# The limit still applies after all that, and normal code runs.
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(500), sys.getrecursionlimit())
