# os.stat and os.lstat of descriptors: -1 is CPython 3.6's "no descriptor"
# (stat(2) of a null path, EFAULT); the errors name the descriptor.
import os

for f in (os.stat, os.lstat):
    for a in (-1, -2, 999, True, 'no-such-file-here'):
        try:
            f(a)
            print(f.__name__, a, 'ok')
        except Exception as e:
            print(f.__name__, repr(a), type(e).__name__, e.errno if isinstance(e, OSError) else '',
                  getattr(e, 'filename', None))
print(os.path.exists(-1), os.path.isfile(-1), os.path.exists(-2), os.path.isdir(-1))
r, w = os.pipe()
print(os.stat(r).st_mode == os.fstat(r).st_mode)
os.close(r)
os.close(w)

# the same "no descriptor" for chmod, chown and truncate; a real bad
# descriptor is EBADF (named by chmod and chown, not by truncate)
for f, a in [(os.chmod, (999, 0o644)), (os.chmod, (-1, 0o644)),
             (os.truncate, (999, 0)), (os.truncate, (-1, 0)),
             (os.chown, (-1, -1, -1)), (os.chown, (999, -1, -1))]:
    try:
        f(*a)
        print(f.__name__, a, 'ok')
    except OSError as e:
        print(f.__name__, a, type(e).__name__, e.errno, e.filename)
