"""The rot-13 codec (str to str: each ASCII letter moved 13 places), and
run as a script a filter from standard input to standard output.

Written for gpython-ssl from CPython 3.6's documented behaviour; the
codec itself is the interpreter's (codecs.lookup('rot-13')).
"""

import sys as _sys

from encodings import _fill_codec_module as _fill

# codecs, getregentry, Codec, IncrementalEncoder, IncrementalDecoder,
# StreamWriter and StreamReader, as every codec module has them
_fill(_sys.modules[__name__], "rot_13")
del _fill, _sys


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
