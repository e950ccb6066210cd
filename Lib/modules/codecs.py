"""Codec registry, error handlers and the coder/stream base classes.

Written for gpython-ssl from CPython 3.6's documented behaviour.

The interpreter's own codecs (utf-8, ascii, latin-1, utf-16, utf-16-le,
utf-16-be) are Go code reached through _codecs; utf-8-sig is built here on
top of utf-8. Other codecs come from search functions given to register().
Error handlers live in one registry shared with str.encode, bytes.decode,
str(), open() and TextIOWrapper: a handler given to register_error() works
in all of them.
"""

import builtins as _builtins
import _codecs
from _codecs import (register, lookup, register_error, lookup_error,
                     strict_errors, ignore_errors, replace_errors,
                     xmlcharrefreplace_errors, backslashreplace_errors,
                     namereplace_errors,
                     utf_8_encode, utf_8_decode, ascii_encode, ascii_decode,
                     latin_1_encode, latin_1_decode,
                     utf_16_encode, utf_16_decode, utf_16_ex_decode,
                     utf_16_le_encode, utf_16_le_decode,
                     utf_16_be_encode, utf_16_be_decode,
                     utf_32_encode, utf_32_decode, utf_32_ex_decode,
                     utf_32_le_encode, utf_32_le_decode,
                     utf_32_be_encode, utf_32_be_decode,
                     utf_7_encode, utf_7_decode,
                     unicode_escape_encode, unicode_escape_decode,
                     raw_unicode_escape_encode, raw_unicode_escape_decode,
                     escape_encode, escape_decode, readbuffer_encode,
                     charmap_encode, charmap_decode, charmap_build)

__all__ = [
    # registry and one-shot coding
    "register", "lookup", "encode", "decode",
    "getencoder", "getdecoder", "getreader", "getwriter",
    "getincrementalencoder", "getincrementaldecoder",
    "iterencode", "iterdecode", "open", "EncodedFile",
    # classes
    "Codec", "CodecInfo", "IncrementalEncoder", "IncrementalDecoder",
    "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
    # error handlers
    "register_error", "lookup_error", "strict_errors", "ignore_errors",
    "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
    "namereplace_errors",
    # byte order marks
    "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE",
    "BOM_UTF16_LE", "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE",
    "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
]

# Byte order marks. The machine is little endian, so the unqualified
# names are the little-endian ones.
BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = BOM32_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = BOM32_BE = b"\xfe\xff"
BOM_UTF32_LE = BOM64_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = BOM64_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


_INFO_ATTRS = ("encode", "decode", "streamreader", "streamwriter",
               "incrementalencoder", "incrementaldecoder", "name")


