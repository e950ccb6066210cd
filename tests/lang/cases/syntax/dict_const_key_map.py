# A dict display of two or more items whose keys are all literal
# constants compiles, in CPython 3.6, to its values, the tuple of its
# keys (one constant, shared by equal displays) and BUILD_CONST_KEY_MAP;
# the keys do not enter co_consts by themselves. Other displays are
# BUILD_MAP of key, value pairs, each key evaluated before its value.
# The dicts built are the same either way.
import dis


def show(src):
    co = compile(src, 'dicts', 'exec')
    print(src)
    print(' ', [c for c in co.co_consts if not hasattr(c, 'co_code')])
    print(' ', co.co_stacksize, [(i.opname, i.argval) for i in dis.get_instructions(co)
                                 if not hasattr(i.argval, 'co_code')])
    ns = {'f': lambda: 'f', 'g': 'g', 'c': 0}
    exec(co, ns)
    print(' ', ns['x'])


show("x = {'a': 1, 'b': 2}")
show("x = {'a': f(), 1: g, None: 3, ...: 4, b'x': 5, 2.5: 6, True: 7, 2j: 8}")
show("x = {'a': 1, 'a': 2, 'b': 3, 'a': 4}")
show("x = {'a' 'b': 1, 'c': 2}\ny = {'ab': 3, 'c': 4}")
show("x = {'p': [1, 2], 'q': (3, 4), 'r': {'s': 1, 't': 2}}")
show("x = {'a': 1 if c else 2, 'b': lambda: 3}\nx['b'] = x['b']()")
show("x = {'b': 1, 'a': 2}\ny = 'b'\nz = 'a'")
show("x = {True: 1, 1: 2, 1.0: 3}")
show("x = {0.0: 1, -0.0: 2}")
show("x = {-1: 2, 3: 4}")
show("x = {(1, 2): 3, 4: 5}")
show("x = {'a': 1}")
show("x = {}")
show("x = {1: 2, 'k': {}}")


def fn(a, b):
    "doc"
    return {'a': a, 'b': b, 'c': None}


print(fn.__code__.co_consts, fn.__code__.co_stacksize, fn(1, 2))
dis.dis(fn)


def pairs(a, b):
    return {a: b, 'k': a + b, (a, b): [b if a else a], b: {a: 1}}


print(pairs.__code__.co_consts, pairs.__code__.co_stacksize, pairs(1, 2))
dis.dis(pairs)

order = []


def note(x):
    order.append(x)
    return x


print({note('k1'): note('v1'), note('k2'): 2, 'k3': note('v3')}, order)
del order[:]
try:
    {note('a'): note(1), note([]): note(2), note('c'): note(3)}
except TypeError as e:
    print(e, order)
