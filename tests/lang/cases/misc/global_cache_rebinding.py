# Global and builtin lookups stay right when the script rebinds what a
# function (LOAD_GLOBAL) or module-level code (LOAD_NAME) read before:
# assignments, globals()[...], setattr on the module, the module's
# __dict__, globals().update/pop/setdefault, exec into the globals, a
# builtin shadowed by a global and unshadowed again, builtins rebound
# through the builtins module, code run with other globals, and a
# NameError after a deletion.
import builtins
import sys

LIMIT = 10


def read_limit():
    return LIMIT


def read_len(x):
    return len(x)


def spin(n):
    acc = 0
    for i in range(n):
        acc += LIMIT
    return acc


this = sys.modules[__name__]
print("start", read_limit(), spin(3))
LIMIT = 20
print("assigned", read_limit(), spin(3))
globals()["LIMIT"] = 30
print("globals() item", read_limit(), spin(3))
setattr(this, "LIMIT", 40)
print("setattr", read_limit(), spin(3))
this.__dict__["LIMIT"] = 50
print("module __dict__", read_limit(), spin(3))
globals().update(LIMIT=60)
print("update", read_limit(), spin(3))
globals().setdefault("LIMIT", 0)
print("setdefault existing", read_limit())
exec("LIMIT = 70", globals())
print("exec", read_limit(), spin(3))


def rebind_inside(v):
    global LIMIT
    LIMIT = v
    return read_limit()


print("global statement", rebind_inside(80), read_limit())
print("pop", globals().pop("LIMIT"))
try:
    read_limit()
except NameError as e:
    print("NameError:", e)
LIMIT = 90
print("back", read_limit())

# A builtin, shadowed by a global and unshadowed.
print("len", read_len("abc"))
len = lambda x: "shadow %d" % builtins.len(x)
print("shadowed", read_len("abc"))
del len
print("unshadowed", read_len("abc"))
globals()["len"] = lambda x: "item shadow"
print("item shadow", read_len("abc"))
del globals()["len"]
print("item unshadowed", read_len("abc"))

# The builtin itself rebound, through the module and its dict.
real_len = builtins.len
builtins.len = lambda x: "builtins.len %d" % real_len(x)
print("builtins rebound", read_len("ab"))
builtins.len = real_len
print("builtins restored", read_len("ab"))
builtins.__dict__["len"] = lambda x: "builtins dict"
print("builtins dict", read_len("ab"))
builtins.__dict__["len"] = real_len
print("restored again", read_len("ab"))
delattr(this, "LIMIT")
try:
    read_limit()
except NameError as e:
    print("after delattr:", e)
LIMIT = 100

# The same code run with other globals: each sees its own.
other = {"LIMIT": -1}
exec(read_limit.__code__, other)
g2 = {}
exec("def f():\n    return LIMIT\ndef s(v):\n    global LIMIT\n    LIMIT = v\n", g2)
g2["s"]("g2")
print("other globals", g2["f"](), read_limit())
g2["s"]("g2 again")
print("other globals rebound", g2["f"](), read_limit())

# Module-level code (LOAD_NAME) in a loop, with stores in between.
total = 0
step = 1
for i in range(6):
    total += step
    if i == 2:
        globals()["step"] = 10
    if i == 4:
        setattr(this, "step", 100)
print("module loop", total)
abs_calls = []
for i in range(3):
    abs_calls.append(abs(-i))
    if i == 1:
        abs = lambda x: "shadowed abs"
print("module builtins", abs_calls)
del abs
print("abs back", abs(-5))


def deep(n):
    if n == 0:
        return LIMIT
    return deep(n - 1)


print("recursion", deep(5))
LIMIT = "changed"
print("recursion after", deep(5))
