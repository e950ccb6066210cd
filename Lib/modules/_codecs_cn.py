"""The cn CJK codecs (see _multibytecodec)."""

import _multibytecodec

_NAMES = frozenset(["gb2312", "gbk", "gb18030", "hz"])


def getcodec(encoding):
    return _multibytecodec._getcodec(encoding, _NAMES)
