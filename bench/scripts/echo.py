# echo.py: 64-byte request/response round trips over one TLS connection.
# Runs under CPython and gpython-ssl alike.
#
# Arguments (key=value): host port cafile hostname count maxtime size
# Prints "RESULT <round trips/s>" and "INFO ...".
import sys
import time
import socket
import ssl


def parse_args(argv):
    opts = {}
    for a in argv:
        kv = a.split("=", 1)
        opts[kv[0]] = kv[1]
    return opts


opts = parse_args(sys.argv[1:])
count = int(opts.get("count", "10000"))
maxtime = float(opts.get("maxtime", "5"))
size = int(opts.get("size", "64"))

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_verify_locations(opts["cafile"])
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect((opts["host"], int(opts["port"])))
ss = ctx.wrap_socket(s, server_hostname=opts["hostname"])
payload = bytes(bytearray(size))

done = 0
start = time.time()
elapsed = 0.0
while done < count and elapsed < maxtime:
    ss.sendall(payload)
    got = 0
    while got < size:
        data = ss.recv(size - got)
        if len(data) == 0:
            raise RuntimeError("server closed the echo connection")
        got += len(data)
    done += 1
    elapsed = time.time() - start
info = "version=%s cipher=%s n=%d seconds=%.3f" % (ss.version(), ss.cipher()[0], done, elapsed)
ss.close()

print("RESULT %.3f" % (done / elapsed))
print("INFO " + info)
