# zipimporter takes a valid byte-code file before its source (a stale or
# foreign one is passed over for the source), accepts a directory inside
# the archive with a trailing separator, and checks its path argument.
import marshal, os, sys, tempfile, time, zipfile, zipimport, warnings
import importlib.util
d = tempfile.mkdtemp()
import atexit, shutil
atexit.register(shutil.rmtree, d)
arc = os.path.join(d, 'lib.zip')
src = b'def f():\n    return "from source"\n'
now = time.mktime((2020, 1, 2, 3, 4, 6, 0, 0, -1))
code = compile(b'def f():\n    return "from bytecode"\n', 'zmod.py', 'exec')
pyc = importlib.util.MAGIC_NUMBER + int(now).to_bytes(4, 'little') + len(src).to_bytes(4, 'little') + marshal.dumps(code)
stale = importlib.util.MAGIC_NUMBER + int(now - 100).to_bytes(4, 'little') + len(src).to_bytes(4, 'little') + marshal.dumps(code)
bad = b'\0\0\0\0' + pyc[4:]
with zipfile.ZipFile(arc, 'w') as z:
    for name, data in [('zmod.py', src), ('zmod.pyc', pyc), ('zstale.py', src), ('zstale.pyc', stale),
                       ('zbad.py', src), ('zbad.pyc', bad), ('zonly.pyc', pyc), ('pkg/__init__.py', b'X = 1\n'), ('pkg/sub.py', b'Y = 2\n')]:
        info = zipfile.ZipInfo(name, time.localtime(now)[:6])
        z.writestr(info, data)
zi = zipimport.zipimporter(arc)
for m in ['zmod', 'zstale', 'zbad', 'zonly']:
    mod = zi.load_module(m)
    print(m, os.path.basename(mod.__file__), mod.f(), os.path.basename(zi.get_filename(m)), zi.get_source(m) is None)
sub = zipimport.zipimporter(arc + '/pkg/')
print(repr(sub.prefix), sub.find_module('sub') is sub, sub.is_package('sub'))
for a in [None, 5, ['x']]:
    try:
        zipimport.zipimporter(a)
    except TypeError as e:
        print('TypeError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(zipimport.zipimporter(bytearray(os.fsencode(arc))).archive == arc)
    print([str(x.message) for x in w])
