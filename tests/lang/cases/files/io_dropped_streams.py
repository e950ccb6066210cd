# Streams dropped while open: a derived class's __del__, close and flush
# run in CPython's order; the file is closed and its data kept; a
# ResourceWarning names the outermost object over the file descriptor.
import gc
import io
import os
import tempfile
import warnings

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data')


def collect():
    for _ in range(3):
        gc.collect()


def caught(fn):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        fn()
        collect()
    return [(x.category.__name__, str(x.message).replace(tmp, 'TMP'))
            for x in w]


def derived(base, make):
    record = []

    class My(base):
        def __del__(self):
            record.append('del')
            try:
                f = super().__del__
            except AttributeError:
                pass
            else:
                f()

        def close(self):
            record.append('close')
            super().close()

        def flush(self):
            record.append('flush')
            super().flush()

    def run():
        obj = make(My)
        del obj
    warns = caught(run)
    return record, [(c, m.split(' name=')[0]) for c, m in warns]


print(derived(io.FileIO, lambda cls: cls(path, 'wb')))
print(derived(io.BufferedWriter, lambda cls: cls(io.FileIO(path, 'wb'))))
print(derived(io.BufferedReader, lambda cls: cls(io.FileIO(path, 'rb'))))
print(derived(io.BufferedRandom, lambda cls: cls(io.FileIO(path, 'r+b'))))


class Raw(io.RawIOBase):
    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        return 0

    def write(self, b):
        return len(b)

    def seek(self, pos, whence=0):
        return 0

    def tell(self):
        return 0


for tp in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    print(tp.__name__, derived(tp, lambda cls: cls(Raw())))


def plain(*args, **kwargs):
    def run():
        f = open(*args, **kwargs)
        print(repr(f).replace(tmp, 'TMP'))
        f = None
    return caught(run)


print(plain(path, 'wb', buffering=0))
print(plain(path, 'wb'))
print(plain(path, 'w', encoding='utf-8'))
print(plain(path, 'rb'))
print(plain(path, 'r', encoding='latin-1'))


def written():
    f = open(path, 'w', encoding='utf-8')
    f.write('kept')
    f.f = None
print(caught(written))
with open(path) as f:
    print(f.read())

# A buffered object dropped while its raw file is still held closes it.
def over_raw():
    raw = io.FileIO(path, 'rb')
    b = io.BufferedReader(raw)
    del b
    collect()
    print('raw closed:', raw.closed)
print(caught(over_raw))

# Descriptors the file does not own, and closed files, give no warning.
r, w = os.pipe()
print(caught(lambda: open(r, 'rb', closefd=False)))
print(caught(lambda: open(path, 'rb').close()))
os.close(r)
os.close(w)

# The warning's text and category as a filter that raises sees them.
def as_error(*args):
    import sys
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('error', ResourceWarning)
            f = open(path, *args)
            f = None
            collect()
    finally:
        report, sys.stderr = sys.stderr.getvalue(), saved
    print(report.replace(tmp, 'TMP'))
as_error('rb')
as_error('rb', 0)
os.remove(path)
os.rmdir(tmp)
print('done')
