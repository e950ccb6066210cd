# BytesIO's and StringIO's methods leave the global-name cache standing
# (they write only their instance): a global read in the same loop still
# sees each rebinding, by STORE_GLOBAL, through globals(), by a
# module-level setattr and by a fallback into Python code.
import io
import sys

G = 0
b = io.BytesIO(b"one\ntwo\nthree\nfour\n")
s = io.StringIO("x\ny\nz\n")


class Two(int):
    pass


def rebind_in_python(n):
    global G
    G = n


def loop():
    global G
    seen = []
    for i in range(4):
        line = b.readline()
        seen.append((G, line))
        if i == 0:
            G = 10
        elif i == 1:
            globals()["G"] = 20
        elif i == 2:
            setattr(sys.modules[__name__], "G", 30)
    seen.append(G)
    for i in range(3):
        s.write("w")                    # the Go method
        b.readline(Two(2))              # io.py's readline decides
        rebind_in_python(40 + i)
        seen.append((G, s.readline()))
    return seen


print(loop())
print(len, G)
len = lambda x: -1                      # a builtin shadowed by a global
print(len(b.getvalue()), len(s.getvalue()))
del len
print(len(b.getvalue()), len(s.getvalue()))
