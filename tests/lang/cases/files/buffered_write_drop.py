# A file object dropped with bytes in its buffer writes them at the drop,
# as CPython's reference counting closes it: the next line sees them.
import io
import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f')

open(p, 'w').write('x')
print(repr(open(p).read()))

open(p, 'wb').write(b'yz')
print(os.stat(p).st_size, os.path.getsize(p))

open(p, 'a').write('!')
print(subprocess.check_output(['cat', p]))


def log(s):
    fh = open(p, 'a')
    fh.write(s)


log('1')
log('2')
print(repr(open(p).read()))

io.TextIOWrapper(io.BufferedWriter(io.FileIO(p, 'w'))).write('wrapped')
print(repr(open(p).read()))

# a live object keeps its bytes
keep = open(p, 'w')
keep.write('held')
print(repr(open(p).read()), os.path.getsize(p))
keep.close()
print(repr(open(p).read()))

# a global deleted or rebound is a drop too
g = open(p, 'w')
g.write('global')
print(repr(open(p).read()))
del g
print(repr(open(p).read()))
g = open(p, 'w')
g.write('rebound')
print(repr(open(p).read()))
g = None
print(repr(open(p).read()))

# at exit: the end of the script, sys.exit() and an uncaught exception
# write what open files hold; os._exit() does not
for end in ['pass', 'sys.exit(3)', 'raise ValueError("v")', 'os._exit(0)']:
    code = ('import os, sys\n'
            'f = open(%r, "w")\n'
            'f.write("data")\n'
            'g = open(%r, "wb")\n'
            'g.write(b"bin")\n'
            '%s\n') % (p, p + '2', end)
    res = subprocess.run([sys.executable, '-c', code], stderr=subprocess.PIPE)
    err = res.stderr.decode().strip().splitlines()
    print(end, res.returncode, repr(open(p).read()), repr(open(p + '2').read()),
          err[-1:] if err else '')

os.remove(p)
os.remove(p + '2')
os.rmdir(d)
