# An OSError subclass whose __new__ calls OSError.__new__ keeps its
# arguments and fields.
class E(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
e = E(2, 'x')
print(e.args, e.errno, e.strerror, str(e))
class E2(OSError):
    def __new__(cls, *a):
        return OSError.__new__(cls, *a)
    def __init__(self, *a):
        pass
e = E2(2, 'x', 'f')
print(e.args, e.errno, e.strerror, e.filename, str(e))
e = OSError.__new__(OSError, 2, 'x', 'f')
print(type(e).__name__, e.args, e.errno, e.filename)
e = OSError.__new__(OSError, 'just one')
print(type(e).__name__, e.args, e.errno)
class E3(OSError):
    def __init__(self, *a):
        pass
e = E3(2, 'x', 'f')
print(e.args, e.errno, e.strerror, e.filename)
