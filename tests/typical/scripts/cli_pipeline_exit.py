"""A cert-processing pipeline built from generators and context managers, ending with sys.exit codes."""
import atexit
import contextlib
import io
import sys
import threading


class PipelineError(Exception):
    exit_code = 3


class Resource:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        if self.fail_on_exit:
            raise RuntimeError("close of %s failed" % self.name)
        return exc_type is KeyError


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines):
    for n, line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        host, _, days = line.partition(" ")
        try:
            yield host, int(days)
        except ValueError:
            raise PipelineError("line %d: bad days %r" % (n, days))


def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


def averager():
    count = total = 0
    try:
        while True:
            x = yield
            count += 1
            total += x
    except GeneratorExit:
        print("averager closed after", count)
        raise


def delegate(results):
    result = yield from running_total()
    results.append(result)


DATA = """# host days
www 30
mail 5

api 90
"""
print(list(parse(read_lines(DATA))))
rt = running_total()
next(rt)
print([rt.send(v) for v in (1, 2, 3)])
try:
    rt.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
res = []
d = delegate(res)
next(d)
d.send(10)
d.send(5)
try:
    d.send(None)
except StopIteration:
    pass
print("delegated:", res)
a = averager()
next(a)
a.send(4)
a.close()
g = (x * x for x in range(5))
print(next(g), list(g), list(g))


def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


for x in gen_with_finally():
    print("got", x)
    break
t = gen_with_finally()
next(t)
try:
    t.throw(ValueError("thrown in"))
except ValueError as e:
    print("throw propagated:", e)

with Resource("a"), Resource("b"):
    {}["missing"]
print("KeyError suppressed, still open:", Resource.opened)
try:
    with Resource("c", fail_on_exit=True):
        raise ValueError("inner")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource("s%d" % i)) for i in range(3)]
    stack.callback(print, "callback ran")
    print("in stack", [r.name for r in rs])
with contextlib.suppress(FileNotFoundError):
    open("/nonexistent/file")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print("buffer:", repr(buf.getvalue()))


@contextlib.contextmanager
def section(title):
    print("[%s]" % title)
    try:
        yield title.upper()
    except ZeroDivisionError:
        print("handled in section")
    finally:
        print("[/%s]" % title)


with section("calc") as s:
    print(s)
    1 / 0
with contextlib.closing(io.StringIO("x")) as f:
    print(f.read())
print(f.closed)

atexit.register(print, "atexit: second registered, runs first")
atexit.register(lambda: print("atexit: bye"))


def worker():
    try:
        raise PipelineError("worker thread failed")
    except PipelineError as e:
        print("worker caught:", e, e.exit_code)


th = threading.Thread(target=worker, name="Worker-1")
th.start()
th.join()
sys.stderr.flush()
try:
    list(parse(read_lines("ok 1\nbad x\n")))
except PipelineError as e:
    print("fatal:", e, file=sys.stderr)
    try:
        raise KeyError("during cleanup")
    except KeyError:
        pass
    sys.exit(e.exit_code)
