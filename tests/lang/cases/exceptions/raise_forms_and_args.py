# The forms of raise: class or instance, with_traceback, args and
# str/repr of exceptions with 0, 1 and several arguments.
import sys
for exc in (ValueError, ValueError(), ValueError('one'), ValueError('a', 2), KeyError('k'),
            KeyError(), OSError(2, 'No such file'), OSError(2, 'No such file', 'f.txt'),
            UnicodeError('u'), StopIteration(5), SystemExit(0), Exception(None)):
    try:
        raise exc
    except BaseException as e:
        print(type(e).__name__, repr(e), '|', str(e), '|', e.args)

class MyError(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
    def __str__(self):
        return 'MyError #%d' % self.code
try:
    raise MyError(7)
except MyError as e:
    print(repr(e), str(e), e.code, e.args)

class NoArgs(Exception):
    def __init__(self):
        pass
e = NoArgs()
print(repr(e), e.args, str(e) == '')

try:
    raise ValueError('tb').with_traceback(None)
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
def thrower():
    raise KeyError('deep')
try:
    thrower()
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_next.tb_frame.f_code.co_name)
    try:
        raise RuntimeError('again').with_traceback(tb)
    except RuntimeError as r:
        depth = 0
        t2 = r.__traceback__
        while t2:
            depth += 1
            t2 = t2.tb_next
        print('frames in traceback', depth)

class NotExc:
    pass
for bad in (NotExc, NotExc(), 'string', 3):
    try:
        raise bad
    except TypeError as e:
        print('TypeError:', e)
class BadInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
try:
    raise BadInit
except TypeError as e:
    print('TypeError:', e)
print(issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError),
      issubclass(StopAsyncIteration, Exception))
