# py_compile writes marshalled code after a 12-byte header; the .pyc
# alone (no source beside it) imports through SourcelessFileLoader.
import importlib.util, marshal, os, py_compile, shutil, sys, tempfile
d = tempfile.mkdtemp()
src = os.path.join(d, 'calc.py')
with open(src, 'w') as f:
    f.write('RATE = 3\ndef price(n):\n    return n * RATE\nclass Cart:\n    items = (1, 2)\n')
cfile = py_compile.compile(src)
print(cfile.replace(d, '<D>'))
with open(cfile, 'rb') as f:
    blob = f.read()
print(blob[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(blob[8:12], 'little') == os.path.getsize(src))
code = marshal.loads(blob[12:])
print(type(code).__name__, code.co_filename.replace(d, '<D>'), sorted(code.co_names))
shutil.move(cfile, os.path.join(d, 'calc.pyc'))
os.remove(src)
sys.path.insert(0, d)
import calc
print(calc.price(5), calc.Cart.items, type(calc.__loader__).__name__, calc.__file__.replace(d, '<D>'))
print(calc.__spec__.origin.replace(d, '<D>'), (calc.__cached__ or '').replace(d, '<D>'))
shutil.rmtree(d)
