# Bound methods compare and hash by their function and by the equality
# and hash of the object they are bound to (CPython 3.6).
class Point:
    def __init__(self, x):
        self.x = x
    def f(self):
        return self.x
    def g(self):
        pass
    def __eq__(self, other):
        return self.x == other.x
    def __hash__(self):
        return self.x

class Sub(Point):
    pass

p1, p2 = Point(1), Point(2)
print(p1.f == p1.f, p1.f == p2.f, p1.f == p1.g, p1.f == Point(1).f)
print(hash(p1.f) == hash(p1.f), hash(p1.f) == hash(Point(1).f))
print(Point.f == p1.f, Sub.f == Point.f, hash(Sub.f) == hash(Point.f))
print(len({p1.f, Point(1).f, p2.f}))
print(Sub(1).f == p1.f)

class NoHash(list):
    def m(self):
        pass
try:
    hash(NoHash().m)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)

class Plain:
    def m(self):
        pass
x = Plain()
print(hash(x.m) == hash(x.m), x.m == x.m, x.m == Plain().m)
print([].append == [].append, hash(len) == hash(len))

class T(tuple):
    pass
print(hash(T((1, 2))) == hash((1, 2)))
try:
    hash(T(([],)))
except TypeError as e:
    print("TypeError:", e)
class D(dict):
    pass
try:
    hash(D())
except TypeError as e:
    print("TypeError:", e)
