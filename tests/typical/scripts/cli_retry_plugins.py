"""Retry/backoff decorator with functools.wraps; plugin registry via __init_subclass__ and class decorators."""
import functools
import inspect
import itertools
import random


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def retry(times=3, exceptions=(TransientError,), backoff=0.5, factor=2.0, log=print):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            delay = backoff
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if attempt == times:
                        log("giving up on %s after %d attempts: %r" % (func.__name__, attempt, exc))
                        raise
                    log("attempt %d of %s failed (%s); sleeping %.2fs" % (attempt, func.__qualname__, exc, delay))
                    delay *= factor
        wrapper.retries = times
        return wrapper
    return decorator


def counting(func):
    calls = itertools.count(1)

    @functools.wraps(func)
    def inner(*a, **kw):
        inner.calls = next(calls)
        return func(*a, **kw)
    inner.calls = 0
    return inner


@retry(times=4)
@counting
def connect(host, port=443, *, fail_times=2, state={}):
    """Connect to host, failing the first fail_times attempts."""
    n = state[host] = state.get(host, 0) + 1
    if n <= fail_times:
        raise TransientError("connection refused (%s:%d try %d)" % (host, port, n))
    return "%s:%d connected after %d tries" % (host, port, n)


print(connect.__name__, connect.__doc__, connect.retries, connect.__wrapped__.__name__)
print(inspect.signature(connect))
print(connect("a.example"))
try:
    connect("b.example", 8443, fail_times=10)
except TransientError as e:
    print("final:", e, "| calls:", connect.__wrapped__.calls)


@retry(times=2, exceptions=(TransientError,))
def permanent():
    raise PermanentError("bad certificate")


try:
    permanent()
except PermanentError as e:
    print("not retried:", repr(e))


class Registry(dict):
    def register(self, name=None):
        def deco(cls):
            self[name or cls.__name__.lower()] = cls
            return cls
        return deco


CHECKS = Registry()


class Check:
    plugins = []
    severity = "info"

    def __init_subclass__(cls, severity=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if severity is not None:
            cls.severity = severity
        Check.plugins.append(cls)

    def __init__(self, target):
        self.target = target

    def run(self):
        raise NotImplementedError(type(self).__name__ + ".run")

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.target)


@CHECKS.register()
class Expiry(Check, severity="high"):
    def run(self):
        return self.target.get("days", 0) > 30


@CHECKS.register("weak-key")
class KeySize(Check):
    minimum = 2048

    def run(self):
        return self.target.get("bits", 0) >= self.minimum


class StrictKeySize(KeySize, severity="critical"):
    minimum = 4096


class Broken(Check):
    pass


print(sorted(CHECKS), [c.__name__ for c in Check.plugins])
print([(c.__name__, c.severity) for c in Check.plugins], Check.severity)
target = {"days": 40, "bits": 2048}
for cls in Check.plugins:
    inst = cls(target)
    try:
        print(inst, inst.run())
    except NotImplementedError as e:
        print(inst, "NotImplementedError:", e)
print(issubclass(StrictKeySize, KeySize), StrictKeySize.__mro__[1].__name__, Check.__subclasses__())
try:
    class Bad(Check, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


@functools.lru_cache(maxsize=2)
def lookup(host):
    print("  resolving", host)
    return len(host)


for h in ["a", "bb", "a", "ccc", "a", "bb"]:
    lookup(h)
print(lookup.cache_info())
lookup.cache_clear()
print(lookup.cache_info())
p = functools.partial(connect, port=9, fail_times=0)
print(p("p.example"), p.keywords, p.args, repr(functools.partial(max, 1))[:24])
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(max, [3, 9, 2], 0))


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


vs = [Version(x) for x in ["1.2", "1.10", "1.1.5", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("1.0") > Version("1.0"))


@functools.singledispatch
def describe(x):
    return "thing %r" % (x,)


@describe.register(int)
def _(x):
    return "int %d" % x


@describe.register(list)
def _(x):
    return "list of %d" % len(x)


print(describe(3), describe([1, 2]), describe("s"), describe(True))
rng = random.Random(42)
print([rng.randint(1, 100) for _ in range(5)], rng.choice("abcdef"), round(rng.random(), 6))
print(rng.sample(range(100), 4), rng.uniform(1, 2) < 2)
seq = list(range(10))
rng.shuffle(seq)
print(seq, rng.getrandbits(16), rng.randrange(0, 100, 5), rng.choices("ab", k=4) if hasattr(rng, "choices") else "")
