class E1(OSError):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
        self.args = (code, msg)
class E2(OSError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
class E3(OSError):
    pass
for cls in (E1, E2, E3):
    e = cls(550, 'denied')
    print(cls.__name__, str(e), repr(e), e.errno, e.strerror, e.args)
class E4(OSError):
    def __init__(self, *a):
        pass
e = E4(2, 'x', 'f')
print(str(e), e.errno, e.filename, e.args, type(E4(2, 'x')).__name__)
print(type(OSError(2, 'x')).__name__, type(E3(2, 'x')).__name__)
class E5(FileNotFoundError):
    def __init__(self, path):
        super().__init__(2, 'No such file or directory', path)
e = E5('/x')
print(str(e), e.errno, e.filename, e.args, isinstance(e, OSError))
try:
    raise E1(421, 'bye')
except OSError as x:
    print('caught', x, x.code)
import socket
try:
    raise socket.timeout('timed out')
except OSError as x:
    print(type(x).__name__, x, x.errno)
