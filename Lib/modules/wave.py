"""Reading and writing WAV files (uncompressed PCM in a RIFF container).

open(f, 'rb') returns a Wave_read, open(f, 'wb') a Wave_write; f is a
file name or a binary file object. Frames are bytes: for each sample
instant, one little-endian sample per channel."""

import builtins
import struct
import sys
from chunk import Chunk
from collections import namedtuple

__all__ = ["open", "openfp", "Error", "Wave_read", "Wave_write"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 1

_wave_params = namedtuple('_wave_params', ['nchannels', 'sampwidth', 'framerate',
                                           'nframes', 'comptype', 'compname'])


def _swapped(data, width):
    # Samples are stored little-endian; a big-endian machine swaps them.
    if width == 1 or sys.byteorder == 'little':
        return data
    import audioop
    return audioop.byteswap(data, width)


class _WaveFile:
    # What readers and writers share: opening a file given by name (and
    # closing it), the context manager, closing on collection, and markers
    # (none).

    def __init__(self, f):
        self._i_opened_file = None
        if isinstance(f, str):
            f = self._i_opened_file = builtins.open(f, self._mode)
        try:
            self.initfp(f)
        except:
            if self._i_opened_file:
                f.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def _close_own_file(self):
        own, self._i_opened_file = self._i_opened_file, None
        if own:
            own.close()

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname


class Wave_read(_WaveFile):
    """A WAV file being read: its parameters, and its frames from the
    current position on."""

    _mode = 'rb'

    def initfp(self, file):
        self._convert = None
        self._soundpos = 0
        self._file = Chunk(file, bigendian=0)
        if self._file.getname() != b'RIFF':
            raise Error('file does not start with RIFF id')
        if self._file.read(4) != b'WAVE':
            raise Error('not a WAVE file')
        have_format = False
        self._data_chunk = None
        while True:
            self._data_seek_needed = 1
            try:
                part = Chunk(self._file, bigendian=0)
            except EOFError:
                break
            name = part.getname()
            if name == b'fmt ':
                self._read_fmt_chunk(part)
                have_format = True
            elif name == b'data':
                if not have_format:
                    raise Error('data chunk before fmt chunk')
                self._data_chunk = part
                self._nframes = part.chunksize // self._framesize
                self._data_seek_needed = 0
                break
            part.skip()
        if not have_format or not self._data_chunk:
            raise Error('fmt chunk and/or data chunk missing')

    def _read_fmt_chunk(self, part):
        # A short chunk lets struct.error through, as CPython 3.6 does.
        (tag, self._nchannels, self._framerate, _rate,
         _align) = struct.unpack_from('<HHLLH', part.read(14))
        if tag != WAVE_FORMAT_PCM:
            raise Error('unknown format: %r' % (tag,))
        bits = struct.unpack_from('<H', part.read(2))[0]
        self._sampwidth = (bits + 7) // 8
        if not self._sampwidth:
            raise Error('bad sample width')
        if not self._nchannels:
            raise Error('bad # of channels')
        self._framesize = self._nchannels * self._sampwidth
        self._comptype = 'NONE'
        self._compname = 'not compressed'

    def getfp(self):
        return self._file

    def rewind(self):
        self._soundpos, self._data_seek_needed = 0, 1

    def close(self):
        self._file = None
        self._close_own_file()

    def tell(self):
        return self._soundpos

    def getparams(self):
        return _wave_params(*(getattr(self, '_' + f) for f in _wave_params._fields))

    def setpos(self, pos):
        if not 0 <= pos <= self._nframes:
            raise Error('position not in range')
        self._soundpos = pos
        self._data_seek_needed = 1

    def readframes(self, nframes):
        """Up to nframes frames from the current position, as bytes."""
        if self._data_seek_needed:
            self._data_chunk.seek(self._soundpos * self._framesize, 0)
            self._data_seek_needed = 0
        if nframes == 0:
            return b''
        data = _swapped(self._data_chunk.read(nframes * self._framesize),
                        self._sampwidth)
        if self._convert and data:
            data = self._convert(data)
        self._soundpos += len(data) // (self._nchannels * self._sampwidth)
        return data


for _field in ('nchannels', 'nframes', 'sampwidth', 'framerate'):
    setattr(Wave_read, 'get' + _field,
            (lambda attr: lambda self: getattr(self, attr))('_' + _field))
del _field


class Wave_write(_WaveFile):
    """A WAV file being written: set the parameters, then write frames;
    close() fixes up the sizes in the header."""

    _mode = 'wb'

    def initfp(self, file):
        self._file = file
        self._convert = None
        self._nchannels = self._sampwidth = self._framerate = 0
        self._nframes = self._nframeswritten = 0
        self._datawritten = self._datalength = 0
        self._headerwritten = False

    # The parameters: each checked by its setter, read back by its getter
    # (which complains of one never set).
    _checks = {
        'nchannels': (lambda n: n >= 1, 'bad # of channels', 'number of channels not set'),
        'sampwidth': (lambda n: 1 <= n <= 4, 'bad sample width', 'sample width not set'),
        'framerate': (lambda n: n > 0, 'bad frame rate', 'frame rate not set'),
    }

    def _set(self, field, value):
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')
        rule = self._checks.get(field)
        if rule is not None:
            if not rule[0](value):
                raise Error(rule[1])
            if field == 'framerate':
                value = int(round(value))
        setattr(self, '_' + field, value)

    def _get(self, field):
        value = getattr(self, '_' + field)
        if not value:
            raise Error(self._checks[field][2])
        return value

    def setnframes(self, nframes):
        self._set('nframes', nframes)

    def getnframes(self):
        return self._nframeswritten

    def setcomptype(self, comptype, compname):
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')
        if comptype != 'NONE':
            raise Error('unsupported compression type')
        self._comptype, self._compname = comptype, compname

    def setparams(self, params):
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')
        for field, value in zip(_wave_params._fields[:4], params[:4]):
            self._set(field, value)
        self.setcomptype(comptype, compname)

    def getparams(self):
        if not (self._nchannels and self._sampwidth and self._framerate):
            raise Error('not all parameters set')
        return _wave_params(*(getattr(self, '_' + f) for f in _wave_params._fields))

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    tell = getnframes

    def writeframesraw(self, data):
        """Write frames without fixing up the header's sizes."""
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast('B')
        self._ensure_header_written(len(data))
        count = len(data) // (self._sampwidth * self._nchannels)
        if self._convert:
            data = self._convert(data)
        data = _swapped(data, self._sampwidth)
        self._file.write(data)
        self._datawritten += len(data)
        self._nframeswritten += count

    def writeframes(self, data):
        """Write frames, then make the header's sizes match."""
        self.writeframesraw(data)
        self._patchheader()

    def close(self):
        out, self._file = self._file, None
        try:
            if out:
                self._file = out
                self._ensure_header_written(0)
                self._patchheader()
                out.flush()
        finally:
            self._file = None
            self._close_own_file()

    def _ensure_header_written(self, datasize):
        if self._headerwritten:
            return
        for value, message in ((self._nchannels, '# channels not specified'),
                               (self._sampwidth, 'sample width not specified'),
                               (self._framerate, 'sampling rate not specified')):
            if not value:
                raise Error(message)
        self._write_header(datasize)

    def _write_header(self, initlength):
        framesize = self._nchannels * self._sampwidth
        if not self._nframes:
            self._nframes = initlength // framesize
        self._datalength = self._nframes * framesize
        self._file.write(b'RIFF')
        try:
            self._form_length_pos = self._file.tell()
        except (AttributeError, OSError):
            self._form_length_pos = None
        self._file.write(struct.pack(
            '<L4s4sLHHLLHH4s', 36 + self._datalength, b'WAVE', b'fmt ', 16,
            WAVE_FORMAT_PCM, self._nchannels, self._framerate,
            self._framerate * framesize, framesize, self._sampwidth * 8,
            b'data'))
        self._data_length_pos = (None if self._form_length_pos is None
                                 else self._file.tell())
        self._file.write(struct.pack('<L', self._datalength))
        self._headerwritten = True

    def _patchheader(self):
        if self._datawritten == self._datalength:
            return
        here = self._file.tell()
        for pos, value in ((self._form_length_pos, 36 + self._datawritten),
                           (self._data_length_pos, self._datawritten)):
            self._file.seek(pos, 0)
            self._file.write(struct.pack('<L', value))
        self._file.seek(here, 0)
        self._datalength = self._datawritten


def open(f, mode=None):
    """A Wave_read for mode 'r' or 'rb', a Wave_write for 'w' or 'wb'; the
    mode defaults to f's own, else 'rb'."""
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Wave_read(f)
    if mode in ('w', 'wb'):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")


openfp = open


for _field in ('nchannels', 'sampwidth', 'framerate'):
    setattr(Wave_write, 'set' + _field,
            (lambda f: lambda self, value: self._set(f, value))(_field))
    setattr(Wave_write, 'get' + _field,
            (lambda f: lambda self: self._get(f))(_field))
del _field
