# The _io file objects have an instance __dict__: attributes of a script's
# own, and a flush replaced on the instance, which close() calls first.
import io, os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'fl.bin')


def check(*args, **kw):
    f = open(*args, **kw)
    closed = []

    def bad_flush():
        closed[:] = [f.closed]
        raise OSError('bad')
    f.flush = bad_flush
    try:
        f.close()
    except OSError as e:
        print('raised', e)
    print(type(f).__name__, f.closed, closed)
    f.flush = lambda: None
    f.close()


check(p, 'wb', buffering=0)
check(p, 'wb')
check(p, 'w')
check(p, 'r+b')
fd = os.open(p, os.O_WRONLY)
check(fd, 'w', closefd=False)
os.close(fd)

for mode, kw in [('rb', {}), ('rb', {'buffering': 0}), ('r', {}), ('wb', {}), ('r+b', {})]:
    f = open(p, mode, **kw)
    print(type(f).__name__, hasattr(f, 'zz'), getattr(f, 'zz', 5))
    try:
        f.zz
    except AttributeError as e:
        print(e)
    f.zz = 1
    f.self = f
    print(f.zz, f.self is f, vars(f)['zz'], sorted(k for k in f.__dict__ if k not in ('name', 'mode')))
    del f.zz
    print('zz' in vars(f))
    try:
        del f.zz
    except AttributeError as e:
        print('del', e)
    try:
        del f.read
    except AttributeError as e:
        print('del read', e)
    try:
        f.__class__ = io.BytesIO
    except TypeError as e:
        print(e)
    f.close()
    f.after = 2
    print(f.after)


# a method set on the instance is the one a script calls
for mode in ['wb', 'w', 'r+b']:
    f = open(p, mode) if mode != 'wb' else open(p, mode, buffering=0)
    calls = []
    f.write = lambda data: calls.append(data) or 42
    print(f.write('x' if mode == 'w' else b'x'), calls)
    w = f.write
    print(w is f.__dict__['write'])
    del f.write
    print(f.write('y' if mode == 'w' else b'y'))
    f.close()


class F(io.FileIO):
    pass


g = F(p)
g.q = 3
print(g.q, g.__dict__['q'])
g.close()
t = open(p)
t.mode = 'zz'
print(t.mode)
t.close()
os.remove(p)
os.rmdir(d)
