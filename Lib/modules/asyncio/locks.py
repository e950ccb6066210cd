"""Synchronization for coroutines of one loop: Lock, Event, Condition,
Semaphore, BoundedSemaphore."""

import collections

from asyncio import events
from asyncio.base_futures import CancelledError
from asyncio.coroutines import coroutine

__all__ = ['Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore']


class _Parking:
    """A FIFO of futures that coroutines wait on, and the repr shared by
    the primitives: <module.Class object at 0x... [state,waiters:N]>."""

    def _setup(self, loop):
        self._loop = loop if loop is not None else events.get_event_loop()
        self._waiters = collections.deque()

    def _state_words(self):
        raise NotImplementedError

    def __repr__(self):
        state = self._state_words()
        if self._waiters:
            state += ',waiters:%d' % len(self._waiters)
        cls = type(self)
        return '<%s.%s object at %#x [%s]>' % (cls.__module__, cls.__qualname__,
                                             id(self), state)

    def _ticket(self):
        """A new future at the back of the line."""
        fut = self._loop.create_future()
        self._waiters.append(fut)
        return fut

    def _wake(self, count=1, value=True):
        """Resolve up to count futures still pending, oldest first."""
        woken = 0
        for fut in self._waiters:
            if woken == count:
                break
            if not fut.done():
                fut.set_result(value)
                woken += 1
        return woken


class _Guarded(_Parking):
    """``async with x``, and the 3.6 forms ``with (yield from x)`` and
    ``with await x``, for anything with acquire() and release()."""

    @coroutine
    def _hold(self):
        yield from self.acquire()
        return _Releaser(self)

    def __exit__(self, *exc_info):
        """Never reached: __enter__ refuses."""

    def __enter__(self):
        raise RuntimeError(
            '"yield from" should be used as context manager expression')

    def __iter__(self):
        return (yield from self._hold())

    def __await__(self):
        return (yield from self._hold())

    @coroutine
    def __aenter__(self):
        yield from self.acquire()

    @coroutine
    def __aexit__(self, exc_type, exc, tb):
        self.release()


class _Releaser:
    """Releases its primitive when its with block ends."""

    def __init__(self, primitive):
        self._primitive = primitive

    def __enter__(self):
        return None

    def __exit__(self, *exc_info):
        primitive, self._primitive = self._primitive, None
        primitive.release()


class Lock(_Guarded):
    """A mutual exclusion lock for coroutines; acquire() is a coroutine,
    release() is not, and waiters get the lock in FIFO order."""

    def __init__(self, *, loop=None):
        self._setup(loop)
        self._locked = False

    def _state_words(self):
        return 'locked' if self._locked else 'unlocked'

    def locked(self):
        """Whether some coroutine holds the lock."""
        return self._locked

    @coroutine
    def acquire(self):
        """Wait until the lock is free, then take it; returns True."""
        free = not self._locked
        if free and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = self._ticket()
        try:
            yield from fut
        except CancelledError:
            self._waiters.remove(fut)
            # the lock may have been handed to us just now: pass it on
            if not self._locked:
                self._wake_head()
            raise
        self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        """Free the lock and wake the first waiter."""
        if self._locked:
            self._locked = False
            self._wake_head()
            return
        raise RuntimeError('Lock is not acquired.')

    def _wake_head(self):
        """Resolve the oldest waiter, unless it is done already (it was
        cancelled: it passes the lock on itself when it resumes)."""
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


class Event(_Parking):
    """A flag coroutines can wait for."""

    def __init__(self, *, loop=None):
        self._setup(loop)
        self._value = False

    def _state_words(self):
        return 'set' if self._value else 'unset'

    def is_set(self):
        return self._value

    def set(self):
        """Set the flag, waking every waiter."""
        if self._value:
            return
        self._value = True
        self._wake(len(self._waiters))

    def clear(self):
        """Unset the flag."""
        self._value = False

    @coroutine
    def wait(self):
        """Wait until the flag is set; returns True."""
        if not self._value:
            fut = self._ticket()
            try:
                yield from fut
            finally:
                self._waiters.remove(fut)
        return True


class Condition(_Guarded):
    """A condition variable over a Lock (a new one by default)."""

    def __init__(self, lock=None, *, loop=None):
        self._setup(loop)
        if lock is None:
            lock = Lock(loop=self._loop)
        elif lock._loop is not self._loop:
            raise ValueError('loop argument must agree with lock')
        self._lock = lock
        self.locked, self.acquire, self.release = lock.locked, lock.acquire, lock.release

    def _state_words(self):
        return 'locked' if self.locked() else 'unlocked'

    @coroutine
    def _reacquire(self):
        """Take the lock back, even through cancellations, re-raising
        the first one afterwards."""
        interrupted = False
        while True:
            try:
                yield from self.acquire()
            except CancelledError:
                interrupted = True
                continue
            break
        if interrupted:
            raise CancelledError

    @coroutine
    def wait(self):
        """Release the lock, wait for a notify, take the lock again."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        fut = self._ticket()
        try:
            yield from fut
        finally:
            self._waiters.remove(fut)
            yield from self._reacquire()
        return True

    @coroutine
    def wait_for(self, predicate):
        """Wait until predicate() is true; returns its value."""
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            yield from self.wait()

    def notify(self, n=1):
        """Wake up to n waiters."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._wake(n, False)

    def notify_all(self):
        """Wake every waiter."""
        self.notify(len(self._waiters))


class Semaphore(_Guarded):
    """A counter: acquire() waits while it is zero, then decrements it;
    release() increments it."""

    def __init__(self, value=1, *, loop=None):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._setup(loop)
        self._value = value

    def _state_words(self):
        if self.locked():
            return 'locked'
        return 'unlocked,value:%s' % self._value

    def locked(self):
        """Whether acquire() would wait."""
        return self._value == 0

    def _wake_next(self):
        """Drop futures given up on; resolve the first live one."""
        waiters = self._waiters
        while waiters and waiters[0].done():
            waiters.popleft()
        if waiters:
            waiters.popleft().set_result(None)

    @coroutine
    def acquire(self):
        """Wait until the counter is above zero, then decrement it."""
        while self._value < 1:
            fut = self._ticket()
            try:
                yield from fut
            except BaseException:
                fut.cancel()
                if not fut.cancelled() and self._value > 0:
                    self._wake_next()
                raise
        self._value -= 1
        return True

    def release(self):
        """Increment the counter and wake one waiter."""
        self._value += 1
        self._wake_next()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1, *, loop=None):
        self._bound_value = value
        Semaphore.__init__(self, value, loop=loop)

    def release(self):
        if self._value < self._bound_value:
            Semaphore.release(self)
            return
        raise ValueError('BoundedSemaphore released too many times')
