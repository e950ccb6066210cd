"""The interpreter's codecs as a package, for scripts that import it.

Written for gpython-ssl from CPython 3.6's documented behaviour. The
codecs themselves are Go code behind _codecs; this package gives the
names scripts reach for: normalize_encoding, search_function (the
search function the codecs module registers first) and the idna
submodule.
"""

import codecs as _codecs_module


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Each run of characters other than letters, digits and '.' becomes
    one '_' (none at either end); case is kept."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    words = []
    current = []
    for ch in encoding:
        if ch.isalnum() or ch == ".":
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return "_".join(words)


# search_function's answers by the name asked, None included (tests of
# CPython's drop their codecs' entries from it)
_cache = {}


def search_function(encoding):
    """The CodecInfo of one of the interpreter's codecs, None for any
    other name."""
    if encoding in _cache:
        return _cache[encoding]
    info = _cache[encoding] = _codecs_module._builtin_search(encoding)
    return info
