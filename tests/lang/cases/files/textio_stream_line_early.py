# A TextIOWrapper over a stream that cannot seek (a socket's makefile('rb'),
# a pipe) returns a line as soon as it has come: the peer here sends the
# rest only after the first line was read.
import io, os, socket, threading, time


def serve(send, close, parts):
    got = threading.Event()

    def peer():
        send(parts[0])
        got.wait(5)
        for p in parts[1:]:
            time.sleep(0.05)
            send(p)
        close()

    t = threading.Thread(target=peer)
    t.start()
    return got, t


def lines(make, parts, newline=None):
    a, b = socket.socketpair()
    a.settimeout(5)
    got, t = serve(b.sendall, b.close, parts)
    w = io.TextIOWrapper(make(a), encoding="utf-8", newline=newline)
    print(repr(w.readline()))
    got.set()
    print(repr(w.readline()), repr(w.read()))
    t.join()
    w.close()
    a.close()


lines(lambda s: s.makefile("rb"), [b"first line\nsec", b"ond\nrest"])
lines(lambda s: s.makefile("rb"), [b"one\r\ntwo", b"\r", b"\nend"])
lines(lambda s: s.makefile("rb"), [b"one\r\ntwo", b"\r", b"\nend"], newline="")
lines(lambda s: s.makefile("rb"), [b"x\ncaf\xc3", b"\xa9\nnext\n"])
lines(lambda s: s.makefile("rb", buffering=0), [b"raw\n", b"more\n"])
r = a = None

# the same over a pipe, through a BufferedReader of a FileIO
rfd, wfd = os.pipe()
got, t = serve(lambda d: os.write(wfd, d), lambda: os.close(wfd), [b"p1\np", b"2\n"])
w = io.TextIOWrapper(io.BufferedReader(io.FileIO(rfd, "r")), encoding="ascii")
print(repr(w.readline()))
got.set()
print(repr(w.readline()), repr(w.readline()))
t.join()
w.close()
