"""The tw CJK codecs (see _multibytecodec)."""

import _multibytecodec

_NAMES = frozenset(["big5", "cp950"])


def getcodec(encoding):
    return _multibytecodec._getcodec(encoding, _NAMES)
