"""Read and write AIFF and AIFF-C sound files.

aifc.open(f, mode) gives a reader ('r', 'rb') or a writer ('w', 'wb')
over a file name or an open binary file. A file is a FORM chunk of type
AIFF or AIFC holding a COMM chunk (channels, frames, sample size, rate
as an 80-bit float and, for AIFF-C, the compression), an SSND chunk
with the big-endian samples, and optionally FVER and MARK chunks.
u-law, A-law and G722 (ADPCM) data are converted from and to 16-bit
samples with audioop. A writer writes AIFF-C unless the file name ends
in '.aiff' or aiff() is called.

Written for gpython-ssl from CPython 3.6's documented behaviour.
"""

import struct
import builtins
import warnings
from chunk import Chunk
from collections import namedtuple

__all__ = ["Error", "open", "openfp"]


class Error(Exception):
    pass


_AIFC_version = 0xA2805140
_HUGE_VAL = 1.79769313486231e+308

_aifc_params = namedtuple('_aifc_params',
                          'nchannels sampwidth framerate nframes '
                          'comptype compname')

_ULAW = (b'ulaw', b'ULAW')
_ALAW = (b'alaw', b'ALAW')
_PACKED = _ULAW + _ALAW + (b'G722',)
_KNOWN_COMPRESSIONS = (b'NONE',) + _PACKED


def _unpack(fmt, file):
    size = struct.calcsize(fmt)
    try:
        return struct.unpack(fmt, file.read(size))[0]
    except struct.error:
        raise EOFError from None


def _read_long(file): return _unpack('>l', file)


def _read_ulong(file): return _unpack('>L', file)


def _read_short(file): return _unpack('>h', file)


def _read_ushort(file): return _unpack('>H', file)


def _read_string(file):
    size = file.read(1)[0]
    text = file.read(size) if size else b''
    if not size & 1:
        file.read(1)        # the pad byte that makes the whole even
    return text


def _write_short(f, x): f.write(struct.pack('>h', x))


def _write_ushort(f, x): f.write(struct.pack('>H', x))


def _write_long(f, x): f.write(struct.pack('>l', x))


def _write_ulong(f, x): f.write(struct.pack('>L', x))


def _write_string(f, s):
    if len(s) > 255:
        raise ValueError("string exceeds maximum pstring length")
    f.write(bytes((len(s),)) + s + (b'' if len(s) & 1 else b'\x00'))


def _read_float(f):
    # 80-bit IEEE extended: sign and 15-bit exponent, 64-bit mantissa
    # with its integer bit explicit.
    top = _read_short(f)
    negative = top < 0
    exponent = top & 0x7FFF
    mantissa = (_read_ulong(f) << 32) | _read_ulong(f)
    if exponent == 0 and mantissa == 0:
        value = 0.0
    elif exponent == 0x7FFF:
        value = _HUGE_VAL
    else:
        value = mantissa * 2.0 ** (exponent - 16383 - 63)
    return -value if negative else value


def _write_float(f, x):
    import math
    sign = 0
    if x < 0:
        sign, x = 0x8000, -x
    words = (0, 0)
    if x == 0:
        exponent = 0
    else:
        frac, exp2 = math.frexp(x)
        if exp2 > 16384 or frac >= 1 or frac != frac:
            exponent = sign | 0x7FFF     # infinity or NaN
        else:
            exp2 += 16382
            if exp2 < 0:                  # denormal
                frac = math.ldexp(frac, exp2)
                exp2 = 0
            exponent = exp2 | sign
            scaled = math.ldexp(frac, 32)
            high = math.floor(scaled)
            low = math.floor(math.ldexp(scaled - high, 32))
            words = (int(high), int(low))
    _write_ushort(f, exponent)
    _write_ulong(f, words[0])
    _write_ulong(f, words[1])


def _find_mark(markers, id):
    for mark in markers:
        if mark[0] == id:
            return mark
    raise Error('marker {0!r} does not exist'.format(id))


