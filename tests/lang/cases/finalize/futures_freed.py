# A future that as_completed() or an executor's map() handed out, and its
# result, are freed as soon as the caller drops them, on every pass of
# the loop (CPython's issue #14406).
import weakref
from concurrent import futures
from concurrent.futures._base import Future, CANCELLED_AND_NOTIFIED, FINISHED


def settled(state, result=None):
    f = Future()
    f._state = state
    f._result = result
    return f


pending = [Future() for _ in range(5)]
pending.append(settled(CANCELLED_AND_NOTIFIED))
pending.append(settled(FINISHED, 42))
try:
    for future in futures.as_completed(pending, timeout=0):
        pending.remove(future)
        wr = weakref.ref(future)
        del future
        print('settled freed:', wr() is None)
except futures.TimeoutError as e:
    print('TimeoutError', e)

pending[0].set_result('test')
for future in futures.as_completed(pending):
    pending.remove(future)
    wr = weakref.ref(future)
    del future
    print('completed freed:', wr() is None, len(pending))
    if pending:
        pending[0].set_result('test')


class Dummy:
    pass


def make(_):
    return Dummy()


with futures.ThreadPoolExecutor(2) as ex:
    for obj in ex.map(make, range(4)):
        wr = weakref.ref(obj)
        del obj
        print('result freed:', wr() is None)
