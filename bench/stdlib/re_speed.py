# bench/stdlib re: regular expressions over 1 MB of text (issue 16 item 4).
# Run by `make bench-stdlib` (bench/cmd/stdlibbench).
#
# Usage: re_speed.py findall|headers|pem|sub [KB]
# findall: word_re.findall over the text (the row). headers: a
# multi-line header pattern with groups (findall). pem: finditer with a
# backreference over a bundle of PEM blocks. sub: re.sub of digit runs.
# KB (default 1000) sizes each text. The hot part is repeated 3 times;
# "seconds" is the fastest.
import re
import sys
import time

mode = sys.argv[1] if len(sys.argv) > 1 else "findall"
size = (int(sys.argv[2]) if len(sys.argv) > 2 else 1000) * 1000
REPEAT = 3

words = " ".join("token%d-x=%d;" % (i, i * 7) for i in range(size // 14 + 1))[:size]
headers = "".join(
    "X-Header-%d: value %d; charset=utf-8\r\nContent-Length: %d\r\n" % (i, i, i * 3)
    for i in range(size // 60 + 1))[:size]
body = "".join("MIIB%064dQ==\n" % i for i in range(8))
pem = "".join(
    "-----BEGIN CERTIFICATE-----\n%s-----END CERTIFICATE-----\nnoise %d\n" % (body, i)
    for i in range(size // 600 + 1))

word_re = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
header_re = re.compile(r"^([\w-]+):[ \t]*(.*?)\r?$", re.M)
pem_re = re.compile(r"-----BEGIN ([A-Z ]+)-----\n(.*?)-----END \1-----", re.S)

if mode == "findall":
    work = lambda: word_re.findall(words)
elif mode == "headers":
    work = lambda: header_re.findall(headers)
elif mode == "pem":
    work = lambda: [m.group(2) for m in pem_re.finditer(pem)]
elif mode == "sub":
    work = lambda: [re.sub(r"\d+", "#", words)]
else:
    raise SystemExit("unknown mode %r" % mode)

best = None
for _ in range(REPEAT):
    t0 = time.time()
    r = work()
    t1 = time.time()
    if best is None or t1 - t0 < best:
        best = t1 - t0

check = len(r)
for x in r[::97]:
    check += len(x) if isinstance(x, str) else len(x[0]) * 1000 + len(x[1])
print("checksum", check)
print("seconds", best)
