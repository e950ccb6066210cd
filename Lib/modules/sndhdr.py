"""Guess the kind of a sound file and its parameters from its header.

what(filename) and whathdr(filename) return a SndHeaders tuple
(filetype, framerate, nchannels, nframes, sampwidth), or None when the
file is of no kind known here. Unknown values are 0 or -1; sampwidth is
in bits, or 'A' (A-law), 'U' (u-law) or '?'."""

from collections import namedtuple

__all__ = ['what', 'whathdr']

SndHeaders = namedtuple('SndHeaders',
                        'filetype framerate nchannels nframes sampwidth')


def what(filename):
    """The SndHeaders of the sound file filename, or None."""
    return whathdr(filename)


def whathdr(filename):
    """The SndHeaders of the sound file filename, from its first 512
    bytes (and, for AIFF and WAV, a parse of the file), or None."""
    with open(filename, 'rb') as f:
        h = f.read(512)
        for test in tests:
            found = test(h, f)
            if found:
                return SndHeaders(*found)
    return None


def _be(data):
    return int.from_bytes(data, 'big')


def _le(data):
    return int.from_bytes(data, 'little')


def _aiff_comm(f):
    # (nchannels, nframes, sample bytes, rate) of an AIFF or AIFF-C file
    # as the aifc module reads it, or None when aifc cannot.
    import aifc
    f.seek(0)
    try:
        reader = aifc.open(f, 'r')
    except (EOFError, aifc.Error):
        return None
    return (reader.getnchannels(), reader.getnframes(),
            reader.getsampwidth(), reader.getframerate())


tests = []


def test_aifc(h, f):
    if not h.startswith(b'FORM'):
        return None
    kind = {b'AIFC': 'aifc', b'AIFF': 'aiff'}.get(h[8:12])
    if kind is None:
        return None
    comm = _aiff_comm(f)
    if comm is None:
        return None
    nchannels, nframes, width, rate = comm
    return kind, rate, nchannels, nframes, 8 * width


def test_au(h, f):
    if h.startswith(b'.snd'):
        num = _be
    elif h[:4] in (b'\0ds.', b'dns.'):
        num = _le
    else:
        return None
    size, encoding, rate, nchannels = (num(h[8:12]), num(h[12:16]),
                                       num(h[16:20]), num(h[20:24]))
    bits, width = {1: ('U', 1), 2: (8, 1), 3: (16, 2)}.get(encoding, ('?', 1))
    framesize = width * nchannels
    nframes = size / framesize if framesize else -1
    return 'au', rate, nchannels, nframes, bits


def test_hcom(h, f):
    if h[65:69] != b'FSSD' or h[128:132] != b'HCOM':
        return None
    divisor = _be(h[144:148])
    return 'hcom', (22050 / divisor if divisor else 0), 1, -1, 8


def test_voc(h, f):
    if not h.startswith(b'Creative Voice File\x1a'):
        return None
    block = _le(h[20:22])
    rate = 0
    if 0 <= block < 500 and h[block] == 1:
        code = 256 - h[block + 4]
        if code:
            rate = int(1000000.0 / code)
    return 'voc', rate, 1, -1, 8


def test_wav(h, f):
    import wave
    if not h.startswith(b'RIFF') or h[8:12] != b'WAVE' or h[12:16] != b'fmt ':
        return None
    f.seek(0)
    try:
        w = wave.openfp(f, 'r')
    except (EOFError, wave.Error):
        return None
    return ('wav', w.getframerate(), w.getnchannels(), w.getnframes(),
            8 * w.getsampwidth())


def test_8svx(h, f):
    if h.startswith(b'FORM') and h[8:12] == b'8SVX':
        return '8svx', 0, 1, 0, 8
    return None


def test_sndt(h, f):
    if h.startswith(b'SOUND'):
        return 'sndt', _le(h[20:22]), 1, _le(h[8:12]), 8
    return None


def test_sndr(h, f):
    if h.startswith(b'\0\0'):
        rate = _le(h[2:4])
        if 4000 <= rate <= 25000:
            return 'sndr', rate, 1, -1, 8
    return None


tests.extend([test_aifc, test_au, test_hcom, test_voc, test_wav, test_8svx,
              test_sndt, test_sndr])


def test(recursive=False):
    """Print what() of each file named on the command line (default: the
    current directory); -r as first argument descends into directories."""
    import sys
    names = sys.argv[1:]
    if names[:1] == ['-r']:
        recursive = True
        del names[0]
    try:
        for name in names or ['.']:
            _report(name, recursive)
    except KeyboardInterrupt:
        sys.stdout.write('\n[Interrupted]\n')
        sys.exit(1)


def _report(name, recursive):
    import os
    import imghdr
    imghdr._report(name, recursive, os, what)


if __name__ == '__main__':
    test()
