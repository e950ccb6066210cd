import os
with open('ce_f.bin', 'wb') as f:
    f.write(b'abc\n')
for mode, kw in [('r', {}), ('rb', {}), ('rb', {'buffering': 0}), ('wb', {}), ('r+b', {}), ('a', {})]:
    f = open('ce_f.bin', mode, **kw)
    f.close()
    f.close()
    print(mode, kw, f.closed)
    for name in ['read', 'readline', 'readlines', 'write', 'seek', 'tell', 'fileno',
                 'isatty', 'readable', 'writable', 'seekable', 'flush', 'truncate',
                 '__iter__', '__next__', '__enter__']:
        arg = {'write': ('x' if 'b' not in mode else b'x',), 'seek': (0,)}.get(name, ())
        try:
            r = getattr(f, name)(*arg)
            print(' ', name, 'ok', r)
        except Exception as e:
            print(' ', name, type(e).__name__, e)
os.remove('ce_f.bin')
