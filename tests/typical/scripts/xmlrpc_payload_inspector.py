"""Check what an XML-RPC client would put on the wire before pointing it
at an HTTPS service: marshalling of each type, responses and faults,
refusals of unsupported values, and the ServerProxy's own checks."""
import datetime
import re
import sys
import xmlrpc.client


class _NoAddresses:
    """stdout without the 'at 0x...' of default reprs (they change per run)."""

    def __init__(self, out):
        self.out = out

    def write(self, text):
        return self.out.write(re.sub(r" at 0x[0-9a-f]+", " at 0x...", text))

    def flush(self):
        self.out.flush()


sys.stdout = _NoAddresses(sys.stdout)


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        print("%-34s %s" % (label, result))
    except Exception as exc:
        print("%-34s %s: %s" % (label, type(exc).__name__, exc))


def compact(xml):
    return "".join(line.strip() for line in xml.splitlines())


when = datetime.datetime(2026, 3, 14, 15, 9, 26)
values = [1, -7, True, 2.5, "tls & <ssl>", b"\x00\xffcert", [1, "two"], {"cn": "web", "port": 443},
          xmlrpc.client.DateTime(when), xmlrpc.client.Binary(b"DER"), (1, 2)]
for value in values:
    print("%-40r %s" % (value, compact(xmlrpc.client.dumps((value,)))))
print(compact(xmlrpc.client.dumps(("ok",), methodresponse=True)))
print(compact(xmlrpc.client.dumps(("web01", 443), "certs.check")))
print(compact(xmlrpc.client.dumps((None,), allow_none=True)))
show("dumps(None)", xmlrpc.client.dumps, (None,))
show("dumps(2**40)", xmlrpc.client.dumps, (2 ** 40,))
show("dumps({1: 'x'})", xmlrpc.client.dumps, ({1: "x"},))
show("dumps(set)", xmlrpc.client.dumps, ({1},))
show("dumps('x')", xmlrpc.client.dumps, "x")
show("dumps two values as response", xmlrpc.client.dumps, (1, 2), methodresponse=True)

fault = xmlrpc.client.Fault(4, "certificate expired")
text = xmlrpc.client.dumps(fault)
print(compact(text))
show("loads(fault)", xmlrpc.client.loads, text)
payload = xmlrpc.client.dumps(({"when": xmlrpc.client.DateTime(when), "der": xmlrpc.client.Binary(b"\x30\x82"),
                                "sizes": [1, 2.0, False]},), "report")
params, method = xmlrpc.client.loads(payload)
print(method, sorted(params[0].items(), key=lambda kv: kv[0]))
params, _ = xmlrpc.client.loads(payload, use_datetime=True)
print(repr(params[0]["when"]))
params, _ = xmlrpc.client.loads(payload, use_builtin_types=True)
print(repr(params[0]["der"]), repr(params[0]["when"]))
show("loads(garbage)", xmlrpc.client.loads, "<methodResponse><params>")
show("loads(not xml)", xmlrpc.client.loads, "hello")
dt = xmlrpc.client.DateTime("20260314T15:09:26")
print(repr(dt), str(dt), dt == xmlrpc.client.DateTime(when), dt.timetuple()[:6])
print(xmlrpc.client.Binary(b"abc") == xmlrpc.client.Binary(b"abc"), str(xmlrpc.client.Binary(b"abc")))
print(repr(xmlrpc.client.Fault(1, "x")), repr(xmlrpc.client.ProtocolError("https://h/RPC2", 500, "boom", {})))
print(xmlrpc.client.escape("a<b>&c"), xmlrpc.client.MAXINT, xmlrpc.client.MININT)
show("ServerProxy('ftp://h')", xmlrpc.client.ServerProxy, "ftp://h")
proxy = xmlrpc.client.ServerProxy("https://user:pw@rpc.example.com:8443/RPC2")
print(repr(proxy))
print(repr(proxy.certs.check))
multi = xmlrpc.client.MultiCall(proxy)
multi.a(1)
multi.b.c("x")
print(repr(multi))
print("multicall type:", type(multi).__name__, type(multi.a).__name__, multi._MultiCall__call_list)