class Aifc_read:

    def __init__(self, f):
        if not isinstance(f, str):
            self.initfp(f)
            return
        owned = builtins.open(f, 'rb')
        try:
            self.initfp(owned)
        except:
            owned.close()
            raise

    def initfp(self, file):
        self._file, self._markers = file, []
        self._version = self._soundpos = 0
        self._convert = None
        form = Chunk(file)
        if form.getname() != b'FORM':
            raise Error('file does not start with FORM id')
        kind = form.read(4)
        if kind not in (b'AIFF', b'AIFC'):
            raise Error('not an AIFF or AIFF-C file')
        self._aifc = int(kind == b'AIFC')
        have_comm = False
        self._ssnd_chunk = None
        while True:
            self._ssnd_seek_needed = 1
            try:
                part = Chunk(self._file)
            except EOFError:
                break
            name = part.getname()
            if name == b'COMM':
                self._read_comm_chunk(part)
                have_comm = True
            elif name == b'SSND':
                self._ssnd_chunk = part
                part.read(8)
                self._ssnd_seek_needed = 0
            elif name == b'FVER':
                self._version = _read_ulong(part)
            elif name == b'MARK':
                self._readmark(part)
            part.skip()
        if not have_comm or not self._ssnd_chunk:
            raise Error('COMM chunk and/or SSND chunk missing')

    def __enter__(self): return self

    def __exit__(self, *exc_info): self.close()

    def getfp(self): return self._file

    def rewind(self):
        self._ssnd_seek_needed = 1
        self._soundpos = 0

    def close(self):
        file, self._file = self._file, None
        if file is not None:
            file.close()

    def tell(self): return self._soundpos

    def getnchannels(self): return self._nchannels

    def getnframes(self): return self._nframes

    def getsampwidth(self): return self._sampwidth

    def getframerate(self): return self._framerate

    def getcomptype(self): return self._comptype

    def getcompname(self): return self._compname

    def getparams(self):
        return _aifc_params(self._nchannels, self._sampwidth,
                            self._framerate, self._nframes,
                            self._comptype, self._compname)

    def getmarkers(self): return self._markers or None

    def getmark(self, id): return _find_mark(self._markers, id)

    def setpos(self, pos):
        if not 0 <= pos <= self._nframes:
            raise Error('position not in range')
        self._soundpos = pos
        self._ssnd_seek_needed = 1

    def readframes(self, nframes):
        sound = self._ssnd_chunk
        if self._ssnd_seek_needed:
            sound.seek(0)
            sound.read(8)
            offset = self._soundpos * self._framesize
            if offset:
                sound.seek(offset + 8)
            self._ssnd_seek_needed = 0
        if nframes == 0:
            return b''
        data = sound.read(nframes * self._framesize)
        if data and self._convert:
            data = self._convert(data)
        self._soundpos += len(data) // (self._nchannels * self._sampwidth)
        return data

    def _decode_ulaw(self, data):
        import audioop
        return audioop.ulaw2lin(data, 2)

    def _decode_alaw(self, data):
        import audioop
        return audioop.alaw2lin(data, 2)

    def _decode_adpcm(self, data):
        import audioop
        data, self._adpcmstate = audioop.adpcm2lin(
            data, 2, getattr(self, '_adpcmstate', None))
        return data

    def _read_comm_chunk(self, chunk):
        channels, frames, bits = (_read_short(chunk), _read_long(chunk),
                                  _read_short(chunk))
        rate = int(_read_float(chunk))
        self._nchannels, self._nframes, self._framerate = channels, frames, rate
        self._sampwidth = (bits + 7) // 8
        self._framesize = channels * self._sampwidth
        if not self._aifc:
            self._comptype = b'NONE'
            self._compname = b'not compressed'
            return
        short_comm = chunk.chunksize == 18
        if short_comm:
            # Some SGI tools write an 18-byte COMM chunk in AIFF-C files;
            # the compression fields follow it all the same.
            warnings.warn('Warning: bad COMM chunk size')
            chunk.chunksize = 23
        self._comptype = chunk.read(4)
        if short_comm:
            size = chunk.file.read(1)[0]
            chunk.chunksize += size | 1
            chunk.file.seek(-1, 1)
        self._compname = _read_string(chunk)
        if self._comptype == b'NONE':
            return
        if self._comptype == b'G722':
            self._convert = self._decode_adpcm
        elif self._comptype in _ULAW:
            self._convert = self._decode_ulaw
        elif self._comptype in _ALAW:
            self._convert = self._decode_alaw
        else:
            raise Error('unsupported compression type')
        self._sampwidth = 2

    def _readmark(self, chunk):
        wanted = _read_short(chunk)
        try:
            for _ in range(wanted):
                id = _read_short(chunk)
                pos = _read_long(chunk)
                self._markers.append((id, pos, _read_string(chunk)))
        except EOFError:
            got = len(self._markers)
            warnings.warn('Warning: MARK chunk contains only %s marker%s '
                          'instead of %s' % (got, '' if got == 1 else 's',
                                             wanted))


