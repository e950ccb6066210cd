# A function made by exec(src, d) binds and deletes globals in d itself.
ns = {'old': 0}
exec("""
def setter(v):
    global g
    g = v
def dropper():
    global old
    del old
counter = 0
def bump():
    global counter
    counter += 1
    return counter
""", ns)
ns['setter'](10)
print('g' in ns, ns['g'])
ns['dropper']()
print('old' in ns)
ns['bump']()
ns['bump']()
print(ns['counter'])
ns['counter'] = 100
print(ns['bump'](), ns['counter'])
print([k for k in ns if k != '__builtins__'])
gen_ns = {}
exec("def gen():\n    global seen\n    for i in range(3):\n        seen = i\n        yield i\n", gen_ns)
it = gen_ns['gen']()
next(it)
print(gen_ns['seen'])
next(it)
print(gen_ns['seen'])