class CodecInfo(tuple):
    """The four classic entries (encode, decode, streamreader,
    streamwriter) as a tuple, with the incremental coders and the codec's
    name as attributes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        classic = (encode, decode, streamreader, streamwriter)
        info = tuple.__new__(cls, classic)
        values = classic + (incrementalencoder, incrementaldecoder, name)
        for attr, value in zip(_INFO_ATTRS, values):
            setattr(info, attr, value)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        kind = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (
            kind.__module__, kind.__qualname__, self.name, id(self))


# --- registry -------------------------------------------------------------
# register() and lookup() are _codecs' (Go): str.encode, bytes.decode and
# open() consult the same search functions.

def _need_str(fn, position, value):
    if not isinstance(value, str):
        raise TypeError("%s() argument %d must be str, not %s"
                        % (fn, position, type(value).__name__))


# Exception classes whose instances carry more than a message: an error
# from a codec function is re-raised with the codec's name in front,
# except for these (their constructors take other arguments).
_KEEP_AS_IS = (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError,
               OSError, SyntaxError, ImportError, StopIteration, SystemExit,
               KeyboardInterrupt, GeneratorExit)


def _plain(exc):
    if isinstance(exc, _KEEP_AS_IS):
        return False
    for klass in type(exc).__mro__:
        if klass is BaseException or klass.__module__ == "builtins":
            break
        own = klass.__dict__
        if "__init__" in own or "__new__" in own:
            return False
        # slots beyond a weak reference make the instance carry state
        slots = own.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        if any(name != "__weakref__" for name in slots):
            return False
    if len(exc.args) > 1:
        return False
    try:
        return not vars(exc)
    except TypeError:
        return True


def _apply(verb, coder, data, encoding, errors):
    try:
        result = coder(data, errors)
    except Exception as exc:
        if not _plain(exc):
            raise
        kind = type(exc)
        raise kind("%s with '%s' codec failed (%s: %s)"
                   % (verb, encoding, kind.__name__, exc)) from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)"
                        % ("encoder" if verb == "encoding" else "decoder"))
    return result[0]


def encode(obj, encoding="utf-8", errors="strict"):
    """obj encoded with the codec registered for encoding (its first
    entry: a search function may answer a plain 4-tuple)."""
    _need_str("encode", 2, encoding)
    _need_str("encode", 3, errors)
    return _apply("encoding", lookup(encoding)[0], obj, encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    """obj decoded with the codec registered for encoding."""
    _need_str("decode", 2, encoding)
    _need_str("decode", 3, errors)
    return _apply("decoding", lookup(encoding)[1], obj, encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    factory = lookup(encoding).incrementalencoder
    if factory is None:
        raise LookupError(encoding)
    return factory


def getincrementaldecoder(encoding):
    factory = lookup(encoding).incrementaldecoder
    if factory is None:
        raise LookupError(encoding)
    return factory


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def _marked_last(pieces, empty):
    """Each of pieces paired with False, then (empty, True)."""
    for piece in pieces:
        yield piece, False
    yield empty, True


def _nonempty(step, pieces, empty):
    """step(piece, final) over _marked_last(pieces, empty), keeping the
    non-empty results."""
    for piece, final in _marked_last(pieces, empty):
        out = step(piece, final)
        if out:
            yield out


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encode the strs of iterator incrementally, yielding non-empty
    bytes."""
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    yield from _nonempty(coder.encode, iterator, "")


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decode the bytes of iterator incrementally, yielding non-empty
    strs."""
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    yield from _nonempty(coder.decode, iterator, b"")


# --- base classes ---------------------------------------------------------

class Codec:
    """Stateless coder interface: encode(input, errors) -> (bytes, used)
    and decode(input, errors) -> (str, used)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes a text arriving in pieces; subclasses define encode()."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder whose _buffer_encode(text, errors, final)
    may leave the tail of its input for the next call; the tail is the
    state."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def getstate(self):
        if self.buffer:
            return self.buffer
        return 0

    def setstate(self, state):
        self.buffer = "" if not state else state

    def reset(self):
        self.buffer = ""


class IncrementalDecoder(object):
    """Decodes bytes arriving in pieces; subclasses define decode()."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder whose _buffer_decode(data, errors, final)
    answers (text, bytes used); unused bytes wait in self.buffer, which
    getstate() reports as (buffer, 0)."""

    def __init__(self, errors="strict"):
        self.buffer = b""
        self.errors = errors

    def decode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def getstate(self):
        return self.buffer, 0

    def setstate(self, state):
        self.buffer = state[0]

    def reset(self):
        self.buffer = b""


# What the four stream wrappers (StreamWriter, StreamReader,
# StreamReaderWriter, StreamRecoder) do alike, written once and taken
# into each class's body, so that their bases are CPython's: attributes
# a wrapper lacks are its stream's (self.stream), and leaving a with
# block closes that stream.

def _stream_attr(self, name):
    return getattr(self.stream, name)


def _enter(self):
    return self


def _exit_closing(self, *exc_info):
    self.stream.close()


