# a hook that raises: both reports, the hook's first
import sys


def hook(kind, value, tb):
    raise ValueError("the hook failed on %s" % kind.__name__)


sys.excepthook = hook
print("before")
{}["missing"]
