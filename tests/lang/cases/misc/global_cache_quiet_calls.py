# Go functions of modules that leave namespaces alone (struct, binascii,
# zlib, hashlib, json, re, array, math) no longer invalidate the global
# cache when called from the loop. Globals read in the same loop must
# still follow every rebinding: by the loop itself, by Python code those
# functions call back (re.sub replacements, json hooks), by Go code that
# writes namespaces (time.tzset rebinding the time module's globals), by
# operator.setitem, globals().update, setattr on the module and exec, and
# builtins rebound through the builtins module.
import array
import binascii
import builtins
import hashlib
import json
import math
import operator
import re
import struct
import sys
import zlib

FMT = "<HH"
SCALE = 1
this = sys.modules[__name__]


def unpack_loop(recs):
    # FMT and SCALE are globals read after every struct call.
    out = []
    unpack = struct.unpack
    for i, rec in enumerate(recs):
        a, b = unpack(FMT, rec)
        out.append((a + b) * SCALE)
        if i == 1:
            operator.setitem(globals(), "SCALE", 10)
        elif i == 2:
            setattr(this, "SCALE", 100)
        elif i == 3:
            globals().update(SCALE=1000)
        elif i == 4:
            exec("SCALE = 2", globals())
    return out


recs = [struct.pack("<HH", i, 2 * i) for i in range(7)]
print("unpack", unpack_loop(recs))
SCALE = 1


def method_loop(n):
    s = struct.Struct("<I")
    buf = struct.pack("<III", 5, 6, 7)
    out = []
    for i in range(n):
        out.append(s.unpack_from(buf, 4 * (i % 3))[0] * SCALE)
        if i == 2:
            globals()["SCALE"] = 3
    return out


print("unpack_from", method_loop(6))
SCALE = 1


def bump(m):
    global SCALE
    SCALE += 1
    return m.group(0).upper()


def callback_loop():
    out = []
    for word in ["ab", "cd", "ef"]:
        out.append((re.sub("[a-z]", bump, word), SCALE))
    return out


print("re.sub callback", callback_loop())
SCALE = 1


def hook(d):
    globals()["SCALE"] = SCALE * 7
    return d


def json_loop():
    out = []
    for text in ['{"a": 1}', '[1, {"b": 2}]', "3"]:
        out.append((json.loads(text, object_hook=hook), SCALE))
    return out


print("json hook", json_loop())


def shadow_len(x):
    return -1


real_len = len


def builtin_loop():
    out = []
    for i in range(4):
        out.append((len(binascii.hexlify(bytes([i]))), math.floor(i / 2)))
        if i == 1:
            setattr(builtins, "len", shadow_len)
        elif i == 2:
            del builtins.len
            builtins.len = real_len
    return out


try:
    print("builtins", builtin_loop())
finally:
    builtins.len = real_len
print("len restored", len("abc"))


def mixed_loop():
    acc = []
    for i in range(4):
        h = hashlib.sha256(b"x" * i).hexdigest()[:4]
        z = zlib.crc32(b"y" * i)
        a = array.array("b", [i, SCALE])
        acc.append((h, z, a.tolist(), FMT))
        if i == 1:
            exec("FMT = '<B'", globals())
        elif i == 2:
            this.__dict__["SCALE"] = 9
    return acc


for row in mixed_loop():
    print("mixed", row)


# Go code that does write a namespace still invalidates: time.tzset()
# rebinds the time module's tzname and timezone, read here as globals by
# a function made in that module's namespace.
import os
import time

ns = vars(time)
exec("def zone():\n    return tzname[0], timezone\n", ns)
zone = ns["zone"]
saved_tz = os.environ.get("TZ")
os.environ["TZ"] = "UTC"
time.tzset()


def tz_loop():
    out = []
    for tz in ["EST+05EDT,M3.2.0,M11.1.0", "JST-09", "UTC"]:
        out.append(zone())
        os.environ["TZ"] = tz
        time.tzset()
    out.append(zone())
    return out


print("tzset", tz_loop())
if saved_tz is None:
    del os.environ["TZ"]
else:
    os.environ["TZ"] = saved_tz
time.tzset()
