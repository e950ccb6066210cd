"""IDNA 2003 (RFC 3490) and nameprep (RFC 3491): the pieces of the idna
codec, for scripts that use them directly.

Written for gpython-ssl from CPython 3.6's documented behaviour; the work
is done by Go code behind _codecs.
"""

import codecs
import re
import _codecs

dots = re.compile("[\u002e\u3002\uff0e\uff61]")
ace_prefix = b"xn--"
sace_prefix = "xn--"


def nameprep(label):
    """label mapped, normalised and checked as RFC 3491 asks."""
    return _codecs._idna_nameprep(label)


def ToASCII(label):
    """RFC 3490 ToASCII of one label (UseSTD3ASCIIRules off): bytes."""
    return _codecs._idna_to_ascii(label)


def ToUnicode(label):
    """RFC 3490 ToUnicode of one label (str or bytes): str."""
    return _codecs._idna_to_unicode(label)


_info = codecs.lookup("idna")


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return _info.encode(input, errors)

    def decode(self, input, errors="strict"):
        return _info.decode(input, errors)


IncrementalEncoder = _info.incrementalencoder
IncrementalDecoder = _info.incrementaldecoder


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name="idna", encode=Codec().encode, decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter, streamreader=StreamReader)
