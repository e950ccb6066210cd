"""The hk CJK codecs (see _multibytecodec)."""

import _multibytecodec

_NAMES = frozenset(["big5hkscs"])


def getcodec(encoding):
    return _multibytecodec._getcodec(encoding, _NAMES)
