# A built-in type's getset and member descriptors, called through
# __get__/__set__/__delete__, refuse an instance of another type (3.6's
# descriptor check), before the getter sees it; __get__'s argument rules.
import datetime, io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

td = datetime.timedelta(3)
show('member get other', lambda: datetime.timedelta.days.__get__(5))
show('member get other+owner', lambda: datetime.timedelta.days.__get__(5, int))
show('member get own', lambda: datetime.timedelta.days.__get__(td))
show('member get class', lambda: datetime.timedelta.days.__get__(None, datetime.timedelta))
show('member set readonly', lambda: datetime.timedelta.days.__set__(td, 4))
show('member set other', lambda: datetime.timedelta.days.__set__(5, 4))
show('getset date.year', lambda: datetime.date.year.__get__(5))
show('getset datetime on date', lambda: datetime.datetime.tzinfo.__get__(datetime.date(2000, 1, 1)))
show('getset datetime own', lambda: datetime.datetime.hour.__get__(datetime.datetime(2000, 1, 1, 7)))
show('complex.real int', lambda: complex.real.__get__(5))
show('complex.real own', lambda: complex.real.__get__(1j))
show('int.real float', lambda: int.real.__get__(1.5))
show('int.real bool', lambda: int.real.__get__(True))

class BigTD(datetime.timedelta):
    pass
show('member subclass', lambda: datetime.timedelta.days.__get__(BigTD(2)))

show('OSError.errno int', lambda: OSError.errno.__get__(5))
show('OSError.errno sub', lambda: OSError.errno.__get__(FileNotFoundError(2, 'x')))
show('OSError.errno set int', lambda: OSError.errno.__set__(5, 1))
show('slice.start int', lambda: slice.start.__get__(5))
show('slice.start own', lambda: slice.start.__get__(slice(1, 2)))
show('FileIO.closed int', lambda: io.FileIO.closed.__get__(5))
show('function.__code__ int', lambda: type(lambda: 0).__code__.__get__(5))
show('range.start int', lambda: range.start.__get__(5))
show('memoryview.nbytes int', lambda: memoryview.nbytes.__get__(5))
show('type.__name__ int', lambda: type.__dict__['__name__'].__get__(5))
show('type.__name__ own', lambda: type.__dict__['__name__'].__get__(int))

show('no args', lambda: datetime.timedelta.days.__get__())
show('three args', lambda: datetime.timedelta.days.__get__(1, 2, 3))
show('None', lambda: datetime.timedelta.days.__get__(None))
show('None getset', lambda: int.real.__get__(None))
show('None None', lambda: int.real.__get__(None, None))
show('None owner', lambda: int.real.__get__(None, int))

class S:
    __slots__ = ('a',)
    def __init__(self):
        self.a = 1
show('slot get other', lambda: S.a.__get__(5))
show('slot get own', lambda: S.a.__get__(S()))
show('slot get None', lambda: S.a.__get__(None))
show('slot get None None', lambda: S.a.__get__(None, None))
show('slot get None owner', lambda: S.a.__get__(None, S))

class D:
    pass
show('__dict__ descr other', lambda: D.__dict__['__dict__'].__get__(5))
show('__dict__ descr None', lambda: D.__dict__['__dict__'].__get__(None))
show('__dict__ descr own', lambda: D.__dict__['__dict__'].__get__(D()))
