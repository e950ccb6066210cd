"""Tasks (coroutines scheduled on a loop) and the functions combining
futures: gather, wait, wait_for, as_completed, shield, sleep."""

import concurrent.futures
import functools
import inspect
import sys
import warnings
import weakref

from asyncio import base_futures
from asyncio import coroutines
from asyncio import events
from asyncio import futures
from asyncio.coroutines import coroutine
from asyncio.base_futures import CancelledError, TimeoutError

__all__ = ['Task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'async',
           'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
           'create_task', 'current_task', 'all_tasks']

FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED

# the task each loop is stepping right now
_stepping = {}
# tells the interpreter that a task holds its coroutine: a frame that
# lets the coroutine go then frees nothing
_adopt = __import__('_io')._adopt_coroutine

# every task alive (a task nothing else refers to is dropped, as it is
# lost: its __del__ says so when it was still pending)
_all_tasks = weakref.WeakSet()


def _of_loop(loop, pending_only=False):
    return {t for t in list(_all_tasks)
            if t._loop is loop and not (pending_only and t.done())}


class Task(futures.Future):
    """A coroutine driven by a loop, itself a future of the coroutine's
    result. Cancelling it throws CancelledError into the coroutine."""

    _log_destroy_pending = True

    @classmethod
    def current_task(cls, loop=None):
        """The task running on loop (the current loop by default)."""
        return _stepping.get(loop if loop is not None else events.get_event_loop())

    @classmethod
    def all_tasks(cls, loop=None):
        """The set of the loop's tasks (done ones too, while they live)."""
        return _of_loop(loop if loop is not None else events.get_event_loop())

    def __init__(self, coro, *, loop=None):
        if not coroutines.iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        futures.Future.__init__(self, loop=loop)
        if self._source_traceback:
            del self._source_traceback[-1]  # this __init__ itself
        self._coro = coro
        _adopt(coro)
        self._fut_waiter = None
        self._must_cancel = False
        try:
            self._loop.call_soon(self._step)
        except BaseException:
            # Nobody can reach a task whose creation failed: report now
            # what its finalizer would report once it is collected.
            self.__del__()
            self._log_destroy_pending = False
            raise
        _all_tasks.add(self)

    def __del__(self):
        if (self._state == futures._PENDING and self._log_destroy_pending
                and not (sys.is_finalizing() and not self._loop.is_closed())):
            # At exit, CPython never frees a pending task that a loop
            # still open holds (the policy keeps the loop): it stays
            # silent then, where the end's finalization here runs every
            # __del__ left.
            context = {'task': self,
                       'message': 'Task was destroyed but it is pending!'}
            if self._source_traceback:
                context['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(context)
        futures.Future.__del__(self)

    def _repr_info(self):
        words = base_futures.future_repr_info(self)
        if self._must_cancel:
            words[0] = 'cancelling'
        extra = ['coro=<%s>' % base_futures.coro_text(self._coro)]
        if self._fut_waiter is not None:
            extra.append('wait_for=%r' % (self._fut_waiter,))
        return words[:1] + extra + words[1:]

    def _settle(self, state):
        futures.Future._settle(self, state)

    def get_stack(self, *, limit=None):
        """The suspended frame of the coroutine, if any, in a list."""
        coro = self._coro
        frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
        return [frame] if frame is not None else []

    def print_stack(self, *, limit=None, file=None):
        import sys
        print('Stack for %r (most recent call last):' % (self,),
              file=file if file is not None else sys.stderr)

    def cancel(self):
        """Ask the task to stop: CancelledError is thrown into its
        coroutine at its next step. False when it is already done."""
        self._log_traceback = False
        if self.done():
            return False
        waiting_on = self._fut_waiter
        if waiting_on is None or not waiting_on.cancel():
            # no future to cancel: throw at the next step instead
            self._must_cancel = True
        return True

    def _step(self, exc=None):
        if self.done():
            raise AssertionError('_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            self._must_cancel = False
            if not isinstance(exc, CancelledError):
                exc = CancelledError()
        self._fut_waiter = None
        _stepping[self._loop] = self
        try:
            self._advance(exc)
        finally:
            _stepping.pop(self._loop, None)

    def _advance(self, exc):
        """Run the coroutine to its next yield and act on what it gave."""
        base = futures.Future
        try:
            yielded = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() came while the coroutine was finishing
                self._must_cancel = False
                base.set_exception(self, CancelledError())
            else:
                base.set_result(self, stop.value)
            return
        except CancelledError:
            base.cancel(self)
            return
        except Exception as error:
            base.set_exception(self, error)
            return
        except BaseException as error:
            base.set_exception(self, error)
            raise
        complaint = self._check_yield(yielded)
        if complaint is not None:
            self._loop.call_soon(self._step, RuntimeError(complaint))
        elif yielded is None:
            self._loop.call_soon(self._step)     # a bare yield: step again
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(TaskWakeupMethWrapper(self))
            self._fut_waiter = yielded
            if self._must_cancel and yielded.cancel():
                self._must_cancel = False

    def _check_yield(self, yielded):
        """None for what a task may wait on (a future of its loop that
        was yielded from __iter__, or None); otherwise what is wrong."""
        if yielded is None:
            return None
        flag = getattr(yielded, '_asyncio_future_blocking', None)
        if flag is None:
            if inspect.isgenerator(yielded):
                return ('yield was used instead of yield from for generator '
                        'in task %r with %r' % (self, yielded))
            return 'Task got bad yield: %r' % (yielded,)
        if yielded._loop is not self._loop:
            return ('Task %r got Future %r attached to a different loop'
                    % (self, yielded))
        if not flag:
            return ('yield was used instead of yield from in task %r with %r'
                    % (self, yielded))
        if yielded is self:
            return 'Task cannot await on itself: %r' % (self,)
        return None

    def _wakeup(self, future):
        try:
            future.result()
        except Exception as exc:
            self._step(exc)
            return
        self._step()


class TaskWakeupMethWrapper:
    """The callback a task leaves on the future it waits for."""

    __slots__ = ('_task',)

    def __init__(self, task):
        self._task = task

    def __call__(self, future):
        self._task._wakeup(future)

    def __eq__(self, other):
        return isinstance(other, TaskWakeupMethWrapper) and other._task is self._task

    def __hash__(self):
        return id(self._task)


def _resolve(fut, value=None, *ignored):
    """Give fut the value unless it is already done (or cancelled)."""
    if not fut.done():
        fut.set_result(value)


def ensure_future(coro_or_future, *, loop=None):
    """A future for coro_or_future: a future as it is, a coroutine or an
    awaitable wrapped in a Task."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is None or loop is obj._loop:
            return obj
        raise ValueError('loop argument must agree with Future')
    if not coroutines.iscoroutine(obj):
        if not inspect.isawaitable(obj):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
        obj = _wrap_awaitable(obj)
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(obj)


async def _wrap_awaitable(awaitable):
    return await awaitable


def _async_alias(coro_or_future, *, loop=None):
    """ensure_future under its old name, with a DeprecationWarning."""
    warnings.warn('asyncio.async() function is deprecated, use ensure_future()',
                  DeprecationWarning, stacklevel=2)
    return ensure_future(coro_or_future, loop=loop)


# 'async' is not yet a keyword in 3.6: asyncio.async is still reachable
_async_alias.__name__ = _async_alias.__qualname__ = 'async'
globals()['async'] = _async_alias


def create_task(coro):
    """Schedule coro on the running loop (RuntimeError without one)."""
    return events.get_running_loop().create_task(coro)


def current_task(loop=None):
    """The task running now (None outside one)."""
    return _stepping.get(loop if loop is not None else events.get_running_loop())


def all_tasks(loop=None):
    """The pending tasks of the loop."""
    return _of_loop(loop if loop is not None else events.get_running_loop(),
                    pending_only=True)


@coroutine
def sleep(delay, result=None, *, loop=None):
    """Wait delay seconds, then return result."""
    if delay == 0:
        yield   # one turn of the loop
        return result
    loop = loop if loop is not None else events.get_event_loop()
    alarm = loop.create_future()
    timer = loop.call_later(delay, _resolve, alarm, result)
    try:
        value = yield from alarm
    finally:
        timer.cancel()
    return value


@coroutine
def wait_for(fut, timeout, *, loop=None):
    """Wait for fut for at most timeout seconds: its result, or
    TimeoutError after cancelling it. None waits without limit."""
    loop = loop if loop is not None else events.get_event_loop()
    fut = ensure_future(fut, loop=loop)
    if timeout is None:
        return (yield from fut)
    gate = loop.create_future()
    opener = functools.partial(_resolve, gate)
    timer = loop.call_later(timeout, _resolve, gate)
    fut.add_done_callback(opener)
    try:
        yield from gate
    except CancelledError:
        fut.remove_done_callback(opener)
        fut.cancel()
        raise
    finally:
        timer.cancel()
    if not fut.done():
        fut.remove_done_callback(opener)
        fut.cancel()
        raise TimeoutError()
    return fut.result()


def _refuse_single(fs):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)


@coroutine
def wait(fs, *, loop=None, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and coroutines of fs; returns (done, pending)
    sets once return_when holds or timeout passes."""
    _refuse_single(fs)
    if not fs:
        raise ValueError('Set of coroutines/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    loop = loop if loop is not None else events.get_event_loop()
    pending = {ensure_future(f, loop=loop) for f in set(fs)}
    return (yield from _wait(pending, timeout, return_when, loop))


def _satisfied(f, return_when):
    if return_when == FIRST_COMPLETED:
        return True
    return (return_when == FIRST_EXCEPTION and not f.cancelled()
            and f.exception() is not None)


@coroutine
def _wait(fs, timeout, return_when, loop):
    gate = loop.create_future()
    left = {'n': len(fs)}

    def one_done(f):
        left['n'] -= 1
        if left['n'] <= 0 or _satisfied(f, return_when):
            _resolve(gate)

    timer = None if timeout is None else loop.call_later(timeout, _resolve, gate)
    for f in fs:
        f.add_done_callback(one_done)
    try:
        yield from gate
    finally:
        if timer:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    finished = {f for f in fs if f.done()}
    return finished, fs - finished


def as_completed(fs, *, loop=None, timeout=None):
    """An iterator of coroutines, each giving the next result (or raising
    the next exception) in the order the futures finish; TimeoutError
    when timeout passes first. Like 3.6's, it is a generator: the
    arguments are checked when the iteration starts."""
    _refuse_single(fs)
    loop = loop if loop is not None else events.get_event_loop()
    from asyncio.queues import Queue
    outstanding = {ensure_future(f, loop=loop) for f in set(fs)}
    arrivals = Queue(loop=loop)
    timer = None

    def landed(f):
        if f in outstanding:
            outstanding.discard(f)
            arrivals.put_nowait(f)
            if not outstanding and timer is not None:
                timer.cancel()

    def expired():
        for f in outstanding:
            f.remove_done_callback(landed)
            arrivals.put_nowait(None)   # None: the time ran out
        outstanding.clear()

    @coroutine
    def next_result():
        f = yield from arrivals.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in outstanding:
        f.add_done_callback(landed)
    if timeout is not None:
        timer = loop.call_later(timeout, expired)
    for _ in range(len(outstanding)):
        yield next_result()


class _GatheringFuture(futures.Future):
    """gather's outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop=None):
        futures.Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self):
        if self.done():
            return False
        hits = [child.cancel() for child in self._children]
        if any(hits):
            # the outcome is CancelledError even if the children catch it
            self._cancel_requested = True
            return True
        return False


def gather(*coros_or_futures, loop=None, return_exceptions=False):
    """A future of the list of the results of the arguments, in order.
    The first exception is its exception, unless return_exceptions puts
    exceptions in the list."""
    if not coros_or_futures:
        done = (loop if loop is not None else events.get_event_loop()).create_future()
        done.set_result([])
        return done
    wrapped = {}
    for arg in coros_or_futures:
        if arg in wrapped:
            continue
        fut = ensure_future(arg, loop=loop)
        if loop is None:
            loop = fut._loop
        elif fut._loop is not loop:
            raise ValueError('futures are tied to different event loops')
        if fut is not arg:
            fut._log_destroy_pending = False
        wrapped[arg] = fut
    children = [wrapped[arg] for arg in coros_or_futures]
    outer = _GatheringFuture(children, loop=loop)
    results = [None] * len(children)
    waiting = {'n': len(children)}

    def settle(index, child):
        if outer.done():
            if not child.cancelled():
                child.exception()   # mark it as seen
            return
        if child.cancelled():
            value = CancelledError()
        else:
            value = child._exception
            if value is None:
                value = child._result
            else:
                child.exception()
        failed = child.cancelled() or child._exception is not None
        if failed and not return_exceptions:
            outer.set_exception(value)
            return
        results[index] = value
        waiting['n'] -= 1
        if not waiting['n']:
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for index, child in enumerate(children):
        child.add_done_callback(functools.partial(settle, index))
    return outer


def shield(arg, *, loop=None):
    """A future following arg that can be cancelled without cancelling
    arg itself."""
    inner = ensure_future(arg, loop=loop)
    if inner.done():
        return inner
    outer = inner._loop.create_future()

    def follow(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
        elif inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(follow)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Schedule coro on loop from another thread; returns a
    concurrent.futures.Future of its result."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    handoff = concurrent.futures.Future()

    def begin():
        task = None
        try:
            task = ensure_future(coro, loop=loop)
        finally:
            if task is None and handoff.set_running_or_notify_cancel():
                import sys
                handoff.set_exception(sys.exc_info()[1])
        futures._chain_future(task, handoff)

    loop.call_soon_threadsafe(begin)
    return handoff


# CPython has a Python and a C implementation under these names; here
# the one implementation goes by both.
_PyTask = _CTask = Task

# As for futures.Future: a dropped task or gathering future with no
# unretrieved exception needs no collection to be found (a pending task
# is still held by its loop).
for _cls in (Task, _GatheringFuture):
    __import__('_io')._finalizer_inert(_cls, '_log_traceback', '_result')
del _cls
