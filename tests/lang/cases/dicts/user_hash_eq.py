class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)
d = {P(1, 2): "a"}
print(d[P(1, 2)], P(1, 2) in d, P(2, 1) in d)
s = {P(1, 2), P(1, 2), P(3, 4)}
print(len(s))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
class Plain:
    pass
a, b = Plain(), Plain()
d = {a: 1, b: 2}
print(d[a], d[b], len(d))
class Unh:
    __hash__ = None
try:
    hash(Unh())
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2**70
print(hash(BigHash()) == hash(2**70))
class Inherit(P):
    pass
print(Inherit(1, 2) == P(1, 2), {Inherit(1, 2): 5}[P(1, 2)])
