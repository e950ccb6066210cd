# exec() into a dict or globals() binds names in order.
d = {'z': 1}
exec("k = 2\nj = 3\ndef f(): pass\nz = 4", d)
print(list(d))
g = {}
exec("import math\nb = 1\na = 2", g)
print([k for k in g if k != '__builtins__'], list(g)[0])
ns = {}
exec("class K:\n    q = 1\n    p = 2\n", ns)
print([k for k in ns['K'].__dict__ if not k.startswith('__')])
exec("late_b = 1\nlate_a = 2")
print([k for k in globals() if k.startswith('late')])
