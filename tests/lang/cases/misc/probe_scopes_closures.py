# closures, nonlocal, global, scopes
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
            return x
        return inner
    return mid()(), x
print(outer())
g = 5
def setg():
    global g
    g = 6
    del g
setg()
try:
    g
except NameError as e:
    print(e)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
def free():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(e)
    z = 3
    return inner()
print(free())
class A:
    v = 1
    w = [v for _ in range(2)] if False else None
    def m(self):
        return v if False else A.v
print(A().m())
x = 'global'
class B:
    x = 'class'
    def f(self):
        return x
print(B().f())
def gen_scope():
    a = 1
    return [(lambda: a)() for _ in range(2)]
print(gen_scope())
