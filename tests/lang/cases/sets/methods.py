s = {1, 2}
s.add(3); s.add(1)
print(s, len(s))
s.discard(5); s.discard(1)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), s)
s.clear()
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
s = {1, 2, 3}
print(s.union([4], (5,)), s.intersection([2, 3, 9], {3}), s.difference([1]), s.symmetric_difference([3, 4]))
print(s.issubset([1, 2, 3, 4]), s.issuperset([1]), s.isdisjoint({7}), s.isdisjoint([1]))
t = s.copy(); t.update([7, 8], {9})
print(t, s)
t.intersection_update([7, 8, 1]); print(t)
t.difference_update({7}); print(t)
t.symmetric_difference_update([8, 100]); print(t)
print(frozenset([1, 2]).union([3]), frozenset([1]).copy())
try:
    frozenset().add(1)
except AttributeError as e:
    print(e)
try:
    set(1)
except TypeError as e:
    print(e)
try:
    set([1], [2])
except TypeError as e:
    print(e)