class Aifc_write:

    _file = None

    def __init__(self, f):
        aiff = False
        if isinstance(f, str):
            aiff = f.endswith('.aiff')
            f = builtins.open(f, 'wb')
        self.initfp(f)
        self._aifc = 0 if aiff else 1

    def initfp(self, file):
        self._file, self._version = file, _AIFC_version
        self._comptype, self._compname = b'NONE', b'not compressed'
        self._convert = None
        self._nchannels = self._sampwidth = self._framerate = 0
        self._nframes = self._nframeswritten = 0
        self._datawritten = self._datalength = 0
        self._markers = []
        self._marklength = 0
        self._aifc = 1

    def __del__(self): self.close()

    def __enter__(self): return self

    def __exit__(self, *exc_info): self.close()

    def _unstarted(self):
        if self._nframeswritten:
            raise Error('cannot change parameters after starting to write')

    def aiff(self):
        self._unstarted()
        self._aifc = 0

    def aifc(self):
        self._unstarted()
        self._aifc = 1

    def _param(self, attr, missing):
        value = getattr(self, attr)
        if not value:
            raise Error(missing)
        return value

    def setnchannels(self, nchannels):
        self._unstarted()
        if nchannels < 1:
            raise Error('bad # of channels')
        self._nchannels = nchannels

    def getnchannels(self):
        return self._param('_nchannels', 'number of channels not set')

    def setsampwidth(self, sampwidth):
        self._unstarted()
        if not 1 <= sampwidth <= 4:
            raise Error('bad sample width')
        self._sampwidth = sampwidth

    def getsampwidth(self):
        return self._param('_sampwidth', 'sample width not set')

    def setframerate(self, framerate):
        self._unstarted()
        if framerate <= 0:
            raise Error('bad frame rate')
        self._framerate = framerate

    def getframerate(self):
        return self._param('_framerate', 'frame rate not set')

    def setnframes(self, nframes):
        self._unstarted()
        self._nframes = nframes

    def getnframes(self): return self._nframeswritten

    def setcomptype(self, comptype, compname):
        self._unstarted()
        if comptype not in _KNOWN_COMPRESSIONS:
            raise Error('unsupported compression type')
        self._comptype, self._compname = comptype, compname

    def getcomptype(self): return self._comptype

    def getcompname(self): return self._compname

    def setparams(self, params):
        (nchannels, sampwidth, framerate, nframes,
         comptype, compname) = params
        self._unstarted()
        if comptype not in _KNOWN_COMPRESSIONS:
            raise Error('unsupported compression type')
        for setter, value in ((self.setnchannels, nchannels),
                              (self.setsampwidth, sampwidth),
                              (self.setframerate, framerate),
                              (self.setnframes, nframes)):
            setter(value)
        self.setcomptype(comptype, compname)

    def getparams(self):
        if not (self._nchannels and self._sampwidth and self._framerate):
            raise Error('not all parameters set')
        return _aifc_params(self._nchannels, self._sampwidth,
                            self._framerate, self._nframes,
                            self._comptype, self._compname)

    def setmark(self, id, pos, name):
        for bad, message in ((id <= 0, 'marker ID must be > 0'),
                             (pos < 0, 'marker position must be >= 0'),
                             (not isinstance(name, bytes),
                              'marker name must be bytes')):
            if bad:
                raise Error(message)
        for i, mark in enumerate(self._markers):
            if mark[0] == id:
                self._markers[i] = id, pos, name
                return
        self._markers.append((id, pos, name))

    def getmark(self, id): return _find_mark(self._markers, id)

    def getmarkers(self): return self._markers or None

    def tell(self): return self._nframeswritten

    def writeframesraw(self, data):
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast('B')
        self._ensure_header_written(len(data))
        frames = len(data) // (self._sampwidth * self._nchannels)
        if self._convert:
            data = self._convert(data)
        self._file.write(data)
        self._nframeswritten += frames
        self._datawritten += len(data)

    def _header_stale(self):
        return (self._nframeswritten != self._nframes or
                self._datalength != self._datawritten)

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._header_stale():
            self._patchheader()

    def close(self):
        out = self._file
        if out is None:
            return
        try:
            self._ensure_header_written(0)
            if self._datawritten % 2:
                # The data is padded to an even length.
                out.write(b'\0')
                self._datawritten += 1
            self._writemarkers()
            if self._header_stale() or self._marklength:
                self._patchheader()
        finally:
            self._convert = None
            file, self._file = self._file, None
            file.close()

    def _encode_ulaw(self, data):
        import audioop
        return audioop.lin2ulaw(data, 2)

    def _encode_alaw(self, data):
        import audioop
        return audioop.lin2alaw(data, 2)

    def _encode_adpcm(self, data):
        import audioop
        data, self._adpcmstate = audioop.lin2adpcm(
            data, 2, getattr(self, '_adpcmstate', None))
        return data

    def _ensure_header_written(self, datasize):
        if self._nframeswritten:
            return
        if self._comptype in _PACKED:
            self._sampwidth = self._sampwidth or 2
            if self._sampwidth != 2:
                raise Error('sample width must be 2 when compressing '
                            'with ulaw/ULAW, alaw/ALAW or G7.22 (ADPCM)')
        for attr, what in (('_nchannels', '# channels'),
                           ('_sampwidth', 'sample width'),
                           ('_framerate', 'sampling rate')):
            if not getattr(self, attr):
                raise Error(what + ' not specified')
        self._write_header(datasize)

    def _packed_length(self, length):
        # The SSND size of length bytes of 16-bit samples once encoded.
        if self._aifc and self._comptype in _ULAW + _ALAW:
            length //= 2
        elif self._aifc and self._comptype == b'G722':
            length = (length + 3) // 4
        else:
            return length
        return length + (length & 1)

    def _write_header(self, initlength):
        out = self._file
        if self._aifc and self._comptype != b'NONE':
            if self._comptype == b'G722':
                self._convert = self._encode_adpcm
            elif self._comptype in _ULAW:
                self._convert = self._encode_ulaw
            elif self._comptype in _ALAW:
                self._convert = self._encode_alaw
        out.write(b'FORM')
        frame = self._nchannels * self._sampwidth
        if not self._nframes:
            self._nframes = initlength // frame
        length = self._nframes * frame
        self._datalength = self._packed_length(length + (length & 1))
        try:
            self._form_length_pos = out.tell()
        except (AttributeError, OSError):
            self._form_length_pos = None
        commlength = self._write_form_length(self._datalength)
        if self._aifc:
            out.write(b'AIFCFVER')
            _write_ulong(out, 4)
            _write_ulong(out, self._version)
        else:
            out.write(b'AIFF')
        out.write(b'COMM')
        _write_ulong(out, commlength)
        _write_short(out, self._nchannels)
        if self._form_length_pos is not None:
            self._nframes_pos = out.tell()
        _write_ulong(out, self._nframes)
        _write_short(out, 8 if self._comptype in _PACKED
                     else self._sampwidth * 8)
        _write_float(out, self._framerate)
        if self._aifc:
            out.write(self._comptype)
            _write_string(out, self._compname)
        out.write(b'SSND')
        if self._form_length_pos is not None:
            self._ssnd_length_pos = out.tell()
        _write_ulong(out, self._datalength + 8)
        _write_ulong(out, 0)
        _write_ulong(out, 0)

    def _write_form_length(self, datalength):
        if self._aifc:
            commlength = 23 + len(self._compname)
            commlength += commlength & 1
            extra = 12
        else:
            commlength, extra = 18, 0
        _write_ulong(self._file, 4 + extra + self._marklength + 8 +
                     commlength + 16 + datalength)
        return commlength

    def _patchheader(self):
        out = self._file
        here = out.tell()
        datalength = self._datawritten
        if datalength & 1:
            datalength += 1
            out.write(b'\x00')
        if (datalength == self._datalength and
                self._nframes == self._nframeswritten and
                self._marklength == 0):
            out.seek(here, 0)
            return
        out.seek(self._form_length_pos, 0)
        self._write_form_length(datalength)
        out.seek(self._nframes_pos, 0)
        _write_ulong(out, self._nframeswritten)
        out.seek(self._ssnd_length_pos, 0)
        _write_ulong(out, datalength + 8)
        out.seek(here, 0)
        self._nframes = self._nframeswritten
        self._datalength = datalength

    def _writemarkers(self):
        if not self._markers:
            return
        out = self._file
        out.write(b'MARK')
        size = 2
        for _, _, name in self._markers:
            size += len(name) + 7 + (0 if len(name) & 1 else 1)
        _write_ulong(out, size)
        self._marklength = size + 8
        _write_short(out, len(self._markers))
        for id, pos, name in self._markers:
            _write_short(out, id)
            _write_ulong(out, pos)
            _write_string(out, name)


def open(f, mode=None):
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Aifc_read(f)
    if mode in ('w', 'wb'):
        return Aifc_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")


openfp = open
