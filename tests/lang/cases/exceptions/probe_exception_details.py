# exceptions: chaining printing and attributes
import sys, traceback
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('bad') from e
try:
    f()
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise TypeError('t')
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    raise ValueError('x') from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__, e.__context__)
e = Exception(1, 2)
print(e.args, str(e), repr(e), str(Exception()), repr(Exception('a')), str(KeyError('k')), str(KeyError()))
print(repr(OSError(2, 'No such')), OSError(2, 'No such').errno, str(OSError(2, 'x', 'f')))
print(isinstance(FileNotFoundError(), OSError), OSError(2, 'x').__class__.__name__)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise MyErr(1, 2)
except MyErr as m:
    print(m.args, m.b, str(m))
try:
    raise 1
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
def g():
    try:
        return 'try'
    finally:
        print('finally runs')
print(g())
def h():
    for i in range(3):
        try:
            continue
        finally:
            print('fin', i)
h()
def k():
    try:
        raise ValueError
    except ValueError:
        return sys.exc_info()[0].__name__
    finally:
        print('exc_info in finally', sys.exc_info()[0])
print(k(), sys.exc_info())
try:
    try:
        raise ValueError('inner')
    finally:
        print('finally with exc pending')
except ValueError as e:
    print('caught', e)
e2 = None
try:
    raise KeyError(1)
except KeyError as e2:
    pass
try:
    e2
except NameError as ne:
    print(ne)
print(BaseException.__subclasses__()[:0], issubclass(KeyboardInterrupt, Exception))
