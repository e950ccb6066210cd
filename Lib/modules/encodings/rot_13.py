"""The rot-13 codec (str to str: each ASCII letter moved 13 places), and
run as a script a filter from standard input to standard output.

Written for gpython-ssl from CPython 3.6's documented behaviour; the
codec itself is the interpreter's (codecs.lookup('rot-13')).
"""

import codecs

_info = codecs.lookup("rot-13")


def getregentry():
    return codecs.CodecInfo(
        name="rot-13", encode=_info.encode, decode=_info.decode,
        incrementalencoder=_info.incrementalencoder,
        incrementaldecoder=_info.incrementaldecoder,
        streamreader=_info.streamreader, streamwriter=_info.streamwriter,
        _is_text_encoding=False)


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return _info.encode(input, errors)

    def decode(self, input, errors="strict"):
        return _info.decode(input, errors)


IncrementalEncoder = _info.incrementalencoder
IncrementalDecoder = _info.incrementaldecoder
StreamWriter = _info.streamwriter
StreamReader = _info.streamreader


def _rotated(base, ch):
    return chr(base + (ord(ch) - base + 13) % 26)


# the translation table str.translate uses: every byte-sized code point,
# letters rotated, the rest kept
rot13_map = {i: i for i in range(256)}
rot13_map.update({ord(c): ord(_rotated(ord("a"), c))
                  for c in "abcdefghijklmnopqrstuvwxyz"})
rot13_map.update({ord(c): ord(_rotated(ord("A"), c))
                  for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
del _rotated


def rot13(infile, outfile):
    """Write infile's whole text to outfile, rot-13 encoded."""
    outfile.write(codecs.encode(infile.read(), "rot-13"))


if __name__ == "__main__":
    import sys
    rot13(sys.stdin, sys.stdout)
