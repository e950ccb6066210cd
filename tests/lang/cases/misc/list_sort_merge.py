# list.sort as a natural merge sort: stability with key= and reverse=,
# runs already in order, long inputs, errors part-way, a list changed
# while it is being sorted, and what a key function sees of the list.


class Rec:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return "%s%d" % (self.tag, self.k)


def tags(lst):
    return " ".join(repr(r) for r in lst)


recs = [Rec(i % 4, chr(97 + i % 26)) for i in range(30)]
print(tags(sorted(recs)))
print(tags(sorted(recs, reverse=True)))
print(tags(sorted(recs, key=lambda r: -r.k)))
print(tags(sorted(recs, key=lambda r: r.k, reverse=True)))

pairs = [(i % 5, i) for i in range(200)]
s = sorted(pairs, key=lambda p: p[0])
print(s[:6], s[-6:], all(s[i][1] < s[i + 1][1] for i in range(199) if s[i][0] == s[i + 1][0]))
s = sorted(pairs, key=lambda p: p[0], reverse=True)
print(s[:6], s[-6:])

# runs: ascending, strictly descending, both, long and short
for n in (0, 1, 2, 63, 64, 65, 300, 1000):
    up = list(range(n))
    down = up[::-1]
    mixed = up[: n // 2] + down[n // 2:] + [n // 3] * 5
    saw = [i % 17 for i in range(n)]
    for lst in (up, down, mixed, saw):
        want = sorted(lst, key=lambda v: v)
        got = list(lst)
        got.sort()
        print(n, got == want, got[:3], got[-3:])

words = ["pear", "Apple", "fig", "apple", "Fig", "kiwi", "banana"] * 20
print(sorted(words)[:8], sorted(words, key=str.lower)[:8])
print(sorted(words, key=len, reverse=True)[:6])
floats = [3.5, -1.0, 2, 7, 0.5, 2.0, True, False]
print(sorted(floats), sorted(floats, reverse=True))

# a comparison that raises part-way: the error, and the list afterwards
for lst in ([3, 1, "a", 2], [1, 2, "a"], [2, 1, 3, "a"], [5, 4, 3, None, 1], [1, 3, 2, 5, 4, "x", 0]):
    try:
        lst.sort()
    except TypeError as e:
        print("TypeError:", e, lst)
long_bad = list(range(40, 0, -1)) + ["x"]
try:
    long_bad.sort()
except TypeError as e:
    print("TypeError:", e, long_bad[:5], len(long_bad))


class Bad:
    def __lt__(self, other):
        raise ValueError("no order")


try:
    sorted([1, Bad()])
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2, 3].sort(key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# the list looks empty to a key function, and changing it is an error
seen = []
lst = [3, 1, 2]


def peek(v):
    seen.append(len(lst))
    return v


lst.sort(key=peek)
print(lst, seen)


def grow(v):
    lst.append(v)
    return v


lst = [3, 1, 2]
try:
    lst.sort(key=grow)
except ValueError as e:
    print("ValueError:", e, lst)


class Meddler:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v

    def __repr__(self):
        return "M%d" % self.v


box = []
box.extend([Meddler(2, box), Meddler(1, box), Meddler(3, box)])
try:
    box.sort()
except ValueError as e:
    print("ValueError:", e, box)


def clear_it(v):
    del lst[:]
    return v


lst = [2, 1]
lst.sort(key=clear_it)
print(lst)


def sort_inner(v):
    lst.sort()
    return v


lst = [3, 2, 1]
lst.sort(key=sort_inner)
print(lst)
try:
    [1, 2].sort(cmp=None)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(None)
except TypeError as e:
    print("TypeError:", e)
