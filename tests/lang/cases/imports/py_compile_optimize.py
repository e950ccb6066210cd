# py_compile names the cache file after the optimisation level and the
# file holds code compiled at it.
import marshal, os, py_compile, shutil, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'm.py')
with open(p, 'w') as f:
    f.write('x = 1\ndef f():\n    "doc"\n    return x\n')
for level in (-1, 0, 1, 2):
    cfile = py_compile.compile(p, optimize=level)
    with open(cfile, 'rb') as f:
        code = marshal.loads(f.read()[12:])
    ns = {}
    exec(code, ns)
    print(level, os.path.relpath(cfile, d), ns['f'](), ns['x'])
shutil.rmtree(d)
