# os functions whose path may be a descriptor convert it as CPython 3.6's
# path_converter: -1 is "no path" (listdir lists the working directory,
# utime is EINVAL, the others a null path's EFAULT), other ints, bools and
# __index__ objects are descriptors, past a C int OverflowError; functions
# that take only descriptors (ftruncate, fstatvfs, fsync, get/set_inheritable)
# convert a C int or a fileno().
import os
import tempfile


class Index:
    def __index__(self):
        return 2 ** 40

    def __repr__(self):
        return 'Index()'


def t(label, f):
    try:
        r = f()
        if r is not None and not isinstance(r, (int, bool, str, bytes, list)):
            r = type(r).__name__
        print(label, 'ok', r)
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


d = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(d)
try:
    with open('afile', 'w') as f:
        f.write('x')
    vals = [('-1', -1), ('-2', -2), ('2**31', 2 ** 31), ('2**63', 2 ** 63),
            ('-2**63-1', -2 ** 63 - 1), ('None', None), ("b''", b''),
            ("''", ''), ('1.0', 1.0), ('Index', Index())]
    funcs = [
        ('stat', lambda v: os.stat(v)),
        ('chmod', lambda v: os.chmod(v, 0o644)),
        ('chown', lambda v: os.chown(v, -1, -1)),
        ('utime', lambda v: os.utime(v)),
        ('listdir', lambda v: sorted(os.listdir(v))),
        ('statvfs', lambda v: os.statvfs(v)),
        ('truncate', lambda v: os.truncate(v, 0)),
        ('chdir', lambda v: os.chdir(v)),
        ('getxattr', lambda v: os.getxattr(v, 'user.x')),
        ('listxattr', lambda v: os.listxattr(v)),
        ('ftruncate', lambda v: os.ftruncate(v, 0)),
        ('fstatvfs', lambda v: os.fstatvfs(v)),
        ('fsync', lambda v: os.fsync(v)),
        ('fstat', lambda v: os.fstat(v)),
        ('get_inheritable', lambda v: os.get_inheritable(v)),
        ('set_inheritable', lambda v: os.set_inheritable(v, True)),
        ('major', lambda v: os.major(v)),
        ('rename', lambda v: os.rename(v, 'afile')),
        ('link', lambda v: os.link(v, 'afile')),
        ('symlink', lambda v: os.symlink('afile', v)),
    ]
    for name, f in funcs:
        for lab, v in vals:
            if lab == 'Index' and name in ('ftruncate', 'fstatvfs', 'get_inheritable', 'set_inheritable', 'fstat'):
                continue
            t(name + ' ' + lab, lambda: f(v))
            os.chdir(d)
    t('listdir True', lambda: os.listdir(True))
    r, w = os.pipe()
    print(os.get_inheritable(r))
    os.set_inheritable(r, 5)
    print(os.get_inheritable(r))
    os.set_inheritable(r, False)
    print(os.get_inheritable(r))
    t('set_inheritable flag str', lambda: os.set_inheritable(r, 'x'))
    t('set_inheritable flag 2**31', lambda: os.set_inheritable(r, 2 ** 31))
    t('set_inheritable kw', lambda: os.set_inheritable(fd=r, inheritable=True))
    t('set_inheritable 1 arg', lambda: os.set_inheritable(r))
    t('get_inheritable kw', lambda: os.get_inheritable(fd=r))
    t('get_inheritable 0 args', lambda: os.get_inheritable())
    os.close(r)
    os.close(w)
    fd = os.open('afile', os.O_RDWR)
    t('ftruncate fd', lambda: (os.ftruncate(fd, 0), os.fstat(fd).st_size))
    t('fstatvfs fd', lambda: os.fstatvfs(fd).f_namemax > 0)
    os.close(fd)
finally:
    os.chdir(old)
    for name in os.listdir(d):
        os.unlink(os.path.join(d, name))
    os.rmdir(d)
