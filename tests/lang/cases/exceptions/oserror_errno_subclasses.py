# OSError(errno, ...) picks the subclass for the errno; its attributes,
# str() with filenames, and the aliases of OSError.
import errno
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR,
             errno.EPIPE, errno.ECONNREFUSED, errno.ETIMEDOUT, errno.EINTR, 12345):
    e = OSError(code, 'message')
    print(code, type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(errno.ENOENT, 'No such file or directory', 'a.txt')
print(repr(e), str(e), e.filename)
e = OSError(errno.EXDEV, 'Cross-device link', 'src', None, 'dst')
print(str(e), e.filename, e.filename2)
print(OSError('just text').errno, str(OSError('just text')), OSError().args)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
try:
    open('/nonexistent/dir/file.txt')
except FileNotFoundError as x:
    print(type(x).__name__, x.errno == errno.ENOENT, x.filename)
class MyOSError(OSError):
    pass
m = MyOSError(errno.ENOENT, 'custom')
print(type(m).__name__, m.errno, m.strerror)
try:
    raise FileExistsError(errno.EEXIST, 'exists', 'f')
except OSError as x:
    print(type(x).__name__, x)
b = BlockingIOError(errno.EAGAIN, 'again', 7)
print(b.characters_written, b.args)
