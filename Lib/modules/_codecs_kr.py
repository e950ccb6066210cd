"""The kr CJK codecs (see _multibytecodec)."""

import _multibytecodec

_NAMES = frozenset(["euc_kr", "cp949", "johab"])


def getcodec(encoding):
    return _multibytecodec._getcodec(encoding, _NAMES)
