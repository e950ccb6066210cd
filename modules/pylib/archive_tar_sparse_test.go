package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of tarfile's GNU sparse members
// in pax archives: format 0.0 (an offset and a numbytes record per
// piece, the keys repeated) and 1.0 (the map at the start of the data),
// read from a seekable file and as a stream.

const tarSparsePrelude = pytesting.ShowRepr + `import tarfile, io
def header(name, size, kind):
    b = bytearray(512)
    def put(at, value):
        b[at:at + len(value)] = value
    put(0, name.encode()); put(100, b"0000644\0"); put(108, b"0000000\0"); put(116, b"0000000\0")
    put(124, b"%011o\0" % size); put(136, b"%011o\0" % 0); put(156, kind)
    put(257, b"ustar\0"); put(263, b"00")
    b[148:156] = b" " * 8
    put(148, b"%06o\0 " % sum(b))
    return bytes(b)
def record(key, value):
    body = " %s=%s\n" % (key, value)
    n = len(body) + 1
    while len(str(n)) + len(body) != n:
        n += 1
    return ("%d%s" % (n, body)).encode()
def padded(data):
    return data + b"\0" * (-len(data) % 512)
def member(name, pax, data):
    return header("PaxHeader/" + name, len(pax), b"x") + padded(pax) + header(name, len(data), b"0") + padded(data)
PIECES = [(1000, 5), (3000, 7), (5000, 3)]
STORED = b"AAAAA" + b"BBBBBBB" + b"CCC"
def sparse00(name):
    pax = record("GNU.sparse.size", 6000) + record("GNU.sparse.numblocks", len(PIECES))
    for off, n in PIECES:
        pax += record("GNU.sparse.offset", off) + record("GNU.sparse.numbytes", n)
    return member(name, pax, STORED)
def sparse10(name):
    pax = record("GNU.sparse.major", 1) + record("GNU.sparse.minor", 0) + record("GNU.sparse.name", name) + record("GNU.sparse.realsize", 6000)
    m = ("%d\n" % len(PIECES) + "".join("%d\n%d\n" % p for p in PIECES)).encode()
    return member("GNUSparseFile.0/" + name, pax, padded(m) + STORED)
ARCHIVE = sparse00("s00") + sparse10("s10") + header("plain", 4, b"0") + padded(b"tail") + b"\0" * 1024
def expected():
    out = bytearray(6000)
    at = 0
    for off, n in PIECES:
        out[off:off + n] = STORED[at:at + n]
        at += n
    return bytes(out)
def read(mode):
    out = []
    with tarfile.open(fileobj=io.BytesIO(ARCHIVE), mode=mode) as tar:
        for info in tar:
            data = tar.extractfile(info).read()
            out.append((info.name, info.size, info.offset, info.offset_data, info.sparse, info.issparse(),
                        len(data), data == expected() if info.issparse() else data))
    return out
`

var tarSparseCases = []pytesting.Case{
	{"seekable", `read("r:")`},
	{"stream", `read("r|")`},
	{"getmembers", `[(i.name, i.sparse) for i in tarfile.open(fileobj=io.BytesIO(ARCHIVE)).getmembers()]`},
	{"partial read", `(lambda t: (lambda f: (f.read(1003)[-4:], f.tell(), f.seek(2998), f.read(4), f.seek(5001), f.read(5)))(t.extractfile("s10")))(tarfile.open(fileobj=io.BytesIO(ARCHIVE)))`},
}

func TestTarfileSparseDifferential(t *testing.T) {
	pytesting.DiffCases(t, "archive_tar_sparse", tarSparsePrelude, tarSparseCases)
}
