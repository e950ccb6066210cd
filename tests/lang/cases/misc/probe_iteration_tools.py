import itertools, operator, functools
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.product("ab", repeat=2))[:3])
print(list(itertools.permutations([1, 2, 3], 2))[:4], list(itertools.combinations("abc", 2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.accumulate([1, 2, 3])))
print(list(itertools.zip_longest("ab", [1], fillvalue=0)), list(itertools.starmap(pow, [(2, 3)])))
print(functools.reduce(operator.mul, range(1, 6)), sorted(["b", "A", "c"], key=str.lower))
print(list(map(operator.itemgetter(1), [(1, 2), (3, 4)])), operator.attrgetter("real")(3))
print(list(zip(*[(1, "a"), (2, "b")])), list(enumerate("xy", 1)), list(reversed([1, 2, 3])))
print(any([]), all([]), any(x > 2 for x in [1, 3]), list(filter(None, [0, 1, "", "a"])))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted("bca", reverse=True), min([], default=5))
print([x * y for x in range(3) for y in range(x)], {x: x ** 2 for x in range(3)}, [[i] * i for i in range(3)])
nested = [[1, 2], [3], []]
print([y for x in nested for y in x], sum(nested, []), [len(x) for x in nested if x])
print(list(range(10, 0, -3)), range(5)[1:3], len(range(0, 100, 7)), 7 in range(0, 100, 7), range(3) == range(0, 3))
print(slice(1, 5, 2).indices(3), [1, 2, 3, 4][slice(None, None, -1)])
it = iter([1, 2]); print(next(it), next(it), next(it, "end"))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), 2 in Countdown(5), sorted(Countdown(3)))
