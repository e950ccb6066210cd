# Setting and deleting attributes of built-in/extension types is refused as
# 3.6 refuses it; __bases__ assignment checks instance layouts.
import itertools, collections, ssl, _ssl, struct, socket, json, re, signal, datetime, weakref, select, hmac, pprint, subprocess
for T in (itertools.repeat, collections.deque, _ssl.MemoryBIO, _ssl._SSLContext, struct.Struct, int, str, list, object, type,
          collections.OrderedDict, ssl.SSLContext, socket.socket, ssl.SSLSocket, ssl.SSLError, struct.error,
          json.JSONDecodeError, re.error, socket.timeout, ValueError, re.RegexFlag, signal.Signals, datetime.date,
          weakref.ref, select.epoll, hmac.HMAC, pprint.PrettyPrinter, subprocess.Popen, type(iter([])),
          type(re.compile('a')), ssl.SSLSession, ssl.Purpose):
    try:
        T.xx = 1
        del T.xx
        print(T.__name__, 'set and deleted')
    except TypeError as e:
        print(T.__name__, 'TypeError', e)
    try:
        del T.__doc__
    except (TypeError, AttributeError) as e:
        print(' del __doc__', type(e).__name__, e)
try:
    type.__setattr__(collections.deque, 'x', 1)
except TypeError as e:
    print('type.__setattr__', e)
try:
    type.__delattr__(itertools.repeat, '__next__')
except TypeError as e:
    print('type.__delattr__', e)


class M(type):
    pass


class DQ(collections.deque):
    pass


class E(Exception):
    pass


class X(metaclass=M):
    pass


Y = type('Y', (), {})
for T in (M, DQ, E, X, Y):
    T.xx = 1
    del T.xx
print('subclasses open')


class K:
    "doc"


for n in ('__name__', '__qualname__', '__module__', '__doc__', '__dict__', '__bases__', '__mro__', 'zz'):
    for f in (delattr, type.__delattr__):
        try:
            f(K, n)
            print(n, 'deleted')
        except (TypeError, AttributeError) as e:
            print(n, type(e).__name__, e)
for n in ('__name__', '__doc__', 'real', 'zz'):
    try:
        type.__delattr__(int, n)
    except (TypeError, AttributeError) as e:
        print(n, type(e).__name__, e)
def tryset(C, bases):
    try:
        C.__bases__ = bases
        print(C.__name__, '->', [b.__name__ for b in C.__mro__])
    except TypeError as e:
        print(C.__name__, 'TypeError', e)

class A(Exception): pass
class Mid(A): pass
tryset(Mid, (Exception,))
class E2(Exception): pass
tryset(Mid, (E2,))
class P: pass
class Q: pass
class R(P): pass
tryset(R, (Q,))
class P2(P): pass
class R2(P2): pass
tryset(R2, (P,))
tryset(R2, (Q,))
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b',)
class T(S1): pass
tryset(T, (S2,))
tryset(T, (S3,))
tryset(T, (P,))
class L1(list): pass
class L2(list): pass
class LL(L1): pass
tryset(LL, (L2,))
tryset(LL, (list,))
tryset(LL, (P,))
class D(dict): pass
class DD(D): pass
tryset(DD, (dict,))
class W:
    __slots__ = ()
class WW(W): pass
tryset(WW, (P,))
class I(int): pass
class II(I): pass
tryset(II, (int,))
