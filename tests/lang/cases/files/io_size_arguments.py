# Every io class's size, position and hint arguments against each kind of
# object: CPython 3.6 converts them four ways (BytesIO: int or None only;
# read/readline/readlines/truncate: a number by __index__; peek, read1,
# seek: Py_ssize_t; FileIO offsets: a C long long by __int__), each with
# its own messages.
import io, os, tempfile


class Index:
    def __index__(self):
        return 2


class Int:
    def __int__(self):
        return 2


def shown(v):
    if isinstance(v, (Index, Int)):
        return type(v).__name__
    return repr(v)


ARGS = [None, -1, 2, 1.5, Index(), Int(), "x", True]
METHODS = ["read", "read1", "readline", "readlines", "truncate", "peek", "seek"]
DATA = b"hello\nworld\n"

d = tempfile.mkdtemp()
p = os.path.join(d, "f")

MAKERS = [
    ("BytesIO", lambda: io.BytesIO(DATA)),
    ("StringIO", lambda: io.StringIO(DATA.decode())),
    ("FileIO", lambda: io.FileIO(p, "r")),
    ("BufferedReader", lambda: open(p, "rb")),
    ("BufferedRandom", lambda: open(p, "r+b")),
    ("TextIOWrapper", lambda: open(p, "r")),
    ("TextIOWrapper/BytesIO", lambda: io.TextIOWrapper(io.BytesIO(DATA))),
    ("BufferedReader/BytesIO", lambda: io.BufferedReader(io.BytesIO(DATA))),
]
READ_ONLY = ("FileIO", "BufferedReader", "TextIOWrapper", "BufferedReader/BytesIO")

try:
    for name, make in MAKERS:
        for meth in METHODS:
            for a in ARGS:
                with open(p, "wb") as g:
                    g.write(DATA)
                f = make()
                if not hasattr(f, meth) or (meth == "truncate" and name in READ_ONLY):
                    f.close()
                    continue
                try:
                    r = getattr(f, meth)(a)
                    if meth == "peek":
                        r = type(r).__name__
                    elif not isinstance(r, (int, float, bytes, str, list)):
                        r = type(r).__name__
                    print(name, meth, shown(a), "->", repr(r))
                except Exception as e:
                    print(name, meth, shown(a), "!!", type(e).__name__, e)
                f.close()
    # RawIOBase.read takes a Py_ssize_t: None is refused
    for a in (None, 1.5):
        try:
            io.RawIOBase().read(a)
        except TypeError as e:
            print("RawIOBase read", repr(a), "!!", e)
finally:
    os.unlink(p)
    os.rmdir(d)
