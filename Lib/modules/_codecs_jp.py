"""The jp CJK codecs (see _multibytecodec)."""

import _multibytecodec

_NAMES = frozenset(["shift_jis", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213", "shift_jis_2004", "shift_jisx0213"])


def getcodec(encoding):
    return _multibytecodec._getcodec(encoding, _NAMES)
