"""Guess the kind of an image file from its first 32 bytes."""

from os import PathLike

__all__ = ["what"]


def what(file, h=None):
    """The image kind of file (a path or a binary file, whose position is
    kept), or of the bytes h when given: 'png', 'jpeg', 'gif', ... or None."""
    opened = None
    try:
        if h is None:
            if isinstance(file, (str, PathLike)):
                opened = open(file, 'rb')
                h = opened.read(32)
            else:
                where = file.tell()
                h = file.read(32)
                file.seek(where)
        for test in tests:
            kind = test(h, opened)
            if kind:
                return kind
    finally:
        if opened is not None:
            opened.close()
    return None


# Each test looks at the header h (f is the opened file or None) and
# answers the kind's name or None. Users may add their own to tests.

def _starts(prefix, kind):
    def test(h, f):
        if h.startswith(prefix):
            return kind
    test.__name__ = 'test_' + kind
    return test


def test_jpeg(h, f):
    if h[6:10] in (b'JFIF', b'Exif'):
        return 'jpeg'


test_png = _starts(b'\x89PNG\r\n\x1a\n', 'png')


def test_gif(h, f):
    if h[:6] in (b'GIF87a', b'GIF89a'):
        return 'gif'


def test_tiff(h, f):
    if h[:2] in (b'MM', b'II'):
        return 'tiff'


test_rgb = _starts(b'\x01\xda', 'rgb')


def _netpbm(digits, kind):
    def test(h, f):
        if len(h) >= 3 and h[0] == 0x50 and h[1] in digits and h[2] in b' \t\n\r':
            return kind
    test.__name__ = 'test_' + kind
    return test


test_pbm = _netpbm(b'14', 'pbm')
test_pgm = _netpbm(b'25', 'pgm')
test_ppm = _netpbm(b'36', 'ppm')
test_rast = _starts(b'\x59\xa6\x6a\x95', 'rast')
test_xbm = _starts(b'#define ', 'xbm')
test_bmp = _starts(b'BM', 'bmp')


def test_webp(h, f):
    if h.startswith(b'RIFF') and h[8:12] == b'WEBP':
        return 'webp'


test_exr = _starts(b'\x76\x2f\x31\x01', 'exr')

tests = [test_jpeg, test_png, test_gif, test_tiff, test_rgb, test_pbm,
         test_pgm, test_ppm, test_rast, test_xbm, test_bmp, test_webp,
         test_exr]


def test(*args):
    """Print the kind of each file named (default: the current directory),
    descending into directories when -r is the first argument."""
    import sys
    import os
    names = list(args or sys.argv[1:])
    recursive = bool(names) and names[0] == '-r'
    if recursive:
        del names[0]
    try:
        for name in names or ['.']:
            _report(name, recursive, os)
    except KeyboardInterrupt:
        sys.stdout.write('\n[Interrupted]\n')
        sys.exit(1)


def _report(name, recursive, os, what=what):
    # Print what(name) for a file, or recurse into a directory (sndhdr's
    # command line does the same with its own what).
    import glob
    if os.path.isdir(name):
        print(name + '/:', end=' ')
        if recursive or name == '.':
            print('recursing down:')
            for sub in sorted(glob.glob(os.path.join(glob.escape(name), '*'))):
                _report(sub, recursive, os, what)
        else:
            print('*** directory (use -r) ***')
        return
    print(name + ':', end=' ')
    try:
        print(what(name))
    except OSError:
        print('*** not found ***')


if __name__ == '__main__':
    test()
