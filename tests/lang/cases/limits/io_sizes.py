# Size, position and whence arguments of io, os, mmap and memoryview at
# the edges of C's integer types: each gives 3.6's result or exception
# (issue 20, item 1), and a huge read of a short file neither allocates
# its size nor ends the process.
import io, os, mmap, tempfile, shutil

V = [2**31, 2**62, 2**63, -1, -2**31 - 1, -2**63 + 1, 2**64 + 1, 0]

tmpd = tempfile.mkdtemp()
path = os.path.join(tmpd, 'f')
opened = []


def fresh():
    with open(path, 'wb') as f:
        f.write(b'abcdef')


def keep(f):
    opened.append(f)
    return f


def show(label, fn):
    fresh()
    try:
        r = fn()
        print(label, 'ok', type(r).__name__, repr(r)[:40])
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(path, 'PATH'))
    finally:
        while opened:
            f = opened.pop()
            if isinstance(f, int):
                os.close(f)
            else:
                f.close()


def fd(flags=os.O_RDONLY):
    return keep(os.open(path, flags))


calls = [
    ('BytesIO.read', lambda n: io.BytesIO(b'abc').read(n)),
    ('BytesIO.readline', lambda n: io.BytesIO(b'abc').readline(n)),
    ('BytesIO.readlines', lambda n: io.BytesIO(b'abc').readlines(n)),
    ('BytesIO.seek', lambda n: io.BytesIO(b'abc').seek(n)),
    ('BytesIO.seek cur', lambda n: io.BytesIO(b'abc').seek(n, 1)),
    ('BytesIO.seek end', lambda n: io.BytesIO(b'abc').seek(n, 2)),
    ('BytesIO.seek whence', lambda n: io.BytesIO(b'abc').seek(0, n)),
    ('BytesIO.truncate', lambda n: io.BytesIO(b'abc').truncate(n)),
    ('BytesIO.__setstate__', lambda n: io.BytesIO().__setstate__((b'x', n, None))),
    ('StringIO.read', lambda n: io.StringIO('abc').read(n)),
    ('StringIO.readline', lambda n: io.StringIO('abc').readline(n)),
    ('StringIO.seek', lambda n: io.StringIO('abc').seek(n)),
    ('StringIO.seek whence', lambda n: io.StringIO('abc').seek(0, n)),
    ('StringIO.truncate', lambda n: io.StringIO('abc').truncate(n)),
    ('FileIO.read', lambda n: keep(open(path, 'rb', buffering=0)).read(n)),
    ('FileIO.seek', lambda n: keep(open(path, 'rb', buffering=0)).seek(n)),
    ('FileIO(fd)', lambda n: keep(io.FileIO(n)) if n else 'skip'),
    ('BufferedReader.read', lambda n: keep(open(path, 'rb')).read(n)),
    ('BufferedReader.read1', lambda n: keep(open(path, 'rb')).read1(n)),
    ('BufferedReader.peek', lambda n: keep(open(path, 'rb')).peek(n)),
    ('BufferedReader.seek', lambda n: keep(open(path, 'rb')).seek(n)),
    ('BufferedReader.seek whence', lambda n: keep(open(path, 'rb')).seek(0, n)),
    ('BufferedReader(buffer_size)', lambda n: keep(io.BufferedReader(keep(io.FileIO(path)), n)).read()),
    ('BufferedReader(BytesIO).read', lambda n: io.BufferedReader(io.BytesIO(b'abc')).read(n)),
    ('BufferedReader(BytesIO).read1', lambda n: io.BufferedReader(io.BytesIO(b'abc')).read1(n)),
    ('BufferedReader(BytesIO).seek', lambda n: io.BufferedReader(io.BytesIO(b'abc')).seek(n)),
    ('BufferedWriter(BytesIO, buffer_size)', lambda n: io.BufferedWriter(io.BytesIO(), n).write(b'x')),
    ('TextIOWrapper.read', lambda n: keep(open(path, encoding='ascii')).read(n)),
    ('TextIOWrapper.readline', lambda n: keep(open(path, encoding='ascii')).readline(n)),
    ('TextIOWrapper.seek whence', lambda n: keep(open(path, encoding='ascii')).seek(0, n)),
    ('TextIOWrapper(BytesIO).read', lambda n: io.TextIOWrapper(io.BytesIO(b'abc'), 'ascii').read(n)),
    ('os.read', lambda n: os.read(fd(), n)),
    ('os.pread', lambda n: os.pread(fd(), n, 0)),
    ('os.lseek', lambda n: os.lseek(fd(), n, 0)),
    ('os.ftruncate', lambda n: os.ftruncate(fd(os.O_RDWR), n) if n < 2**40 else os.ftruncate(fd(os.O_RDWR), n)),
    ('os.fstat', lambda n: os.fstat(n).st_size if n else 'skip'),
    ('os.stat', lambda n: os.stat(n).st_size if n > 0 else 'skip'),
    ('mmap.read', lambda n: mmap.mmap(-1, 4).read(n)),
    ('mmap.move', lambda n: mmap.mmap(-1, 4).move(n, 0, 1)),
    ('mmap.move count', lambda n: mmap.mmap(-1, 4).move(0, 0, n)),
    ('memoryview[n]', lambda n: memoryview(b'ab')[n]),
    ('memoryview[n] = 1', lambda n: memoryview(bytearray(b'ab')).__setitem__(n, 1)),
    ('memoryview[0] = n', lambda n: memoryview(bytearray(b'ab')).__setitem__(0, n)),
    ('memoryview.cast shape', lambda n: memoryview(b'ab').cast('B', [n])),
]
for name, f in calls:
    for n in V:
        show('%s(%d)' % (name, n), lambda: f(n))


def deletion(src):
    try:
        exec(src)
    except Exception as e:
        print(src, type(e).__name__, e)


deletion('del memoryview(b"ab")[0]')
deletion('del memoryview(bytearray(b"ab"))[0]')
deletion('del memoryview(bytearray(b"ab"))[0:1]')
deletion('del memoryview(b"ab")[2**63]')
m = memoryview(b'ab')
m.release()
try:
    del m[0]
except ValueError as e:
    print('released:', e)
shutil.rmtree(tmpd)
