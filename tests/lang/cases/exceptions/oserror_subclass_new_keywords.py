# An OSError subclass with its own __new__: OSError.__init__ then leaves the
# instance as __new__ made it and takes keywords (test_exception_hierarchy).
class SubOSErrorWithNew(OSError):
    def __new__(cls, message, baz):
        self = super().__new__(cls, message)
        self.baz = baz
        return self
class SubOSErrorWithInit(OSError):
    def __init__(self, message, bar):
        self.bar = bar
        super().__init__(message)
class SubOSErrorWithStandaloneInit(OSError):
    def __init__(self):
        pass
class SubOSErrorCombinedInitFirst(SubOSErrorWithInit, SubOSErrorWithNew):
    pass
class SubOSErrorCombinedNewFirst(SubOSErrorWithNew, SubOSErrorWithInit):
    pass
class SubOSErrorWithNewKw(OSError):
    def __new__(cls, message, baz):
        self = super().__new__(cls, message)
        self.baz = baz
        return self
e = SubOSErrorWithNew("msg", "baz")
print(e.args, e.baz)
e = SubOSErrorWithNew("msg", baz="baz")
print(e.args, e.baz)
try:
    SubOSErrorWithInit("msg", bar="bar")
except TypeError as x: print("TE", x)
e = SubOSErrorWithInit("msg", "bar")
print(e.args, e.bar)
try:
    e = SubOSErrorCombinedInitFirst("morning", "bar")
except TypeError as x: print("TE2", x)
e = SubOSErrorCombinedNewFirst("morning", "baz")
print(e.args, getattr(e, 'baz', None), getattr(e, 'bar', None))
e = SubOSErrorWithStandaloneInit()
print(e.args, str(e))
try:
    OSError("a", kw=1)
except TypeError as x: print("TE3", x)
class E(OSError): pass
try:
    E("a", kw=1)
except TypeError as x: print("TE4", x)
