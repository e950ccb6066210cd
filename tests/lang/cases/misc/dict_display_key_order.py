# A dict display evaluates each key before its value (CPython 3.6).
trace = []
def f(tag, value):
    trace.append(tag)
    return value

d = {f('k1', 1): f('v1', 2), f('k2', 3): f('v2', 4)}
print(d, trace)
trace.clear()
d = {f('k', 'a'): 1, 'b': f('v', 2), **{f('m', 'c'): 3}, f('k3', 'd'): f('v3', 4)}
print(d, trace)

i = 0
def step():
    global i
    i += 1
    return i
print({step(): step(), step(): step()})

def gen():
    d = {(yield 'key'): (yield 'value')}
    print("built", d)
g = gen()
print(next(g), g.send('K'))
try:
    g.send('V')
except StopIteration:
    pass

def fails(tag):
    trace.append(tag)
    raise KeyError(tag)
trace.clear()
try:
    {fails('key'): fails('value')}
except KeyError as e:
    print("KeyError", e, trace)

x = 5
print({x: x + 1, 'lam': (lambda: 0)() , str(x): [n for n in range(2)]})
print({f('a', 1): f('b', 2)
       for _ in range(1)})
print({step(): step()
       ,
       # comment
       step(): step()})
trace.clear()
print({f('ck', 1): f('cv', 2) for _ in range(2)}, trace)
