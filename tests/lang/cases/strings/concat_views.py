# Concatenation keeps long results in buffers with spare room (s += x is
# linear overall): an older, shorter value built from the same buffer
# never changes when a newer one is extended, in str (UTF-8 and lone
# surrogates) and bytes, across threads too.
base = "x" * 300
a = base + "A"
b = base + "B"
print(a[-1], b[-1], len(a), len(b))
s = ""
parts = []
for i in range(2000):
    s += "%d," % i
    if i % 500 == 0:
        parts.append(s)
t = parts[1] + "Z"
print([p[-6:] for p in parts], s[-10:], t[-6:], parts[1][-5:])
x = b"y" * 400
y1 = x + b"1"; y2 = x + b"2"; y3 = y1 + b"3"; y4 = y1 + b"4"
print(y1[-1:], y2[-1:], y3[-2:], y4[-2:], len(y3))
s1 = "é" * 200; s2 = s1 + "ü" * 100; s3 = s1 + "ß"
print(len(s2), len(s3), s2[-1], s3[-1], s2[199], s3[199])
e = "\ud800" * 100 + "q" * 200
f = e + "\udc00"
print(len(f), repr(f[-2:]), repr(f[99:101]))
import threading
res = []
def w(ch):
    s = "" 
    for i in range(3000):
        s += ch
    res.append((ch, len(s), s.count(ch)))
ts = [threading.Thread(target=w, args=(c,)) for c in "abcd"]
for th in ts: th.start()
for th in ts: th.join()
print(sorted(res))
