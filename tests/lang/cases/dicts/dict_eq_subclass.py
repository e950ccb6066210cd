class D(dict):
    pass
class E(dict):
    def __eq__(self, o): return 'E.eq'
a, b = D(x=1), D(x=1)
print(dict.__eq__(a, b), dict.__eq__(a, {'x': 1}), dict.__eq__({'x': 1}, b), dict.__eq__(a, D(x=2)))
print(dict.__ne__(a, b), dict.__ne__(a, {'x': 2}), dict.__ne__({'x': 1}, b))
print(a == b, a != b, a == {'x': 1}, {'x': 1} == a, a == D(), a != D())
print(E(x=1) == {'x': 1}, {'x': 1} == E(x=1), dict.__eq__(E(x=1), {'x': 1}))
print(dict.__eq__(a, 1), dict.__ne__(a, [1]))
print(D(x=[1]) == D(x=[1]), D({1: 2}) == {1: 2.0})
class I(int): pass
class L(list): pass
print(int.__add__(1, I(2)), list.__eq__([1], L([1])), int.__eq__(I(3), I(3)), dict.__eq__(D(), E()))
