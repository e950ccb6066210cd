# sys.tracebacklimit cuts the report of an uncaught exception to its
# last entries, chained exceptions included
import sys

sys.tracebacklimit = 2


def inner():
    raise OSError(2, "not found")


def middle():
    inner()


def outer():
    try:
        middle()
    except OSError as e:
        raise RuntimeError("wrapped") from e


outer()
