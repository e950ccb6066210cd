"""The operators of the language as functions (operator's own objects).

operator.add(x, y) computes x + y, operator.itemgetter(1) fetches item 1,
and so on; each name also exists with the dunder spelling (__add__)."""

# CPython writes these in C and operator.py re-exports them.  Here
# operator.py holds the one implementation; this module hands out the very
# same objects under the accelerator's name, for code that imports it.

import operator as _source
from hmac import compare_digest as _compare_digest


def _publish(namespace):
    # the plain names only: the dunder aliases are operator.py's own
    for name in _source.__all__:
        namespace[name] = getattr(_source, name)


_publish(globals())
del _publish, _source
