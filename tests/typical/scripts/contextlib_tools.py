import contextlib
import io
import os
import sys
import tempfile
import time


@contextlib.contextmanager
def timer(label, log):
    start = time.monotonic()
    try:
        yield
    finally:
        elapsed = time.monotonic() - start
        log.append("%s took %s" % (label, "<1s" if elapsed < 1 else ">=1s"))


@contextlib.contextmanager
def pushd(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(old)


class Resource:
    def __init__(self, name, events):
        self.name = name
        self.events = events

    def __enter__(self):
        self.events.append("open " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.events.append("close %s (%s)" % (self.name, exc_type.__name__ if exc_type else "ok"))
        return False


def main():
    log = []
    with timer("sleep", log):
        time.sleep(0.01)
    print(log)

    with tempfile.TemporaryDirectory() as d:
        with pushd(d) as p:
            print("inside tempdir:", os.getcwd() == os.path.realpath(p))
            with open("hello.txt", "w") as f:
                f.write("hi\n")
            print(sorted(os.listdir(".")))
        print("back:", os.getcwd() != os.path.realpath(d))

    events = []
    with contextlib.ExitStack() as stack:
        for n in ("a", "b", "c"):
            stack.enter_context(Resource(n, events))
        stack.callback(events.append, "callback ran")
    print(events)

    events = []
    try:
        with Resource("x", events), Resource("y", events):
            raise KeyError("boom")
    except KeyError as e:
        print("caught", repr(e))
    print(events)

    with contextlib.suppress(FileNotFoundError):
        os.remove("/nonexistent/file/really")
    print("suppressed")

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print("captured line 1")
        print("captured", 2)
    print("captured text:", repr(buf.getvalue()))

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        print("to stderr", file=sys.stderr)
    print("stderr text:", err.getvalue().strip())

    with contextlib.closing(io.BytesIO(b"data")) as b:
        print(b.read())
    print("closed:", b.closed)


main()
