# Displays of many literals compile to CPython 3.6's code: every item
# loaded in order, equal constants kept once in co_consts in the order
# of their first use, and the line table of a display written over many
# lines.
import dis

# Constants shared with the code around a display, items of every
# literal kind, nested displays, a dict, a set, a tuple, one item a line
# (a line of more than 255 bytes of code would stop 3.6's peephole pass).
items = []
for i in range(300):
    items.append(repr(i % 7))
    items.append("-%d" % i)
    items.append(repr("s%d" % (i % 11)))
    items.append("b'%d'" % (i % 5))
    items.append("(%d, %r)" % (i, 1.5))
    items.append("[%d, None, True, ...]" % i)
    items.append("~%d" % i)
    items.append("%d ** 2" % (i % 9))
src = (
    "a = 's3'\nb = 1.5\n"
    "t = [\n    " + ",\n    ".join(items) + "\n]\n"
    "s = {" + ",\n".join(str(i % 250) for i in range(600)) + "}\n"
    "u = (" + ",\n".join(repr(i / 4) for i in range(500)) + ")\n"
    "c = 'v12'\n"
)
co = compile(src, "mixed.py", "exec")
print(len(co.co_consts), co.co_consts[:8])
print(co.co_consts.index("v12"), co.co_consts.index(1.5), co.co_consts.index(b"4"))
print([c for c in co.co_consts if isinstance(c, tuple)][-2:])
lines = [line for offset, line in dis.findlinestarts(co)]
print(len(lines), lines[:4], lines[-4:])
ns = {}
exec(co, ns)
print(ns["t"][:10], ns["t"][-8:])
print(len(ns["t"]), sorted(ns["s"])[-3:], ns["u"][-2:])

# A dict display (3.6 builds it from a tuple of its constant keys, which
# is not ours: only its value is compared).
src = "d = {" + ",\n".join("%d: %r" % (i % 350, "v%d" % (i % 13)) for i in range(400)) + "}\n"
ns = {}
exec(compile(src, "dict.py", "exec"), ns)
print(len(ns["d"]), list(ns["d"].items())[:2], list(ns["d"].items())[-2:])
