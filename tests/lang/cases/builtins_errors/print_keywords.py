import sys


def t(**kw):
    try:
        print('x', 'y', **kw)
    except Exception as e:
        print(sorted(kw), '->', type(e).__name__ + ':', e)


t(sep=1)
t(end=1)
t(sep=b'x')
t(end=b'x')
t(sep=None, end=None)
t(sep='-', end='!\n')
t(file=1)
t(file=None)
t(file=sys.stdout, flush=1)
t(bogus=1)
t(sep=1, end=2)
t(end=None, file=sys.stderr)
print(file=sys.stdout)
