# The directory of a library package (json) answers os.stat, os.path,
# os.listdir, os.scandir, os.walk and glob as CPython's installed one
# does, also where gpython-ssl compiles the library into its binary
# (compiled bytecode caches, __pycache__, are left out: 3.6 has them).
import glob
import json
import os
import os.path
import stat

d = os.path.dirname(json.__file__)
print(os.path.isdir(d), os.path.exists(json.__file__), os.path.isfile(json.__file__), os.path.isdir(json.__file__))
print(sorted(n for n in os.listdir(d) if n.endswith('.py')))
with open(json.__file__, 'rb') as f:
    print(os.path.getsize(json.__file__) == len(f.read()))
st = os.stat(json.__file__)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode), st.st_size > 0)
for root, dirs, files in os.walk(d):
    if '__pycache__' not in root:
        print(os.path.relpath(root, d), sorted(f for f in files if f.endswith('.py')))
with os.scandir(d) as it:
    entries = sorted((e.name, e.is_file(), e.is_dir()) for e in it if e.name.endswith('.py'))
print(entries)
print(os.path.exists(os.path.join(d, 'nosuch.py')), os.path.isdir(os.path.join(d, 'nosuch')))
print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, '*.py'))))
try:
    os.listdir(os.path.join(d, 'nosuch'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
