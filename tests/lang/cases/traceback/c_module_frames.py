# Exceptions raised inside the library modules that CPython 3.6 writes in
# C (decimal, pickle, io, bisect, atexit, heapq's heap functions, csv's
# reader/writer, asyncio's Future and Task) carry no frame of theirs: the
# traceback holds the caller's frames only. The modules 3.6 writes in
# Python (csv.DictReader, asyncio.base_events) keep their frames.
import asyncio
import atexit
import bisect
import csv
import functools
import decimal
import heapq
import io
import pickle
import sqlite3
import sys
import traceback


def frames(thunk):
    try:
        thunk()
    except Exception as e:
        tb = traceback.extract_tb(sys.exc_info()[2])
        mine = [f.name for f in tb if f.filename == __file__]
        lib = [f.name for f in tb if f.filename != __file__]
        print(type(e).__name__, len(tb), mine, lib)
        print('  ', traceback.format_exception_only(type(e), e)[-1].rstrip())


class Raw(io.RawIOBase):
    def readable(self):
        return True

    def readinto(self, b):
        raise OSError('device gone')


async def waits(fut):
    return await fut


def run_failed_future():
    loop = asyncio.new_event_loop()
    try:
        fut = loop.create_future()
        fut.set_exception(KeyError('k'))
        loop.run_until_complete(waits(fut))
    finally:
        loop.close()


frames(lambda: decimal.Decimal('x'))
frames(lambda: decimal.Decimal(1) / decimal.Decimal(0))
frames(lambda: bisect.insort(None, 1))
frames(lambda: pickle.loads(b'x'))
frames(lambda: pickle.dumps(lambda: 0))
frames(lambda: csv.writer(None))
frames(lambda: csv.get_dialect('nope'))
frames(lambda: list(csv.DictReader(5)))
frames(lambda: atexit.register(1))
frames(lambda: io.StringIO(1))
frames(lambda: io.BytesIO().write('s'))
frames(lambda: io.BufferedReader(Raw()).read(4))
frames(lambda: heapq.heappush(1, 2))
frames(lambda: heapq.heappop([]))
frames(run_failed_future)
frames(lambda: functools.partial(lambda: 1 / 0)())
frames(lambda: functools.lru_cache()(lambda: 1 / 0)())
frames(lambda: functools.lru_cache(0)(lambda: 1 / 0)())
frames(lambda: functools.lru_cache(5)(lambda: 1 / 0)())
frames(lambda: sorted([1, 2], key=functools.cmp_to_key(lambda a, b: 1 / 0)))
frames(lambda: functools.reduce(lambda a, b: 1 / 0, [1, 2]))
frames(lambda: sqlite3.connect(':memory:').execute('x'))


@functools.singledispatch
def dispatched(x):
    return 1 / 0


frames(lambda: dispatched(1))
