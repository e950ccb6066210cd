# pydoc.synopsis (the first docstring line of a module file, read from its
# source) and pydoc.importfile (a module run from a file path).
import os, pydoc, tempfile
d = tempfile.mkdtemp()
def write(name, text):
    p = os.path.join(d, name)
    with open(p, 'w') as f:
        f.write(text)
    return p
cases = [
    ('a.py', '# comment\n\n"""First line.\n\nMore."""\nx = 1\n'),
    ('b.py', 'r"""Raw doc."""\n'),
    ('c.py', '"""\n  Starts late.\n"""\n'),
    ('d.py', "'''single quotes'''\n"),
    ('e.py', 'x = 1\n'),
    ('f.py', ''),
]
for name, text in cases:
    print(name, repr(pydoc.synopsis(write(name, text), {})))
m = pydoc.importfile(write('mymod.py', '"""Doc of mymod."""\nvalue = 42\n'))
print(m.__name__, m.value, m.__doc__)
try:
    pydoc.importfile(write('broken.py', 'raise ValueError("nope")\n'))
except pydoc.ErrorDuringImport as e:
    print(type(e).__name__, str(e).replace(d, 'DIR'))
try:
    pydoc.synopsis(os.path.join(d, 'missing.py'))
except OSError as e:
    print(type(e).__name__)
