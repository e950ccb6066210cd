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


def _extended(b):
    # An IEEE 754 80-bit extended float (the sample rate of AIFF).
    top = _be(b[:2])
    sign = -1 if top & 0x8000 else 1
    exp, mant = top & 0x7fff, _be(b[2:10])
    if exp == 0 and mant == 0:
        return sign * 0.0
    if exp == 0x7fff:
        return sign * float('inf')
    return sign * mant * 2.0 ** (exp - 16383 - 63)


def _aiff_comm(f):
    # (nchannels, nframes, sample bytes, rate) of an AIFF or AIFF-C file,
    # or None when it lacks a readable COMM or SSND chunk.
    import chunk
    f.seek(0)
    try:
        form = chunk.Chunk(f)
        if form.getname() != b'FORM':
            return None
        kind = form.read(4)
        comm = None
        ssnd = False
        while True:
            try:
                part = chunk.Chunk(form)
            except EOFError:
                break
            name = part.getname()
            if name == b'COMM':
                body = part.read(26 if kind == b'AIFC' else 18)
                if len(body) < 18:
                    return None
                width = (_be(body[6:8]) + 7) // 8
                if kind == b'AIFC' and len(body) >= 22:
                    if body[22:26] in (b'ULAW', b'ulaw', b'ALAW', b'alaw'):
                        width = 2
                    elif body[22:26] not in (b'NONE', b'none', b'G722'):
                        return None
                comm = (_be(body[:2]), _be(body[2:6]), width,
                        int(_extended(body[8:18])))
            elif name == b'SSND':
                ssnd = True
            part.skip()
    except (EOFError, ValueError, RuntimeError, OverflowError):
        return None
    if comm is None or not ssnd or not comm[0] or not comm[2]:
        return None
    return comm


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