class StreamWriter(Codec):
    """Writes text to a byte stream through self.encode."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    __getattr__, __enter__, __exit__ = _stream_attr, _enter, _exit_closing

    def write(self, object):
        data = self.encode(object, self.errors)[0]
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if (offset, whence) == (0, 0):
            self.reset()

    def reset(self):
        pass


def _ends_in_cr(text):
    # str or bytes (a bytes-to-bytes codec's reader reads bytes)
    return text[-1:] in ("\r", b"\r")


class StreamReader(Codec):
    """Reads text from a byte stream through self.decode, which answers
    (text, bytes used) and may leave a cut character for later."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self.charbuffertype()

    __getattr__, __enter__, __exit__ = _stream_attr, _enter, _exit_closing

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def _take(self, chars):
        if chars < 0 or chars >= len(self.charbuffer):
            text, self.charbuffer = self.charbuffer, self.charbuffertype()
        else:
            text = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return text

    def _decode_lines(self, data, firstline):
        """self.decode(data), except that with firstline a decoding error
        after the first line gives back the text before it."""
        try:
            return self.decode(data, self.errors)
        except UnicodeDecodeError as exc:
            if firstline:
                text, used = self.decode(data[:exc.start], self.errors)
                if len(text.splitlines(True)) > 1:
                    return text, used
            raise

    def read(self, size=-1, chars=-1, firstline=False):
        """Up to chars characters, or without chars up to size characters
        (everything when both are negative), reading size bytes at a time
        (all at once when negative)."""
        want = chars if chars >= 0 else size
        while want < 0 or len(self.charbuffer) < want:
            fresh = self.stream.read(size) if size >= 0 else self.stream.read()
            pending = self.bytebuffer + fresh
            if pending:
                text, used = self._decode_lines(pending, firstline)
                self.bytebuffer = pending[used:]
                self.charbuffer += text
            if not fresh:
                break
        return self._take(want)

    def readline(self, size=None, keepends=True):
        """The next line (at most about size characters when size is
        given); line ends as str.splitlines() finds them."""
        step = 72 if size is None else size
        line = self.charbuffertype()
        while True:
            piece = self.read(step, firstline=True)
            if _ends_in_cr(piece):
                piece += self.read(size=1, chars=1)
            line += piece
            parts = line.splitlines(True)
            if parts:
                head = parts[0]
                ended = len(parts) > 1 or head.splitlines(False)[0] != head
                if ended and (len(parts) > 1 or not _ends_in_cr(head)
                              or not piece):
                    self.charbuffer = line[len(head):] + self.charbuffer
                    return head if keepends else head.splitlines(False)[0]
            if not piece or (size is not None and len(line) >= size):
                if not keepends and line:
                    line = line.splitlines(False)[0]
                return line
            if step < 8000:
                step *= 2

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self.charbuffertype()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def _pair_init(self, stream, Reader, Writer, errors):
    # one stream with a reader and a writer over it (StreamReaderWriter,
    # StreamRecoder)
    self.stream, self.errors = stream, errors
    self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)


def _pair_reset(self):
    for side in (self.reader, self.writer):
        side.reset()


def _iter_self(self):
    return self


