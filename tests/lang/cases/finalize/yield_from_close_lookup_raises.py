# close() of a generator delegating (yield from) to an object whose
# `close` lookup raises something other than AttributeError reports that
# exception as unraisable and closes the generator; an AttributeError is
# quiet; an exception from close() itself propagates. send() and throw()
# raise their lookup's exception (test_yield_from's broken getattr).
import sys


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __repr__(self):
        return '<Broken>'

    def __getattr__(self, attr):
        1/0


class NoClose:
    def __iter__(self):
        return self

    def __next__(self):
        return 2


class BadClose(NoClose):
    def close(self):
        raise KeyError('from close')


def g(sub):
    yield from sub


gi = g(Broken())
print(next(gi))
sys.stdout.flush()
gi.close()
print('closed', gi.gi_frame)
sys.stdout.flush()

gi = g(Broken())
next(gi)
try:
    gi.send(1)
except ZeroDivisionError as e:
    print('send', repr(e), gi.gi_frame)

gi = g(Broken())
next(gi)
try:
    gi.throw(AttributeError)
except ZeroDivisionError as e:
    print('throw', repr(e), gi.gi_frame is None)
sys.stdout.flush()
gi.close()
print('closed after throw', gi.gi_frame)

gi = g(NoClose())
print(next(gi))
gi.close()
print('no close', gi.gi_frame)

gi = g(BadClose())
print(next(gi))
try:
    gi.close()
except KeyError as e:
    print('close raised', repr(e), gi.gi_frame is None)
gi = None
