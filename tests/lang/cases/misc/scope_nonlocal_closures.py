# Closures, nonlocal and global across nested scopes, class scopes that
# skip their names for methods, and cells shared between functions.
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get

inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)

x = 'global'
class Scope:
    x = 'class'
    def method(self):
        return x
    seen = [x for _ in range(1)]
    lam = (lambda: x)
print(Scope().method(), Scope.seen, Scope.lam())

def outer():
    y = 1
    class Inner:
        y = 2
        def get(self):
            return y
        z = y
    return Inner().get(), Inner.z
print(outer())

def make_adders():
    return [lambda v, i=i: v + i for i in range(3)], [lambda v: v + i for i in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])

def rebinding():
    def read():
        return value
    value = 'bound later'
    return read()
print(rebinding())

def unbound():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    value = 1
unbound()

def shadow():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 2
shadow()

def setter():
    global late_global
    late_global = 'set'
setter()
print(late_global)

def deleter():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return str(e)
print(deleter())

print(sorted(k for k in locals().keys() if not k.startswith('__'))[:5])
def loc():
    a = 1
    b = [a]
    return sorted(locals())
print(loc())
