"""Locks, semaphores, events and conditions shared between processes.

Their state lives in the process hub of the process that created them;
copies sent to children refer to the same state.  Lock owners are
identified by (pid, thread id).
"""

from multiprocessing import _hub

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
           'Event', 'Barrier']


class _Sem(object):
    _kind = 'sem'

    def __init__(self, value, maxvalue):
        self._handle = _hub.Handle('lock', self._kind, value, maxvalue)

    def acquire(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        return self._handle('acquire', _hub.whoami(), block, timeout)

    def release(self):
        self._handle('release', _hub.whoami())

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __getstate__(self):
        return self._handle

    def __setstate__(self, handle):
        self._handle = handle


class Semaphore(_Sem):
    """A counting semaphore."""

    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        _Sem.__init__(self, value, None)

    def get_value(self):
        return self._handle('value')

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self.get_value())


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        _Sem.__init__(self, value, value)



class Lock(_Sem):
    """A non-recursive lock."""

    _kind = 'lock'

    def __init__(self, *, ctx=None):
        _Sem.__init__(self, 1, 1)

    def _is_owned(self):
        return self._handle('is_mine', _hub.whoami())


class RLock(_Sem):
    """A lock its owning thread may acquire again."""

    _kind = 'rlock'

    def __init__(self, *, ctx=None):
        _Sem.__init__(self, 1, 1)

    def _is_owned(self):
        return self._handle('is_mine', _hub.whoami())


class Condition(object):
    """A condition variable over a shared (by default recursive) lock."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._handle = _hub.Handle('cond')

    acquire = property(lambda self: self._lock.acquire)
    release = property(lambda self: self._lock.release)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _check_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None and not owned():
            raise AssertionError('lock is not owned')

    def wait(self, timeout=None):
        """Release the lock, wait for notify or timeout, reacquire."""
        self._check_owned()
        ticket = self._handle('enlist')
        depth = 0
        while self._lock._is_owned():
            self._lock.release()
            depth += 1
        try:
            return self._handle('wait', ticket, timeout)
        finally:
            for _ in range(depth):
                self._lock.acquire()

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or timeout passes; its value."""
        import time
        start = time.monotonic()
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            left = None
            if timeout is not None:
                left = timeout - (time.monotonic() - start)
                if left <= 0:
                    return outcome
            self.wait(left)

    def notify(self, n=1):
        self._check_owned()
        self._handle('notify', n)

    def notify_all(self):
        self.notify(1 << 30)

    notifyAll = notify_all


class Event(object):
    """A flag processes can set, clear and wait for."""

    def __init__(self, *, ctx=None):
        self._handle = _hub.Handle('event')

    def is_set(self):
        return self._handle('is_set')

    def set(self):
        self._handle('set')

    def clear(self):
        self._handle('clear')

    def wait(self, timeout=None):
        return self._handle('wait', timeout)


class Barrier(object):
    """A barrier for a fixed number of parties, in any processes.

    The party whose arrival completes a round runs action (if given)
    before the others are let go; wait() gives each party its arrival
    index.  A timeout, an exception from action, or abort() breaks the
    barrier: every waiter then gets threading.BrokenBarrierError.
    """

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._handle = _hub.Handle('barrier', parties)

    def __getstate__(self):
        return (self._parties, self._action, self._timeout, self._handle)

    def __setstate__(self, state):
        self._parties, self._action, self._timeout, self._handle = state

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        index, last, generation = self._handle('arrive', timeout)
        if last:
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    self._handle('finish', generation, False)
                    raise
            self._handle('finish', generation, True)
        return index

    def reset(self):
        """Break the current round (its waiters fail) and start afresh."""
        self._handle('reset')

    def abort(self):
        """Leave the barrier broken until reset()."""
        self._handle('abort')

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._handle('n_waiting')

    @property
    def broken(self):
        return self._handle('broken')
