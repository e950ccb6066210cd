# A context whose server name callback reaches the context (through the
# callback's default argument or its own attributes) is collected with
# its callback, as CPython's cycle collector frees it.
import ssl, weakref, gc
def cycle():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    def dummycallback(sock, servername, ctx):
        pass
    ctx.set_servername_callback(dummycallback)
    ctx.check_hostname = False
    return weakref.ref(ctx)
wr = cycle()
gc.collect()
print(wr())
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.set_servername_callback(lambda s, n, c: None)
wr = weakref.ref(ctx)
del ctx
gc.collect()
print(wr())
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.set_servername_callback(lambda s, n, c, ctx=ctx: None)
wr = weakref.ref(ctx)
del ctx
gc.collect()
print(wr())
