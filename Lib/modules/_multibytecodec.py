"""The machinery of the CJK codecs: codec objects and the incremental
encoder and decoder and stream reader and writer classes the encodings
modules derive theirs from.

Written for gpython-ssl from CPython 3.6's documented behaviour; the
coding itself is Go code behind _cjkcodecs.
"""

import _cjkcodecs


def _builtin(cls):
    """Name a class as CPython names its built-in types."""
    cls.__module__ = "builtins"
    return cls


def _text(obj):
    """What the encoders take: a str, or any object's str()."""
    if isinstance(obj, str):
        return obj
    text = str(obj)
    if not isinstance(text, str):
        raise TypeError("couldn't convert the object to unicode.")
    return text


def _errors(errors):
    if errors is None:
        return "strict"
    if not isinstance(errors, str):
        raise TypeError("errors must be a string, not %s"
                        % type(errors).__name__)
    return errors


@_builtin
class MultibyteCodec(object):
    """One CJK codec's stateless encode and decode functions."""

    def __init__(self, name):
        self._name = name

    def encode(self, input, errors=None):
        return _cjkcodecs.encode(self._name, _text(input), _errors(errors))

    def decode(self, input, errors=None):
        if isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _cjkcodecs.decode(self._name, input, _errors(errors))

    def __repr__(self):
        return "<MultibyteCodec object at %#x>" % id(self)


def _codec_of(cls):
    codec = getattr(cls, "codec")
    if not isinstance(codec, MultibyteCodec):
        raise TypeError("codec is unexpected type")
    return codec


@_builtin
class MultibyteIncrementalEncoder(object):

    def __init__(self, errors="strict"):
        self.errors = _errors(errors)
        self._state = _cjkcodecs.encoder(_codec_of(type(self))._name)

    def encode(self, input, final=False):
        return _cjkcodecs.encode_step(self._state, _text(input),
                                      self.errors, bool(final))

    def reset(self):
        _cjkcodecs.reset(self._state)


@_builtin
class MultibyteIncrementalDecoder(object):

    def __init__(self, errors="strict"):
        self.errors = _errors(errors)
        self._state = _cjkcodecs.decoder(_codec_of(type(self))._name)

    def decode(self, input, final=False):
        return _cjkcodecs.decode_step(self._state, input, self.errors,
                                      bool(final))

    def reset(self):
        _cjkcodecs.reset(self._state)


@_builtin
class MultibyteStreamReader(object):

    def __init__(self, stream, errors="strict"):
        self._state = _cjkcodecs.decoder(_codec_of(type(self))._name)
        self.stream = stream
        self.errors = _errors(errors)

    def _read(self, method, size):
        if size == 0:
            return ""
        pieces = []
        while True:
            fetch = getattr(self.stream, method)
            data = fetch() if size is None or size < 0 else fetch(size)
            if not isinstance(data, bytes):
                raise TypeError("stream function returned a non-bytes "
                                "object (%s)" % type(data).__name__)
            whole = size is None or size < 0
            text = _cjkcodecs.decode_step(self._state, data, self.errors,
                                          not data or whole)
            pieces.append(text)
            if whole or text or not data:
                return "".join(pieces)
            size = 1

    def read(self, sizeobj=None):
        return self._read("read", sizeobj)

    def readline(self, sizeobj=None):
        return self._read("readline", sizeobj)

    def readlines(self, sizehintobj=None):
        return self._read("read", sizehintobj).splitlines(True)

    def reset(self):
        _cjkcodecs.reset(self._state)


@_builtin
class MultibyteStreamWriter(object):

    def __init__(self, stream, errors="strict"):
        self._state = _cjkcodecs.encoder(_codec_of(type(self))._name)
        self.stream = stream
        self.errors = _errors(errors)

    def write(self, strobj):
        data = _cjkcodecs.encode_step(self._state, _text(strobj),
                                      self.errors, False)
        self.stream.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def reset(self):
        # as in CPython 3.6, only held-back characters are written (and
        # the shift state returned to its start) -- nothing else
        data = _cjkcodecs.flush(self._state, self.errors)
        if data:
            self.stream.write(data)


def _getcodec(name, family):
    """A codec object, for the getcodec function of the _codecs_* modules
    (family is the codec names the module serves)."""
    if not isinstance(name, str):
        raise TypeError("encoding name must be a string.")
    if name not in family:
        raise LookupError("no such codec is supported.")
    return MultibyteCodec(name)


def _codec_info(name):
    """The CodecInfo of the CJK codec called name, with classes built as
    CPython's encodings.<name> module builds them."""
    import codecs
    codec = MultibyteCodec(name)

    class Codec(codecs.Codec):
        encode = codec.encode
        decode = codec.decode

    class IncrementalEncoder(MultibyteIncrementalEncoder,
                             codecs.IncrementalEncoder):
        pass

    class IncrementalDecoder(MultibyteIncrementalDecoder,
                             codecs.IncrementalDecoder):
        pass

    class StreamReader(Codec, MultibyteStreamReader, codecs.StreamReader):
        pass

    class StreamWriter(Codec, MultibyteStreamWriter, codecs.StreamWriter):
        pass

    for cls in (Codec, IncrementalEncoder, IncrementalDecoder, StreamReader,
                StreamWriter):
        cls.codec = codec
        cls.__module__ = "encodings." + name
        cls.__qualname__ = cls.__name__
    return codecs.CodecInfo(
        name=name, encode=Codec().encode, decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader, streamwriter=StreamWriter)


def _search(name):
    """The CodecInfo of a CJK codec for an encoding name or alias, None
    for any other name."""
    canonical = _cjkcodecs.canonical(name)
    if canonical is None:
        return None
    return _codec_info(canonical)
