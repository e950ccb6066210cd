"""PEP 526 variable annotations with CPython 3.6's semantics."""
print('start', __annotations__)
x: int = 5
y: 'a string'
print(x, __annotations__)
try:
    print(y)
except NameError as e:
    print('NameError', e)


def order(tag, v):
    print('eval', tag)
    return v


z: order('annotation', float) = order('value', 1.5)
print(z, __annotations__)


class C:
    a: int
    b: str = 'hi'
    (c): int = 4
    d = 5
    print('in class', sorted(locals()))


print(C.__annotations__, C.b, C.c)


class D(C):
    e: list


class E(C):
    pass


class Empty:
    pass


print(D.__annotations__, C.__annotations__)
print(E.__annotations__ is C.__annotations__, hasattr(Empty, '__annotations__'))


class Later:
    print('before', __annotations__)
    if False:
        never: int
    for i in range(2):
        looped: order('loop', int) = i


print(Later.__annotations__, Later.looped)


def f():
    a: int = 1
    b: this_name_is_not_evaluated
    print(a)
    try:
        print(b)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    return sorted(locals())


print(f())


class P:
    def __init__(self):
        self.attr: int = 0
        self.other: not_evaluated_in_a_function


p = P()
print(p.attr, hasattr(p, 'other'))
a = [0, 0]
a[1]: int = 7
print(a)
a[order('index', 0)]: order('subscript annotation', int)
a[0:order('upper', 1)]: int
p.attr2: order('attribute annotation', int) = order('attribute value', 9)
print(p.attr2, __annotations__)
try:
    p.missing.x: int
except AttributeError as e:
    print('AttributeError', e)
w: int
for w in range(2):
    pass
print(w, 'w' in __annotations__)
ns = {}
exec('q: int = 1\nr: str', ns)
print(ns['__annotations__'], ns['q'])
print(type(__annotations__).__name__, list(__annotations__))
multi: dict = {
    'k': 1,
}
print(multi)
try:
    bad: undefined_annotation = 1
except NameError as e:
    print('NameError', e, bad)
