# Comparing containers that hold themselves ends in RecursionError, as in
# CPython, instead of exhausting the interpreter's stack; deep but finite
# nesting compares normally, and the interpreter stays usable after.
import copy

a = []
a.append(a)
b = copy.deepcopy(a)
for name, compare in [("list ==", lambda: a == b), ("list <", lambda: a < b),
                      ("tuple ==", lambda: (1, a) == (1, b))]:
    try:
        print(name, compare())
    except RecursionError as e:
        print(name, "RecursionError", e)

d = {}
d["x"] = d
e = {}
e["x"] = e
try:
    print(d == e)
except RecursionError as exc:
    print("dict RecursionError", exc)

x, y = [1], [1]
for i in range(200):
    x, y = [x], [y]
print(x == y, x != y)
print(a == a, [a] == [a], d == d)
print([1, [2, (3, 4)]] == [1, [2, (3, 4)]], (1, 2) < (1, 3), {"a": [1]} == {"a": [1]})
