class T(tuple):
    def __eq__(self, o): return o == 2
    __hash__ = tuple.__hash__
class S(str):
    def __eq__(self, o): return o == 2
    __hash__ = str.__hash__
class I(int):
    def __eq__(self, o): return o == 2
    __hash__ = int.__hash__
for x in (T((1,)), S('a'), I(5)):
    l = [1, 2, 3, 2]
    print(type(x).__name__, x in l, l.count(x), l.index(x), l.index(x, 2), (1, 2).count(x), (1, 2).index(x))
    l.remove(x); print(l)
    print([x].count(2), 2 in [x], [x].index(2))
    try: [1].index(x)
    except ValueError as e: print(e)
    try: [1].remove(x)
    except ValueError as e: print(e)
for a in ((1, None), (1, 'a'), (1, 2**100), (1, -2**100), ()):
    try: print([1, 1].index(*a))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: list.count([], 1, 2)
except TypeError as e: print(e)
print(list.count([1, 1], 1), list.index([0, 1], 1))
