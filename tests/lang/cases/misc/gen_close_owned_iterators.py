class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0]); return False

def gen(tag):
    with Res(tag):
        try:
            yield 1
            yield 2
        finally:
            print("finally", tag)

class Box:
    def __iter__(self):
        yield from gen("box")

for x in Box():
    break
print("after box")

for x in (y * 2 for y in gen("genexpr")):
    print(x)
    break
print("after genexpr")

g = gen("named")
for x in iter(g):
    break
print("named open", next(g))
g.close()

def outer():
    for x in gen("inner"):
        yield x
o = outer()
print(next(o))
o.close()
print("after outer")

def nested():
    for a in gen("n1"):
        for b in gen("n2"):
            return a, b
print(nested())

for i in range(2):
    for x in gen("loop%d" % i):
        continue
print("done loops")

def me():
    me_g.close()
    yield 1
me_g = me()
try:
    next(me_g)
except ValueError as e:
    print("VE", e)

def c2():
    yield 1
c = c2()
print(c.close(), c.close())
print(list(c))
c = c2(); next(c)
try:
    c.throw(GeneratorExit)
except GeneratorExit as e:
    print("GE", repr(e))

