# compileall over a small tree: what it lists and compiles, the legacy
# layout, rx and quiet, and importing the legacy .pyc once the source is gone.
import compileall, os, re, sys, tempfile, shutil
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'pkg', 'sub'))
for rel, text in [('a.py', 'x = 1\n'), ('b.py', 'def f(:\n'), ('notes.txt', 'hi'), ('pkg/__init__.py', ''), ('pkg/sub/c.py', 'y = 2\n')]:
    with open(os.path.join(d, rel), 'w') as f:
        f.write(text)
def show(label, r):
    print(label, r)
import io
old = sys.stdout
sys.stdout = buf = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', write_through=True)
r1 = compileall.compile_dir(d)
r2 = compileall.compile_dir(d)
r3 = compileall.compile_dir(d, maxlevels=0, force=True, quiet=1)
r4 = compileall.compile_file(os.path.join(d, 'a.py'), legacy=True, force=True)
r5 = compileall.compile_dir(d, rx=re.compile('b\\.py'), force=True, quiet=2)
sys.stdout = old
print(buf.buffer.getvalue().decode().replace(d, '<D>'))
print(r1, r2, r3, r4, r5)
print(sorted(os.listdir(os.path.join(d, '__pycache__'))), os.path.exists(os.path.join(d, 'a.pyc')))
print(sorted(os.listdir(os.path.join(d, 'pkg', 'sub', '__pycache__'))))
try: compileall.compile_dir(d, workers=-1)
except ValueError as e: print(e)
sys.path.insert(0, d)
os.remove(os.path.join(d, 'a.py'))
import a
print(a.x, a.__file__.replace(d, '<D>'))
shutil.rmtree(d)
