g = 0
def set_global():
    global g, h
    g = 1
    h = 2
set_global()
print(g, h)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def outer():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'changed'
        inner()
        return x
    return mid(), x
print(outer())
class K:
    v = 1
    w = [v for _ in range(2)] if False else 2
    def m(self):
        return v if False else self.v
print(K().m(), K.w)
x = 10
def shadow():
    x = 5
    return [x for x in range(3)], x
print(shadow())
