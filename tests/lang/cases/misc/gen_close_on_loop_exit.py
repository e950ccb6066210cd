def gen(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("finally", tag)

for x in gen("a"):
    if x == 2:
        break
print("after a")

def f():
    for x in gen("b"):
        return x
print(f())

try:
    for x in gen("c"):
        raise ValueError(x)
except ValueError as e:
    print("caught", e)

g = gen("d")
for x in g:
    break
print("d still open")
print(next(g))
g.close()
print("closed d")

def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def ret():
    try:
        yield 1
    except GeneratorExit:
        return 5
r = ret(); next(r); print(r.close())

def raiser():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("x")
r = raiser(); next(r)
try:
    r.close()
except ValueError as e:
    print("VE", e)
