# pkgutil over temporary directories and a zip: iter_modules,
# walk_packages, get_importer, find_loader, get_data.
import pkgutil
import sys
import zipfile
import tree

root = tree.make({'pu/__init__.py': '', 'pu/a.py': '', 'pu/sub/__init__.py': '', 'pu/sub/b.py': '',
                  'pu/data.txt': 'payload', 'lonely.py': '', 'notamodule.txt': ''})
print(sorted((n, p) for _, n, p in pkgutil.iter_modules([root])))
print(sorted(n for _, n, _ in pkgutil.walk_packages([root + '/pu'], 'pu.')))
print(type(pkgutil.get_importer(root)).__name__, pkgutil.get_importer(root + '/lonely.py'))
print(pkgutil.get_data('pu', 'data.txt'))
loader = pkgutil.find_loader('pu.a')
print(type(loader).__name__, loader.name)
archive = root + '/z.zip'
with zipfile.ZipFile(archive, 'w') as zf:
    zf.writestr('zm.py', '')
    zf.writestr('zp/__init__.py', '')
print(type(pkgutil.get_importer(archive)).__name__)
