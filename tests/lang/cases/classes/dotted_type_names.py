# Messages name a C type by its tp_name: the module-qualified name for
# the types of C modules (collections.deque, _ssl.MemoryBIO, datetime.date),
# the bare name for a class of a module written in Python (socket.socket,
# ssl.SSLContext), as 3.6 prints them.
import array, collections, datetime, itertools, re, select, socket, ssl

def addr_free(s):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', str(s))

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '|', type(e).__name__, addr_free(e))
    else:
        print(label, '|', addr_free(r))

sock = socket.socket()
objs = [collections.deque(), ssl.MemoryBIO(), datetime.date(2000, 1, 1), datetime.timedelta(1),
        itertools.count(), array.array('b'), select.epoll(), sock, ssl.SSLContext(ssl.PROTOCOL_TLS)]
for o in objs:
    n = type(o).__name__
    attempt(n, lambda: o + 1)
    attempt(n, lambda: 1 - o)
    attempt(n, lambda: o.nosuch)
    attempt(n, lambda: type(o).nosuch)
    attempt(n, lambda: o < o)
    attempt(n, lambda: o())
    attempt(n, lambda: int(o))
    attempt(n, lambda: [][o])
    attempt(n, lambda: '%d' % o)
    attempt(n, lambda: abs(o))
    attempt(n, lambda: ''.join([o]))
    attempt(n, lambda: b'' + o)
    attempt(n, lambda: next(o))
    if not isinstance(o, socket.socket):  # a Python function's in 3.6
        attempt(n, lambda: o.__repr__)
    for m in ('append', 'read', 'copy', 'fileno'):
        if hasattr(o, m):
            attempt(n, lambda: getattr(o, m))
    if not isinstance(o, (socket.socket, ssl.SSLContext)):
        attempt(n, lambda: object.__new__(type(o)))
for o in objs:
    if hasattr(o, 'close'):
        o.close()

# A C type this project writes in Python (decimal.Decimal) is no class
# statement's class: every key reads "is not subscriptable", as for a
# built-in type, while a class statement's instance takes an int key to
# its empty item slot.
import decimal

class Plain:
    pass

for o in (decimal.Decimal(1), Plain()):
    for k in (0, 'a', 10**30):
        attempt(type(o).__name__, lambda: o[k])

# The exception classes of modules are heap types in 3.6, named bare
# (struct.error is 'error'), but for ssl.SSLError; their bases' __new__
# makes them.
import binascii, io, json, struct, zlib
for E, base in ((socket.timeout, OSError), (ssl.SSLError, OSError),
                (ssl.SSLZeroReturnError, OSError), (ssl.CertificateError, ValueError),
                (json.JSONDecodeError, ValueError), (re.error, Exception),
                (struct.error, Exception), (zlib.error, Exception),
                (binascii.Error, ValueError), (io.UnsupportedOperation, OSError)):
    e = base.__new__(E)
    attempt(E.__name__, lambda: (type(e).__name__, e.args))
    attempt(E.__name__, lambda: e + 1)
attempt('bool', lambda: int.__new__(bool))
