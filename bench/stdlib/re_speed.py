# re over 1 MB of text (issue 16 item 4): findall of words, parsing HTTP-style
# headers, splitting a PEM bundle.
#
# Usage: re_speed.py [reps]   (default 9)
# Prints the median seconds of each workload and a checksum that must agree
# between interpreters:
#   bin/gpython-ssl bench/stdlib/re_speed.py
#   python3 bench/stdlib/re_speed.py
import re
import sys
import time

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 9

words = " ".join("token%d-x=%d;" % (i, i * 7) for i in range(70000))[:1000000]
headers = "".join(
    "X-Header-%d: value %d; charset=utf-8\r\nContent-Length: %d\r\n" % (i, i, i * 3)
    for i in range(16000))[:1000000]
body = "".join("MIIB%064dQ==\n" % i for i in range(8))
pem = "".join(
    "-----BEGIN CERTIFICATE-----\n%s-----END CERTIFICATE-----\nnoise %d\n" % (body, i)
    for i in range(1700))

word_re = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
header_re = re.compile(r"^([\w-]+):[ \t]*(.*?)\r?$", re.M)
pem_re = re.compile(r"-----BEGIN ([A-Z ]+)-----\n(.*?)-----END \1-----", re.S)


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def timed(f):
    times = []
    for _ in range(reps):
        t0 = time.time()
        r = f()
        times.append(time.time() - t0)
    return median(times), r


t_words, w = timed(lambda: word_re.findall(words))
t_headers, h = timed(lambda: header_re.findall(headers))
t_pem, p = timed(lambda: [m.group(2) for m in pem_re.finditer(pem)])
t_sub, s = timed(lambda: re.sub(r"\d+", "#", words))
print("bytes", len(words), len(headers), len(pem))
print("findall_words_seconds", t_words)
print("headers_seconds", t_headers)
print("pem_split_seconds", t_pem)
print("sub_digits_seconds", t_sub)
print("checksum", len(w), len(h), len(p), len(s), sum(len(x) for x in p))
