"""Read and write Sun/NeXT .au sound files.

sunau.open(f, mode) gives a reader (mode 'r' or 'rb') or a writer ('w'
or 'wb') over a file name or an open binary file. The header is six
big-endian 32-bit words: magic '.snd', header size, data size (or
0xffffffff when unknown), encoding, frame rate and channel count,
followed by an info string padded to the header size. Samples are
big-endian; u-law and A-law data are decoded to 16-bit samples on
reading, and a writer encodes to u-law unless the compression type is
'NONE'.

Written for gpython-ssl from CPython 3.6's documented behaviour.
"""

from collections import namedtuple

_sunau_params = namedtuple('_sunau_params',
                           'nchannels sampwidth framerate nframes '
                           'comptype compname')

AUDIO_FILE_MAGIC = 0x2e736e64
AUDIO_UNKNOWN_SIZE = 0xFFFFFFFF

# The encodings' codes, as module constants AUDIO_FILE_ENCODING_<name>.
for _name, _code in (('MULAW_8', 1), ('LINEAR_8', 2), ('LINEAR_16', 3),
                     ('LINEAR_24', 4), ('LINEAR_32', 5), ('FLOAT', 6),
                     ('DOUBLE', 7), ('ADPCM_G721', 23), ('ADPCM_G722', 24),
                     ('ADPCM_G723_3', 25), ('ADPCM_G723_5', 26),
                     ('ALAW_8', 27)):
    globals()['AUDIO_FILE_ENCODING_' + _name] = _code
del _name, _code

# The encodings this module reads: code -> (sample width handed out,
# bytes a sample takes in the file, compression type).
_READABLE = {1: (2, 1, 'ULAW'), 27: (2, 1, 'ALAW'), 2: (1, 1, 'NONE'),
             3: (2, 2, 'NONE'), 4: (3, 3, 'NONE'), 5: (4, 4, 'NONE')}
_simple_encodings = [1, 2, 3, 4, 5, 27]

_DESCRIPTIONS = {'ULAW': 'CCITT G.711 u-law', 'ALAW': 'CCITT G.711 A-law'}


class Error(Exception):
    pass


def _read_u32(file):
    got = b''
    while len(got) < 4:
        one = file.read(1)
        if not one:
            raise EOFError
        got += one
    return int.from_bytes(got, 'big')


def _write_u32(file, value):
    file.write((value & 0xFFFFFFFF).to_bytes(4, 'big'))


def _describe(comptype):
    return _DESCRIPTIONS.get(comptype, 'not compressed')


class _Stream:
    """Opening by name, closing, use in a with statement."""

    _fp = None
    _owned = False

    def _attach(self, f, mode):
        self._owned = isinstance(f, str)
        if self._owned:
            import builtins
            f = builtins.open(f, mode)
        self.initfp(f)

    def getfp(self): return self._fp

    def __enter__(self): return self

    def __exit__(self, *exc_info): self.close()

    def __del__(self):
        if self._fp:
            self.close()

    def _release(self):
        fp, self._fp = self._fp, None
        if fp and self._owned:
            fp.close()

    def getparams(self):
        return _sunau_params(self.getnchannels(), self.getsampwidth(),
                             self.getframerate(), self.getnframes(),
                             self.getcomptype(), self.getcompname())


class Au_read(_Stream):

    def __init__(self, f):
        self._attach(f, 'rb')

    def initfp(self, file):
        self._fp = file
        self._at = 0
        if _read_u32(file) != AUDIO_FILE_MAGIC:
            raise Error('bad magic number')
        head = _read_u32(file)
        if head < 24:
            raise Error('header size too small')
        if head > 100:
            raise Error('header size ridiculously large')
        self._size = _read_u32(file)
        self._enc = _read_u32(file)
        if self._enc not in _READABLE:
            raise Error('encoding not (yet) supported')
        self._width, per_sample, self._comp = _READABLE[self._enc]
        self._rate = _read_u32(file)
        self._chans = _read_u32(file)
        if self._chans == 0:
            raise Error('bad # of channels')
        self._frame = per_sample * self._chans
        self._info = b''
        if head > 24:
            self._info = file.read(head - 24).split(b'\0', 1)[0]
        try:
            self._start = file.tell()
        except (AttributeError, OSError):
            self._start = None

    def getnchannels(self): return self._chans

    def getsampwidth(self): return self._width

    def getframerate(self): return self._rate

    def getnframes(self):
        if self._size == AUDIO_UNKNOWN_SIZE:
            return self._size
        return self._size // self._frame

    def getcomptype(self): return self._comp

    def getcompname(self): return _describe(self._comp)

    def getmarkers(self): return None

    def getmark(self, id):
        raise Error('no marks')

    def readframes(self, nframes):
        if nframes == AUDIO_UNKNOWN_SIZE:
            chunk = self._fp.read()
        else:
            chunk = self._fp.read(nframes * self._frame)
        self._at += len(chunk) // self._frame
        if self._comp != 'NONE':
            import audioop
            decode = audioop.ulaw2lin if self._comp == 'ULAW' else audioop.alaw2lin
            chunk = decode(chunk, self._width)
        return chunk

    def _seek_frame(self, n):
        if self._start is None:
            raise OSError('cannot seek')
        self._fp.seek(self._start + n * self._frame)
        self._at = n

    def rewind(self): self._seek_frame(0)

    def tell(self): return self._at

    def setpos(self, pos):
        if not 0 <= pos <= self.getnframes():
            raise Error('position not in range')
        self._seek_frame(pos)

    def close(self): self._release()