class StreamReaderWriter(object):
    """A stream both read and written with one codec (what open()
    returns)."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        _pair_init(self, stream, Reader, Writer, errors)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if (offset, whence) == (0, 0):
            self.writer.reset()

    reset, __iter__ = _pair_reset, _iter_self
    __getattr__, __enter__, __exit__ = _stream_attr, _enter, _exit_closing

    def write(self, data):
        return self.writer.write(data)

    def read(self, size=-1):
        return self.reader.read(size)

    def writelines(self, list):
        return self.writer.writelines(list)

    def readline(self, size=None):
        return self.reader.readline(size)

    def __next__(self):
        return next(self.reader)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)


class StreamRecoder(object):
    """Bytes in one encoding on the caller's side, another in the stream:
    encode/decode convert between the caller's bytes and text, Reader and
    Writer between text and the stream."""

    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer,
                 errors="strict"):
        _pair_init(self, stream, Reader, Writer, errors)
        self.encode, self.decode = encode, decode

    reset, __iter__ = _pair_reset, _iter_self
    __getattr__, __enter__, __exit__ = _stream_attr, _enter, _exit_closing

    def _out(self, text):
        return self.encode(text, self.errors)[0]

    def read(self, size=-1):
        return self._out(self.reader.read(size))

    def readline(self, size=None):
        return self._out(self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._out(self.reader.read()).splitlines(True)

    def __next__(self):
        return self._out(next(self.reader))

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b"".join(list))


def make_identity_dict(rng):
    """A dict mapping each member of rng to itself (a charmap codec's
    decoding table starts as one)."""
    return {code: code for code in rng}


def make_encoding_map(decoding_map):
    """The inverse of a charmap decoding table; a character that several
    bytes decode to maps to None."""
    inverse = {}
    for byte, char in decoding_map.items():
        inverse[char] = None if char in inverse else byte
    return inverse


def open(filename, mode="r", encoding=None, errors="strict", buffering=1):
    """Without encoding, the built-in open(). With one, the file opened in
    binary mode inside a StreamReaderWriter of that codec (the file is
    closed again when the codec is unknown)."""
    if encoding is None:
        return _builtins.open(filename, mode, buffering)
    if "b" not in mode:
        mode += "b"
    raw = _builtins.open(filename, mode, buffering)
    known = False
    try:
        info = lookup(encoding)
        known = True
    finally:
        if not known:
            raw.close()
    wrapped = StreamReaderWriter(raw, info.streamreader, info.streamwriter,
                                 errors)
    wrapped.encoding = encoding
    return wrapped


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """A StreamRecoder: the caller reads and writes data_encoding bytes,
    file holds file_encoding bytes."""
    outer = lookup(data_encoding)
    inner = lookup(file_encoding or data_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode,
                            inner.streamreader, inner.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding or data_encoding
    return recoder


# --- the interpreter's codecs ----------------------------------------------

def _named(info):
    """Give a codec's classes the names CPython's have."""
    for klass, label in ((info.incrementalencoder, "IncrementalEncoder"),
                         (info.incrementaldecoder, "IncrementalDecoder"),
                         (info.streamwriter, "StreamWriter"),
                         (info.streamreader, "StreamReader"),
                         (_own_codec(info), "Codec")):
        if klass is not None:
            klass.__name__ = klass.__qualname__ = label
    return info


def _own_codec(info):
    """The codec's own Codec class, which its stream reader and writer
    derive from (as in CPython 3.6's encodings modules but the UTF
    ones'), else None."""
    writer = info.streamwriter
    if not isinstance(writer, type) or len(writer.__mro__) < 2:
        return None
    own = writer.__mro__[1]
    if own is StreamWriter or not issubclass(own, Codec) or issubclass(own, StreamWriter):
        return None
    return own


def _codec_info(name, encoder, stateless_decode, step_decode):
    """CodecInfo for a codec without state: encoder(text, errors) ->
    (bytes, used); stateless_decode(data, errors) decodes everything;
    step_decode(data, errors, final) may stop before a cut character
    (None when the codec never cuts one)."""

    class _Incremental(IncrementalEncoder):
        def encode(self, input, final=False):
            return encoder(input, self.errors)[0]

    # The stream coders derive from the codec's own Codec class first,
    # as CPython 3.6's do (but for the UTF codecs, which have none).
    bases = ()
    if not name.startswith("utf-"):
        class _Own(Codec):
            encode = staticmethod(encoder)
            decode = staticmethod(stateless_decode)
        bases = (_Own,)

    class _Writer(*bases + (StreamWriter,)):
        encode = staticmethod(encoder)

    if step_decode is None:
        class _IncDecoder(IncrementalDecoder):
            def decode(self, input, final=False):
                return stateless_decode(input, self.errors)[0]

        class _Reader(*bases + (StreamReader,)):
            decode = staticmethod(stateless_decode)
    else:
        class _IncDecoder(BufferedIncrementalDecoder):
            _buffer_decode = staticmethod(step_decode)

        class _Reader(*bases + (StreamReader,)):
            decode = staticmethod(step_decode)

    return _named(CodecInfo(encoder, stateless_decode, _Reader, _Writer,
                            _Incremental, _IncDecoder, name=name))


def _final_decoder(step):
    def decode(input, errors="strict"):
        return step(input, errors, True)
    return decode


def _first_again(base):
    """The reset of a coder derived from base that does something once,
    at its first call (a BOM to write or to look for), self._first being
    true until then: base's reset, and the first call to come again. (A
    function each such class takes, so that its bases are CPython's.)"""
    def reset(self):
        base.reset(self)
        self._first = True
    return reset


def _staged_decode(coder, start, input, errors, final):
    """Decode for a coder that first looks for a BOM: start(input,
    errors, final) answers (text, used, step), step being the decoder for
    the rest of the stream or None while the BOM is still undecided."""
    if not coder._first:
        return coder._step(input, errors, final)
    text, used, coder._step = start(input, errors, final)
    coder._first = coder._step is None
    return text, used


def _bom_codec(name, bom_encode, plain_encode, pending_state, start,
               stateless_decode, orders=None):
    """CodecInfo for a codec that writes a BOM before the first text
    (bom_encode, then plain_encode) and reads one first (start, see
    _staged_decode). The incremental coders' state is pending_state
    while the BOM is still to be written or read; once read, the
    decoder's state tells which of orders (the decoders for this
    machine's byte order and for the other) it settled on, or is 0 for
    a codec with one byte order (orders None, the rest being UTF-8)."""

    class _Incremental(IncrementalEncoder):
        _first, reset = True, _first_again(IncrementalEncoder)

        def encode(self, input, final=False):
            coder = bom_encode if self._first else plain_encode
            self._first = False
            return coder(input, self.errors)[0]

        def getstate(self):
            return pending_state if self._first else 0

        def setstate(self, state):
            self._first = bool(state)

    class _Writer(StreamWriter):
        _first, reset = True, _first_again(StreamWriter)

        def encode(self, input, errors="strict"):
            coder = bom_encode if self._first else plain_encode
            self._first = False
            return coder(input, errors)

    class _IncDecoder(BufferedIncrementalDecoder):
        _first, _pending = True, pending_state

        def _buffer_decode(self, input, errors, final):
            return _staged_decode(self, start, input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._first, self._pending = True, pending_state

        def getstate(self):
            if self._first:
                return self.buffer, self._pending
            if orders is None or self._step is orders[0]:
                return self.buffer, 0
            return self.buffer, 1

        def setstate(self, state):
            self.buffer, flag = state
            if orders is None and not flag:
                self._first, self._step = False, utf_8_decode
            elif orders is not None and flag in (0, 1):
                self._first, self._step = False, orders[flag]
            else:
                self._first, self._pending = True, flag

    class _Reader(StreamReader):
        _first, reset = True, _first_again(StreamReader)

        def decode(self, input, errors="strict"):
            return _staged_decode(self, start, input, errors, False)

    return _named(CodecInfo(bom_encode, stateless_decode, _Reader, _Writer,
                            _Incremental, _IncDecoder, name=name))


def _native_first(little, big):
    """The pair (this machine's byte order's decoder, the other's)."""
    import sys
    return (little, big) if sys.byteorder == "little" else (big, little)


def _utf16_start(input, errors, final):
    """The BOM decides the byte order; a stream without one is an error
    (for the incremental decoder and the reader, as in CPython)."""
    text, used, order = utf_16_ex_decode(input, errors, 0, final)
    if order:
        return text, used, (utf_16_be_decode if order > 0 else utf_16_le_decode)
    if used >= 2:
        raise UnicodeError("UTF-16 stream does not start with BOM")
    return text, used, None


def _sig_encode(input, errors="strict"):
    return BOM_UTF8 + utf_8_encode(input, errors)[0], len(input)


def _sig_start(input, errors, final):
    """A UTF-8 BOM is dropped when the stream starts with one."""
    if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
        return "", 0, None
    skipped = 3 if input[:3] == BOM_UTF8 else 0
    text, used = utf_8_decode(input[skipped:], errors, final)
    return text, used + skipped, utf_8_decode


def _sig_decode(input, errors="strict"):
    return _sig_start(input, errors, True)[:2]


def _utf32_start(input, errors, final):
    """As _utf16_start, for UTF-32."""
    text, used, order = utf_32_ex_decode(input, errors, 0, final)
    if order:
        return text, used, (utf_32_be_decode if order > 0 else utf_32_le_decode)
    if used >= 4:
        raise UnicodeError("UTF-32 stream does not start with BOM")
    return text, used, None


def _table_codec(name):
    """CodecInfo of a single-byte codec of the Go tables."""
    def encode(input, errors="strict"):
        return _codecs._go_encode(name, input, errors)

    def decode(input, errors="strict"):
        return _codecs._go_decode(name, input, errors, True)
    return _codec_info(name, encode, decode, None)


def _bytes_codec(name, encode, decode, incremental=None):
    """CodecInfo of a codec that is not a text encoding (bytes to bytes,
    or str to str for rot-13): encode(input) and decode(input) give the
    whole output; incremental, if given, is a pair of classes."""

    def whole(fn):
        def coder(input, errors="strict"):
            if errors != "strict" and name != "rot-13":
                raise AssertionError()
            return fn(input), len(input)
        return coder

    info = _codec_info(name, whole(encode), whole(decode), None)
    if name != "rot-13":
        info.streamreader.charbuffertype = bytes
    if incremental is not None:
        info.incrementalencoder, info.incrementaldecoder = incremental
    info._is_text_encoding = False
    return info


def _hex_codec():
    import binascii
    return _bytes_codec("hex", binascii.b2a_hex, binascii.a2b_hex)


def _base64_encode(data):
    import binascii
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("expected bytes-like object, not %s"
                        % type(data).__name__)
    view = bytes(memoryview(data))
    lines = [binascii.b2a_base64(view[i:i + 57])
             for i in range(0, len(view), 57)]
    return b"".join(lines)


def _base64_codec():
    import binascii
    return _bytes_codec("base64", _base64_encode, binascii.a2b_base64)


def _quopri_codec():
    import binascii

    def encode(data):
        return binascii.b2a_qp(bytes(memoryview(data)), quotetabs=True)

    def decode(data):
        return binascii.a2b_qp(bytes(memoryview(data)))
    return _bytes_codec("quopri", encode, decode)


def _compression_codec(name, compress, decompress, new_compressor,
                       new_decompressor):
    """A bytes codec over a compression module: one-shot functions, and
    incremental coders over its compressor and decompressor objects."""

    class _Encoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self._engine = new_compressor()

        def encode(self, input, final=False):
            out = self._engine.compress(input)
            if final:
                out += self._engine.flush()
            return out

        def reset(self):
            self._engine = new_compressor()

    class _Decoder(IncrementalDecoder):
        def __init__(self, errors="strict"):
            IncrementalDecoder.__init__(self, errors)
            self._engine = new_decompressor()

        def decode(self, input, final=False):
            out = self._engine.decompress(input)
            # zlib's decompressor keeps output back until flushed;
            # bz2's has nothing to flush
            if final and hasattr(self._engine, "flush"):
                out += self._engine.flush()
            return out

        def reset(self):
            self._engine = new_decompressor()

    return _bytes_codec(name, compress, decompress, (_Encoder, _Decoder))


def _zlib_codec():
    import zlib
    return _compression_codec("zlib", zlib.compress, zlib.decompress,
                              zlib.compressobj, zlib.decompressobj)


def _bz2_codec():
    import bz2
    return _compression_codec("bz2", bz2.compress, bz2.decompress,
                              bz2.BZ2Compressor, bz2.BZ2Decompressor)


def _uu_encode(data):
    import binascii
    view = bytes(memoryview(data))
    parts = [b"begin 666 <data>\n"]
    for i in range(0, len(view), 45):
        parts.append(binascii.b2a_uu(view[i:i + 45]))
    parts.append(b" \nend\n")
    return b"".join(parts)


def _uu_decode(data):
    import binascii
    lines = bytes(memoryview(data)).split(b"\n")
    at = 0
    while at < len(lines) and not lines[at].startswith(b"begin"):
        at += 1
    if at == len(lines):
        raise ValueError('Missing "begin" line in input data')
    out = []
    for line in lines[at + 1:]:
        if line.startswith(b"end"):
            return b"".join(out)
        if not line:
            continue
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # a line with garbage after its data: decode what it announces
            count = (((line[0] - 32) & 63) * 4 + 5) // 3
            out.append(binascii.a2b_uu(line[:count]))
    raise ValueError("Truncated input data")


def _uu_codec():
    return _bytes_codec("uu", _uu_encode, _uu_decode)


_ROT13 = {}
for _i in range(26):
    _ROT13[ord("a") + _i] = ord("a") + (_i + 13) % 26
    _ROT13[ord("A") + _i] = ord("A") + (_i + 13) % 26
del _i


def _rot13(text):
    return str.translate(text, _ROT13)


def _rot13_codec():
    return _bytes_codec("rot-13", _rot13, _rot13)


def _idna_codec():
    def encode(input, errors="strict"):
        return _codecs._go_encode("idna", input, errors)

    def decode(input, errors="strict"):
        if isinstance(input, str):
            raise TypeError("string argument without an encoding")
        return _codecs._go_decode("idna", input, errors, True)
    info = _codec_info("idna", encode, decode, None)

    class _Incremental(BufferedIncrementalEncoder):
        _buffer_encode = staticmethod(_codecs._idna_encode_part)

    class _IncDecoder(BufferedIncrementalDecoder):
        _buffer_decode = staticmethod(_codecs._idna_decode_part)

    info.incrementalencoder = _Incremental
    info.incrementaldecoder = _IncDecoder
    return _named(info)


def _punycode_codec():
    def encode(input, errors="strict"):
        if isinstance(input, (bytes, bytearray)) and input:
            raise TypeError("ord() expected string of length 1, but int found")
        return _codecs._go_encode("punycode", input, errors)

    def decode(input, errors="strict"):
        if isinstance(input, str):
            input = input.encode("ascii")
        return _codecs._go_decode("punycode", input, errors, True)
    return _codec_info("punycode", encode, decode, None)


def _from_go(name):
    """The CodecInfo of a codec whose coders are Go functions."""
    if name == "utf-8":
        return _codec_info("utf-8", utf_8_encode,
                           _final_decoder(utf_8_decode), utf_8_decode)
    if name == "ascii":
        return _codec_info("ascii", ascii_encode, ascii_decode, None)
    if name in ("iso8859-1", "charmap"):
        return _codec_info(name, latin_1_encode, latin_1_decode, None)
    if name == "utf-16":
        return _bom_codec("utf-16", utf_16_encode, utf_16_le_encode, 2,
                          _utf16_start, _final_decoder(utf_16_decode),
                          _native_first(utf_16_le_decode, utf_16_be_decode))
    if name == "utf-32":
        return _bom_codec("utf-32", utf_32_encode, utf_32_le_encode, 2,
                          _utf32_start, _final_decoder(utf_32_decode),
                          _native_first(utf_32_le_decode, utf_32_be_decode))
    if name == "utf-8-sig":
        return _bom_codec("utf-8-sig", _sig_encode, utf_8_encode, 1,
                          _sig_start, _sig_decode)
    ordered = {"utf-16-le": (utf_16_le_encode, utf_16_le_decode),
               "utf-16-be": (utf_16_be_encode, utf_16_be_decode),
               "utf-32-le": (utf_32_le_encode, utf_32_le_decode),
               "utf-32-be": (utf_32_be_encode, utf_32_be_decode),
               "utf-7": (utf_7_encode, utf_7_decode)}
    if name in ordered:
        enc, dec = ordered[name]
        return _codec_info(name, enc, _final_decoder(dec), dec)
    if name == "unicode-escape":
        return _codec_info(name, unicode_escape_encode,
                           unicode_escape_decode, None)
    if name == "raw-unicode-escape":
        return _codec_info(name, raw_unicode_escape_encode,
                           raw_unicode_escape_decode, None)
    if name == "idna":
        return _idna_codec()
    if name == "punycode":
        return _punycode_codec()
    maker = _NOT_TEXT.get(name)
    if maker is not None:
        return maker()
    return _table_codec(name)


def _undefined_codec():
    # the codec that refuses everything, for a site that wants no
    # implicit coding at all
    def refuse(input, errors="strict"):
        raise UnicodeError("undefined encoding")

    def refuse_step(input, errors="strict", final=False):
        raise UnicodeError("undefined encoding")

    return _codec_info("undefined", refuse, refuse, refuse_step)


def _unicode_internal_codec():
    """The deprecated unicode_internal codec: each character as the
    four bytes of its code point in this machine's byte order (wchar_t
    on Linux). Decoding a str gives it back unchanged."""
    import operator
    import sys
    import warnings
    order = sys.byteorder
    wide = "utf-32-le" if order == "little" else "utf-32-be"

    def deprecated():
        # the warning names the first caller outside this module
        level, frame = 2, sys._getframe(1)
        here = deprecated.__code__.co_filename
        while frame is not None and frame.f_code.co_filename == here:
            level, frame = level + 1, frame.f_back
        warnings.warn("unicode_internal codec has been deprecated",
                      DeprecationWarning, stacklevel=level)

    def encode(input, errors="strict"):
        deprecated()
        if not isinstance(input, str):
            data = bytes(memoryview(input))
            return data, len(data)
        return input.encode(wide, "surrogatepass"), len(input)

    def decode(input, errors="strict"):
        if isinstance(input, str):
            return input, len(input)
        deprecated()
        data = bytes(memoryview(input))
        parts = []
        pos, end = 0, len(data)
        while pos < end:
            if end - pos >= 4:
                point = int.from_bytes(data[pos:pos + 4], order)
                if point <= 0x10FFFF:
                    parts.append(chr(point))
                    pos += 4
                    continue
                bad = UnicodeDecodeError("unicode_internal", input, pos, pos + 4,
                                         "illegal code point (> 0x10FFFF)")
            else:
                bad = UnicodeDecodeError("unicode_internal", input, pos, end,
                                         "truncated input")
            if errors == "strict":
                raise bad
            answer = lookup_error(errors)(bad)
            if not (isinstance(answer, tuple) and len(answer) == 2
                    and isinstance(answer[0], str)):
                raise TypeError("decoding error handler must return "
                                "(str, int) tuple")
            text, pos = answer
            if isinstance(pos, float):
                raise TypeError("integer argument expected, got float")
            pos = operator.index(pos)
            # the handler may have replaced the input it was shown
            if not isinstance(bad.object, bytes):
                raise TypeError("object attribute must be bytes")
            input = data = bad.object
            end = len(data)
            if pos < 0:
                pos += end
            if not 0 <= pos <= end:
                raise IndexError("position %d from error handler out of bounds" % pos)
            parts.append(text)
        return "".join(parts), end

    return _codec_info("unicode-internal", encode, decode, None)


_NOT_TEXT = {"hex": _hex_codec, "base64": _base64_codec,
             "quopri": _quopri_codec, "zlib": _zlib_codec, "uu": _uu_codec,
             "bz2": _bz2_codec, "rot-13": _rot13_codec}
_built = {}


def _encodings_module(name):
    """The module of the encodings package that holds the codec called
    name (CodecInfo.name): the name with '-' made '_', but latin_1 for
    iso8859-1 and <name>_codec for the bytes-to-bytes codecs."""
    if name == "iso8859-1":
        return "latin_1"
    if name in ("hex", "base64", "quopri", "zlib", "uu", "bz2"):
        return name + "_codec"
    return name.replace("-", "_")


_BASES = (IncrementalEncoder, IncrementalDecoder, BufferedIncrementalEncoder,
          BufferedIncrementalDecoder, StreamReader, StreamWriter)


def _homed(info):
    """info, its coder classes made here placed in the encodings module
    of the codec (where CPython 3.6 defines them)."""
    module = "encodings." + _encodings_module(info.name)
    for klass in (info.incrementalencoder, info.incrementaldecoder,
                  info.streamreader, info.streamwriter, _own_codec(info)):
        if klass is not None and klass not in _BASES and klass.__module__ == __name__:
            klass.__module__ = module
    return info


def _builtin_search(name):
    """The search function of the interpreter's codecs (registered
    first)."""
    canonical = _codecs._canonical(name)
    if canonical is None and name.lower() == "undefined":
        return _homed(_undefined_codec())
    if canonical is None and name.lower().replace("-", "_") == "unicode_internal":
        return _homed(_unicode_internal_codec())
    if canonical is None:
        import _multibytecodec
        return _multibytecodec._search(name)
    if canonical not in _built:
        _built[canonical] = _homed(_from_go(canonical))
    return _built[canonical]


register(_builtin_search)
