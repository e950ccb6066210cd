import sys
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque, ChainMap
print(sys._getframe().f_code.co_name, sys._getframe(0).f_globals["__name__"])
def f():
    return sys._getframe(1).f_code.co_name
print(f())
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, isinstance(p, tuple), Point)
x, y = p
print(x + y, p == (1, 2), hash(p) == hash((1, 2)), len(p), sorted([Point(2, 1), Point(1, 2)]))
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(e)
print(namedtuple("R", ["def", "x"], rename=True)._fields)
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict([("x", 1)]) == OrderedDict([("x", 1)]), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict())
dd = defaultdict(list)
dd["a"].append(1); dd["b"]; dd["a"].append(2)
print(dd, dd["a"], len(dd), dict(dd), defaultdict(int)["x"], isinstance(dd, dict))
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"], sorted(c.elements())[:4], sum(c.values()))
c.update("aaz"); c.subtract({"a": 1})
print(c["a"], c["z"], Counter(a=3) + Counter(a=1, b=2), Counter(a=3) - Counter(a=1, b=2), Counter(a=1) | Counter(a=3), Counter(a=2, b=1) & Counter(a=1))
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, len(d), d[0], d.popleft(), d.pop(), d)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extendleft([7, 8]); print(d, list(reversed(d)), 7 in d)
try:
    deque().pop()
except IndexError as e:
    print(e)
print(deque(), deque("ab"), deque([1], maxlen=2) == deque([1]))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0), "b" in cm)
cm["c"] = 4; print(cm.maps[0], cm.new_child({"z": 0})["z"], cm.parents)
