"""The iso2022 CJK codecs (see _multibytecodec)."""

import _multibytecodec

_NAMES = frozenset(["iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext"])


def getcodec(encoding):
    return _multibytecodec._getcodec(encoding, _NAMES)
