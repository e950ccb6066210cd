class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
t = Tags([3, 1])
t.add_all(2, 5)
print(t, len(t), 2 in t, t | {9}, type(t | {9}).__name__, t == {1, 2, 3, 5}, sorted(t))
class Frozen(frozenset):
    def total(self):
        return sum(self)
f = Frozen([1, 2, 3])
print(f, f.total(), hash(f) == hash(frozenset([1, 2, 3])), {f: 1}[frozenset({1, 2, 3})])