class Au_write(_Stream):

    def __init__(self, f):
        self._attach(f, 'wb')

    def initfp(self, file):
        self._fp = file
        self._chans = self._width = self._rate = self._frame = 0
        self._planned = AUDIO_UNKNOWN_SIZE
        self._frames_out = self._bytes_out = self._declared = 0
        self._info = b''
        self._comp = 'ULAW'

    def _before_data(self):
        if self._frames_out:
            raise Error('cannot change parameters after starting to write')

    def setnchannels(self, nchannels):
        self._before_data()
        if nchannels not in (1, 2, 4):
            raise Error('only 1, 2, or 4 channels supported')
        self._chans = nchannels

    def getnchannels(self):
        if self._chans:
            return self._chans
        raise Error('number of channels not set')

    def setsampwidth(self, sampwidth):
        self._before_data()
        if sampwidth not in (1, 2, 3, 4):
            raise Error('bad sample width')
        self._width = sampwidth

    def getsampwidth(self):
        # CPython 3.6 looks at the frame rate here.
        if self._rate:
            return self._width
        raise Error('sample width not specified')

    def setframerate(self, framerate):
        self._before_data()
        self._rate = framerate

    def getframerate(self):
        if self._rate:
            return self._rate
        raise Error('frame rate not set')

    def setnframes(self, nframes):
        self._before_data()
        if nframes < 0:
            raise Error('# of frames cannot be negative')
        self._planned = nframes

    def getnframes(self): return self._frames_out

    def setcomptype(self, type, name):
        if type not in ('NONE', 'ULAW'):
            raise Error('unknown compression type')
        self._comp = type

    def getcomptype(self): return self._comp

    def getcompname(self): return _describe(self._comp)

    def setparams(self, params):
        (nchannels, sampwidth, framerate, nframes,
         comptype, compname) = params
        self.setnchannels(nchannels)
        self.setsampwidth(sampwidth)
        self.setframerate(framerate)
        self.setnframes(nframes)
        self.setcomptype(comptype, compname)

    def tell(self): return self._frames_out

    def writeframesraw(self, data):
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast('B')
        self._start_data()
        if self._comp == 'ULAW':
            import audioop
            data = audioop.lin2ulaw(data, self._width)
        self._fp.write(data)
        self._frames_out += len(data) // self._frame
        self._bytes_out += len(data)

    def _length_wrong(self):
        return (self._frames_out != self._planned or
                self._declared != self._bytes_out)

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._length_wrong():
            self._fix_length()

    def close(self):
        if self._fp is None:
            return
        try:
            self._start_data()
            if self._length_wrong():
                self._fix_length()
            self._fp.flush()
        finally:
            self._release()

    def _start_data(self):
        # The header goes out before the first frames.
        if self._frames_out:
            return
        for value, what in ((self._chans, '# of channels'),
                            (self._width, 'sample width'),
                            (self._rate, 'frame rate')):
            if not value:
                raise Error(what + ' not specified')
        self._write_header()

    def _write_header(self):
        if self._comp == 'ULAW':
            code, per_sample = AUDIO_FILE_ENCODING_MULAW_8, 1
        elif self._comp == 'NONE' and self._width in (1, 2, 3, 4):
            code, per_sample = self._width + 1, self._width
        else:
            raise Error('internal error')
        self._frame = per_sample * self._chans
        head = (25 + len(self._info) + 7) // 8 * 8
        length = AUDIO_UNKNOWN_SIZE
        if self._planned != AUDIO_UNKNOWN_SIZE:
            length = self._planned * self._frame
        fp = self._fp
        _write_u32(fp, AUDIO_FILE_MAGIC)
        _write_u32(fp, head)
        try:
            self._length_at = fp.tell()
        except (AttributeError, OSError):
            self._length_at = None
        for word in (length, code, self._rate, self._chans):
            _write_u32(fp, word)
        self._declared = length
        fp.write(self._info + bytes(head - 24 - len(self._info)))

    def _fix_length(self):
        if self._length_at is None:
            raise OSError('cannot seek')
        self._fp.seek(self._length_at)
        _write_u32(self._fp, self._bytes_out)
        self._declared = self._bytes_out
        self._fp.seek(0, 2)


def open(f, mode=None):
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Au_read(f)
    if mode in ('w', 'wb'):
        return Au_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")


openfp = open
