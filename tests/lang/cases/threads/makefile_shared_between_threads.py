# One makefile('rwb') (a BufferedRWPair in CPython) used by two threads: a
# reader thread waits in readline() while the main thread writes and
# flushes through the same file object; then two threads read from one
# makefile('rb'). Neither may wait for the other forever.
import socket
import threading

a, b = socket.socketpair()
a.settimeout(5)
b.settimeout(5)
fa = a.makefile("rwb")
got = []


def reader():
    for _ in range(3):
        got.append(fa.readline())


t = threading.Thread(target=reader)
t.start()
fb = b.makefile("rwb")
for word in (b"one", b"two", b"three"):
    fa.write(b"ping " + word + b"\n")
    fa.flush()
    line = fb.readline()
    fb.write(line.replace(b"ping", b"pong"))
    fb.flush()
t.join(10)
print(t.is_alive(), got)

# a second reader asks for a line while the first waits for one: it
# waits for the file without holding up the first
import time
fr = a.makefile("rb")
lines = []


def take():
    lines.append(fr.readline())


first = threading.Thread(target=take)
first.start()
time.sleep(0.2)
second = threading.Thread(target=take)
second.start()
time.sleep(0.2)
b.sendall(b"first line\n")
time.sleep(0.2)
b.sendall(b"second line\n")
first.join(10)
second.join(10)
print(first.is_alive(), second.is_alive(), sorted(lines))
for f in (fa, fb, fr):
    f.close()
a.close()
b.close()
