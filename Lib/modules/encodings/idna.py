"""IDNA 2003 (RFC 3490) and nameprep (RFC 3491): the pieces of the idna
codec, for scripts that use them directly.

Written for gpython-ssl from CPython 3.6's documented behaviour; the work
is done by Go code behind _codecs.
"""

import re
import stringprep
import sys as _sys
from unicodedata import ucd_3_2_0 as unicodedata

from encodings import _fill_codec_module as _fill

# codecs, getregentry, Codec, IncrementalEncoder, IncrementalDecoder,
# StreamWriter and StreamReader, as every codec module has them
_fill(_sys.modules[__name__], "idna")
del _fill, _sys

dots = re.compile("[\u002e\u3002\uff0e\uff61]")
ace_prefix = b"xn--"
sace_prefix = "xn--"

# The functions below import _codecs when called, so that the module's
# names are those of CPython 3.6's (stringprep and unicodedata, its
# Unicode 3.2 database, but no _codecs).

def nameprep(label):
    """label mapped, normalised and checked as RFC 3491 asks."""
    import _codecs
    return _codecs._idna_nameprep(label)


def ToASCII(label):
    """RFC 3490 ToASCII of one label (UseSTD3ASCIIRules off): bytes."""
    import _codecs
    return _codecs._idna_to_ascii(label)


def ToUnicode(label):
    """RFC 3490 ToUnicode of one label (str or bytes): str."""
    import _codecs
    return _codecs._idna_to_unicode(label)
