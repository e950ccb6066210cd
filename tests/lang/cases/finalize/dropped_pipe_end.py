# A file object dropped without close() is closed at the drop in
# CPython: a read of a pipe whose write end was dropped ends, a second
# reader sees end of file, and a child's output read to the end does not
# wait for a collection.
import os
import subprocess
import sys

r, w = os.pipe()
os.fdopen(w, "w").write("written through a dropped file\n")
print(os.fdopen(r).read(), end="")

r, w = os.pipe()
open(w, "wb", closefd=True)
print(repr(os.read(r, 10)))
os.close(r)

def writer(fd, text):
    f = os.fdopen(fd, "w")
    f.write(text)

r, w = os.pipe()
writer(w, "from a function's local\n")
with os.fdopen(r) as f:
    print(f.readline(), end="")
    print(repr(f.read()))

p = subprocess.Popen([sys.executable, "-c", "print('child')"], stdout=subprocess.PIPE)
print(p.stdout.read())
p.stdout.close()
print(p.wait())
