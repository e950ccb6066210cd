# The zipimporter object: its attributes and methods, and its errors.
import zipimport
import tree

root = tree.make({'notzip.txt': 'plain text'}, on_path=False)
archive = tree.zipped({
    'm.py': 'M = 1\n',
    'p/__init__.py': '',
    'p/q.py': 'Q = 2\n',
    'data/file.bin': b'\x00\x01',
    'nsdir/x.py': 'X = 3\n',
}, 'z.zip')
zi = zipimport.zipimporter(archive)
print(tree.shown(zi), tree.shown(zi.archive), repr(zi.prefix))
print(zi.find_module('m') is zi, zi.find_module('nope'), zi.is_package('p'), zi.is_package('m'))
print(zi.get_source('m'), tree.shown(zi.get_filename('p')))
print(zi.get_data(archive + '/data/file.bin'), zi.get_data('data/file.bin'))
print(zi.find_loader('nsdir')[0], tree.shown(zi.find_loader('nsdir')[1]))
sub = zipimport.zipimporter(archive + '/p')
print(tree.shown(sub), repr(sub.prefix), sub.find_module('q') is sub)
code = zi.get_code('m')
print(type(code).__name__, tree.shown(code.co_filename))
mod = zi.load_module('m')
print(mod.M, tree.shown(mod.__file__), mod.__loader__ is zi)
print(issubclass(zipimport.ZipImportError, ImportError))
for bad in [root + '/notzip.txt', root + '/missing.zip', '']:
    try:
        zipimport.zipimporter(bad)
    except zipimport.ZipImportError as e:
        print(type(e).__name__, tree.shown(str(e)))
for call in [lambda: zi.get_source('nope'), lambda: zi.is_package('nope')]:
    try:
        call()
    except (ImportError, OSError) as e:
        print(type(e).__name__, e)
