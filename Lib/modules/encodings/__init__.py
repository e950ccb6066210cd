"""The interpreter's codecs as a package, for scripts that import it.

Written for gpython-ssl from CPython 3.6's documented behaviour. The
codecs themselves are Go code behind _codecs; this package gives the
names scripts reach for: normalize_encoding, search_function (the
search function the codecs module registers first), the aliases table
and a submodule for each codec (encodings.utf_8, encodings.cp1252...,
with getregentry() and the coder classes), made on first import.
"""

import codecs as _codecs_module
import sys as _sys


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


# --- the codec submodules ---------------------------------------------------
# Modules with a file of their own (idna, rot_13, aliases) are imported as
# any other; every other codec's module is made on demand by the finder
# below, from the CodecInfo the interpreter's codecs give.

_OWN_FILES = frozenset(["aliases", "idna", "rot_13"])

# codecs that are not a 256-entry table (the others get decoding_table
# and encoding_table as CPython's charmap modules have them)
_NOT_TABLES = frozenset([
    "ascii", "charmap", "idna", "punycode", "raw-unicode-escape",
    "unicode-escape", "undefined", "unicode-internal", "utf-7", "utf-8",
    "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
    "utf-32-be", "hex", "base64", "quopri", "zlib", "uu", "bz2", "rot-13"])

_names = []


def _module_names():
    """The names of the codec modules made on demand."""
    if not _names:
        import _cjkcodecs
        import _codecs
        names = set(_cjkcodecs.names())
        names.update(_codecs_module._encodings_module(codec)
                     for _, codec in _codecs._names())
        # iso8859-1 has two modules, latin_1 and the charmap iso8859_1;
        # the Windows-only ones refuse to load, as on Linux in 3.6
        names.update(["iso8859_1", "undefined", "unicode_internal",
                      "mbcs", "oem", "cp65001"])
        _names.append(frozenset(names - _OWN_FILES))
    return _names[0]


def _decoding_table(name):
    chars = []
    for byte in range(256):
        try:
            chars.append(bytes([byte]).decode(name))
        except UnicodeDecodeError:
            chars.append("\ufffe")
    return "".join(chars)


# the modules CPython 3.6's modules of the bytes-to-bytes codecs import
_CODEC_IMPORTS = {"base64": "base64", "bz2": "bz2", "hex": "binascii",
                  "quopri": "quopri", "uu": "binascii", "zlib": "zlib"}


def _import_into(namespace, name):
    namespace[name] = __import__(name)


def _first(coder):
    """coder(input, errors) with only its output: the punycode module's
    punycode_encode(text) and punycode_decode(text, errors)."""
    def whole(input, errors="strict"):
        return coder(input, errors)[0]
    return whole


def _fill_codec_module(module, short=None):
    """Give module (encodings.<short>, short by default the last part of
    its name) what CPython 3.6's module of that codec defines:
    getregentry(), the coder classes (or, for a UTF codec, functions) and
    the codec's own extras. The codec modules made on demand are filled
    by this alone; those with a file of their own (idna, rot_13) call it
    first, naming themselves (they may run as __main__), and add their
    extras."""
    if short is None:
        short = module.__name__.rpartition(".")[2]
    if short in ("mbcs", "oem"):
        raise ImportError("cannot import name '%s_encode'" % short)
    codecs = _codecs_module
    info = codecs.lookup(short)  # LookupError for cp65001, as in 3.6
    g = module.__dict__
    g["codecs"] = codecs
    # the coders getregentry() gives: a Codec instance's methods where
    # the module has a Codec class, as in 3.6, but the interpreter's for
    # a UTF codec and a bytes-to-bytes one (3.6's are the codec's
    # functions there)
    coders = [info.encode, info.decode]

    def getregentry():
        return codecs.CodecInfo(
            coders[0], coders[1], info.streamreader, info.streamwriter,
            info.incrementalencoder, info.incrementaldecoder, name=info.name,
            _is_text_encoding=info._is_text_encoding)

    g["getregentry"] = getregentry
    made = [getregentry]
    if info.name.startswith("utf-"):
        # the UTF modules offer functions, not a Codec class
        def encode(input, errors="strict"):
            return info.encode(input, errors)

        def decode(input, errors="strict"):
            return info.decode(input, errors)
        g["encode"], g["decode"] = encode, decode
        made += [encode, decode]
    else:
        # the class the codec's stream coders derive from, where they do
        Codec = codecs._own_codec(info)
        if Codec is None:
            class Codec(codecs.Codec):
                def encode(self, input, errors="strict"):
                    return info.encode(input, errors)

                def decode(self, input, errors="strict"):
                    return info.decode(input, errors)
            made.append(Codec)
        g["Codec"] = Codec
        if not short.endswith("_codec"):
            coders[:] = [Codec().encode, Codec().decode]
    g["IncrementalEncoder"] = info.incrementalencoder
    g["IncrementalDecoder"] = info.incrementaldecoder
    g["StreamReader"] = info.streamreader
    g["StreamWriter"] = info.streamwriter
    if short in ("ascii", "latin_1"):
        # reads decode and writes encode the other way round
        class StreamConverter(info.streamwriter, info.streamreader):
            encode = staticmethod(info.decode)
            decode = staticmethod(info.encode)
        g["StreamConverter"] = StreamConverter
        made.append(StreamConverter)
    if short.endswith("_codec"):
        stem = short[:-len("_codec")]
        g[stem + "_encode"], g[stem + "_decode"] = info.encode, info.decode
        _import_into(g, _CODEC_IMPORTS[stem])
        if stem in ("quopri", "uu"):
            from io import BytesIO
            g["BytesIO"] = BytesIO
    elif hasattr(info.incrementalencoder, "codec"):
        import _multibytecodec
        g["codec"], g["mbc"] = info.incrementalencoder.codec, _multibytecodec
        for family in ("_codecs_cn", "_codecs_hk", "_codecs_iso2022",
                       "_codecs_jp", "_codecs_kr", "_codecs_tw"):
            if short in __import__(family)._NAMES:
                _import_into(g, family)
    elif short == "punycode":
        g["punycode_encode"] = _first(info.encode)
        g["punycode_decode"] = _first(info.decode)
    elif info.name in ("utf-16", "utf-32"):
        g["sys"] = _sys
    elif info.name not in _NOT_TABLES and short != "latin_1":
        g["decoding_table"] = _decoding_table(info.name)
        g["encoding_table"] = codecs.charmap_build(g["decoding_table"])
    for obj in made:
        obj.__module__ = module.__name__
        obj.__qualname__ = obj.__name__
        if isinstance(obj, type):
            # and its methods, named as those of a class at module level
            for name, member in vars(obj).items():
                if hasattr(member, "__qualname__"):
                    member.__qualname__ = obj.__name__ + "." + name


class _CodecModules(object):
    """Finder and loader (last on sys.meta_path) of the codec modules
    made on demand."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        package, _, short = fullname.rpartition(".")
        if package != __name__ or short not in _module_names():
            return None
        from importlib.machinery import ModuleSpec
        home = __file__.rpartition("/")[0]
        spec = ModuleSpec(fullname, cls, origin=home + "/" + short + ".py")
        spec.has_location = True
        return spec

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        _fill_codec_module(module)


_sys.meta_path.append(_CodecModules)
