# A warning turned into an error: the traceback ends at the code that
# warned (warnings.warn adds no frame of its own, as CPython's C one).
import traceback
import warnings

warnings.simplefilter("error")


def check(version):
    if version < 2:
        warnings.warn("version %d is old" % version, DeprecationWarning, stacklevel=2)


def load():
    check(1)


try:
    load()
except DeprecationWarning:
    traceback.print_exc()

try:
    warnings.warn_explicit("explicit", UserWarning, "conf.py", 12)
except UserWarning:
    traceback.print_exc()

load()
