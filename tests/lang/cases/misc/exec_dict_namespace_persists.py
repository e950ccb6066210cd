# exec() in one dict: later exec() calls rebind names that functions and
# generators made by earlier ones read; exec() nested in the same dict.
g = {}
exec('x = 1', g)
exec('def f():\n    return x', g)
exec('x = 2', g)
print(g['f']())
exec('include = (2, 4)\ngen = (i for i in range(6) if i in include)', g)
exec('include = (1, 3, 5)', g)
print(list(g['gen']))
exec('lazy = ((i, j) for i in range(2) for j in range(n))', g)
exec('n = 3', g)
print(list(g['lazy']))
g['G'] = g
exec('y = 5\nexec("z = y + 1", G)\nw = z', g)
print(g['w'], g['z'])
exec('del x', g)
print('x' in g, sorted(k for k in g if k not in ('__builtins__', 'G')))
try:
    g['f']()
except NameError as e:
    print('NameError:', e)
h = {'shared': 'h'}
exec('def get():\n    return shared', h)
exec('shared = "rebound"', h)
print(h['get']())
loc = {}
exec('a = 1\ndef r():\n    return a', g, loc)
print(sorted(loc), loc['a'])
print(eval('x + 1', {'x': 41}))
