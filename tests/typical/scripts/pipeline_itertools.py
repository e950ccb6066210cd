import functools
import itertools
import operator

LOG = """\
2024-01-01 10:00:01 INFO conn 10.0.0.1 TLSv1.3 ok
2024-01-01 10:00:02 WARN conn 10.0.0.2 TLSv1.2 weak-cipher
2024-01-01 10:00:02 INFO conn 10.0.0.1 TLSv1.3 ok
2024-01-01 10:01:00 ERROR conn 10.0.0.3 TLSv1.0 handshake-failure
2024-01-01 10:01:30 INFO conn 10.0.0.4 TLSv1.3 ok
2024-01-01 10:02:00 ERROR conn 10.0.0.3 TLSv1.0 handshake-failure
"""


def parse(lines):
    for line in lines:
        if not line.strip():
            continue
        date, clock, level, _, ip, version, result = line.split()
        yield {"time": clock, "level": level, "ip": ip, "version": version, "result": result}


def only(level):
    def filt(records):
        return (r for r in records if r["level"] == level)
    return filt


def compose(*funcs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), funcs)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print("  call %s%r -> %r" % (func.__name__, args, result))
        return result
    return wrapper


@logged
def score(version):
    """Score a TLS version."""
    return {"TLSv1.3": 3, "TLSv1.2": 2}.get(version, 0)


def main():
    records = list(parse(LOG.splitlines()))
    print("records:", len(records))
    errors = compose(only("ERROR"), list)(records)
    print("errors:", [r["ip"] for r in errors])
    key = operator.itemgetter("version")
    for version, group in itertools.groupby(sorted(records, key=key), key=key):
        print(version, len(list(group)))
    minutes = [r["time"][:5] for r in records]
    print("per minute:", [(k, len(list(g))) for k, g in itertools.groupby(minutes)])
    print("first three ips:", list(itertools.islice((r["ip"] for r in records), 3)))
    print("pairs:", list(itertools.combinations(sorted({r["ip"] for r in records})[:3], 2)))
    print("chain:", list(itertools.chain([1, 2], (3, 4), "ab")))
    print("zip_longest:", list(itertools.zip_longest("abc", range(2), fillvalue="-")))
    print("accumulate:", list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
    print("counter:", list(zip(itertools.count(10, 5), "xyz")))
    print("product:", ["".join(p) for p in itertools.product("ab", repeat=2)])
    print("starmap:", list(itertools.starmap(pow, [(2, 3), (3, 2)])))
    print("takewhile:", list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
    print("dropwhile:", list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
    print("compress:", list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
    print("cycle:", list(itertools.islice(itertools.cycle("ab"), 5)))
    print("tee:", [list(t) for t in itertools.tee([1, 2], 2)])
    print("fib(60):", fib(60), fib.cache_info().hits > 0)
    total = sum(score(r["version"]) for r in records[:3])
    print("total score:", total, score.__name__, score.__doc__)
    add3 = functools.partial(operator.add, 3)
    print("partial:", add3(4), add3.args, list(map(add3, range(3))))
    print("reduce:", functools.reduce(operator.mul, range(1, 8), 1))

    @functools.total_ordering
    class Version:
        def __init__(self, s):
            self.parts = tuple(int(x) for x in s.split("."))

        def __eq__(self, other):
            return self.parts == other.parts

        def __lt__(self, other):
            return self.parts < other.parts

        def __repr__(self):
            return "Version(%s)" % ".".join(map(str, self.parts))

    vs = sorted(Version(v) for v in ["1.10", "1.2", "1.9.1", "0.9"])
    print("sorted versions:", vs, Version("2.0") >= Version("1.99"))
    print("max by key:", max(records, key=lambda r: (r["level"], r["time"]))["time"])


main()
