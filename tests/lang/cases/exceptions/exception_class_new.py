class MyException(Exception):
    def __new__(cls, *args):
        return object()
for form in ('class', 'instance-call'):
    try:
        if form == 'class':
            raise MyException
        raise MyException()
    except TypeError as e:
        print(form, 'TypeError:', e)
class Counted(Exception):
    made = 0
    def __new__(cls, *args, **kw):
        cls.made += 1
        return super().__new__(cls, *args)
    def __init__(self, msg, extra=None):
        super().__init__(msg)
        self.extra = extra
try:
    raise Counted('m', extra=5)
except Counted as e:
    print(e, e.args, e.extra, Counted.made)
class OnlyNew(KeyError):
    def __new__(cls, key):
        self = super().__new__(cls, key)
        self.note = 'noted'
        return self
e = OnlyNew('k')
print(repr(e), e.note, e.args, isinstance(e, KeyError))
class Err(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
x = Err(2, 'gone')
print(type(x).__name__, x.errno, x.strerror)
