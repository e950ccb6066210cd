import sys
class Ctx:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self): print("enter", self.name); return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow
with Ctx("a") as a, Ctx("b") as b:
    print("body", a, b)
with Ctx("s", True):
    raise ValueError("x")
print("after swallow")
try:
    with Ctx("n"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)
def f():
    with Ctx("r"):
        return "ret"
print(f())
for i in range(2):
    with Ctx("loop%d" % i):
        if i == 0:
            continue
        break
import contextlib
@contextlib.contextmanager
def cm(x):
    print("setup", x)
    try:
        yield x * 2
    except ZeroDivisionError:
        print("handled")
    finally:
        print("teardown")
with cm(2) as v:
    print("v", v)
with cm(3):
    1 / 0
with contextlib.suppress(KeyError):
    {}["x"]
print(sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    print(sys.exc_info()[0].__name__)
    try:
        raise TypeError("inner")
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
