"""The executor-independent core of concurrent.futures.

A Future is a one-shot result cell guarded by its own Condition. Code
that waits on several futures at once (wait, as_completed) hangs a
_Watch on each unfinished one: the future reports to every watch it
holds when it finishes, or when a cancelled future is acknowledged by
its executor, and the watch decides when its waiter has seen enough.
"""

import logging
import threading
import time
from collections import namedtuple

# wait()'s return_when values
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

# A future's life: PENDING, then RUNNING or CANCELLED, then FINISHED or
# CANCELLED_AND_NOTIFIED (a cancellation the executor has acknowledged).
_FUTURE_STATES = ['PENDING', 'RUNNING', 'CANCELLED', 'CANCELLED_AND_NOTIFIED',
                  'FINISHED']
PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED = _FUTURE_STATES
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# what repr() shows for each state
_STATE_TO_DESCRIPTION_MAP = {s: ('cancelled' if s in _CANCELLED_STATES
                                 else s.lower()) for s in _FUTURE_STATES}

LOGGER = logging.getLogger('concurrent.futures')


class Error(Exception):
    """Root of the errors this package raises."""


class CancelledError(Error):
    """The result of a cancelled future was asked for."""


class TimeoutError(Error):
    """A wait on futures ran out of time."""


# the kinds of outcome a future reports to its watches
_RESULT, _RAISED, _ACKNOWLEDGED = 'result', 'raised', 'acknowledged'


class _Watch:
    """What a waiter on several futures learns from them.

    Futures call note() (with their condition held) as they finish;
    arm() says how many reports the waiter needs, and under which rule,
    before ``ready`` is set. Until arm() is called nothing is signalled.
    """

    def __init__(self):
        self._guard = threading.Lock()
        self.ready = threading.Event()
        self.finished = []
        self._failures = 0
        self._rule = None
        self._needed = 0

    def note(self, future, kind):
        with self._guard:
            if future in self.finished:
                return
            self.finished.append(future)
            if kind == _RAISED:
                self._failures += 1
            self._signal_if_due()

    def arm(self, rule, needed):
        with self._guard:
            self._rule, self._needed = rule, needed
            self._signal_if_due()

    def take(self):
        """Hand over (and forget) the futures reported so far."""
        with self._guard:
            got, self.finished = self.finished, []
            self.ready.clear()
            return got

    def _signal_if_due(self):
        rule, got = self._rule, len(self.finished)
        if rule is None:
            return
        if (got >= self._needed or (rule == FIRST_COMPLETED and got)
                or (rule == FIRST_EXCEPTION and self._failures)):
            self.ready.set()


def _call_logged(fn, future):
    """Call fn(future), logging rather than raising an Exception of it."""
    try:
        fn(future)
    except Exception:
        LOGGER.exception('exception calling callback for %r', future)


class Future:
    """The eventual outcome of one call, normally made by an Executor."""

    def __init__(self):
        """Create a pending future (executors do this; user code rarely)."""
        self._state = PENDING
        self._result = self._exception = None
        self._condition = threading.Condition()
        self._done_callbacks = []  # run once done, in order
        self._waiters = []  # the _Watch objects to tell when done

    def __repr__(self):
        with self._condition:
            head = '<%s at %#x state=%s' % (
                type(self).__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state])
            if self._state != FINISHED:
                return head + '>'
            if self._exception:
                return '%s raised %s>' % (head,
                                          type(self._exception).__name__)
            return '%s returned %s>' % (head, type(self._result).__name__)

    # -- queries

    def cancelled(self):
        """True once cancel() has succeeded."""
        return self._state in _CANCELLED_STATES

    def running(self):
        """True while the call runs (it can no longer be cancelled)."""
        return self._state == RUNNING

    def done(self):
        """True once the future is cancelled or has an outcome."""
        return self._state in _DONE_STATES

    # -- outcome access

    def _outcome(self, timeout, take_exception):
        # Shared by result() and exception(): wait at most once for the
        # future to settle, then read it.
        with self._condition:
            if self._state not in _DONE_STATES:
                self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state != FINISHED:
                raise TimeoutError()
            if take_exception:
                return self._exception
            failure = self._exception
        if failure:
            raise failure
        return self._result

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds.

        Re-raises the call's exception; raises CancelledError for a
        cancelled future and TimeoutError when time runs out.
        """
        return self._outcome(timeout, False)

    def exception(self, timeout=None):
        """The call's exception (None if it returned), as result() waits."""
        return self._outcome(timeout, True)

    # -- callbacks

    def add_done_callback(self, fn):
        """Arrange fn(future) to run once the future is done.

        When it already is, fn runs now, in this thread, and whatever it
        raises propagates; later, exceptions of fn are logged.
        """
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        fn(self)

    def _run_callbacks(self):
        for fn in self._done_callbacks:
            _call_logged(fn, self)

    # -- transitions

    def cancel(self):
        """Cancel a future that has not started; True if it is cancelled."""
        with self._condition:
            before = self._state
            if before == PENDING:
                self._state = CANCELLED
                self._condition.notify_all()
        if before != PENDING:
            return before in _CANCELLED_STATES
        self._run_callbacks()
        return True

    def set_running_or_notify_cancel(self):
        """For executors: claim the future before running its call.

        Returns True (now RUNNING) for a pending future, False for a
        cancelled one (whose watchers are told now); raises RuntimeError
        in any other state.
        """
        with self._condition:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                self._tell_watchers(_ACKNOWLEDGED)
                return False
            LOGGER.critical('Future %s in unexpected state: %s',
                            id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """For executors: record the call's return value."""
        self._settle(_RESULT, result)

    def set_exception(self, exception):
        """For executors: record the exception the call raised."""
        self._settle(_RAISED, exception)

    def _settle(self, kind, value):
        with self._condition:
            if kind == _RAISED:
                self._exception = value
            else:
                self._result = value
            self._state = FINISHED
            self._tell_watchers(kind)
            self._condition.notify_all()
        self._run_callbacks()

    def _tell_watchers(self, kind):
        for watch in self._waiters:
            watch.note(self, kind)

    def _detach(self, watch):
        with self._condition:
            while watch in self._waiters:
                self._waiters.remove(watch)


DoneAndNotDoneFutures = namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def _split(fs, watch):
    """Sort the distinct futures of fs into settled and watched ones.

    A future still able to change (pending, running, or cancelled but
    not yet acknowledged) gets watch attached, under its lock.
    """
    settled, watched = set(), set()
    try:
        for f in fs:
            with f._condition:
                if f in settled or f in watched:
                    continue
                if f._state in (FINISHED, CANCELLED_AND_NOTIFIED):
                    settled.add(f)
                else:
                    f._waiters.append(watch)
                    watched.add(f)
    except BaseException:
        # fs held something other than a future: leave no watch behind
        for f in watched:
            f._detach(watch)
        raise
    return settled, watched


def _has_failure(futures):
    return any(not f.cancelled() and f.exception() is not None
               for f in futures)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs (at most timeout seconds).

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED.
    Returns DoneAndNotDoneFutures(done, not_done), two sets.
    """
    watch = _Watch()
    done, watched = _split(fs, watch)
    try:
        early = ((return_when == FIRST_COMPLETED and done)
                 or (return_when == FIRST_EXCEPTION and _has_failure(done)))
        if not early or iter(fs) is fs:
            # CPython 3.6 compares counts with len(fs) at this point, so an
            # unsized fs (a generator, say) is refused with its TypeError
            len(fs)
        if watched and not early:
            if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION,
                                   ALL_COMPLETED):
                raise ValueError('Invalid return condition: %r'
                                 % (return_when,))
            watch.arm(return_when, len(watched))
            watch.ready.wait(timeout)
    finally:
        for f in watched:
            f._detach(watch)
    done.update(watch.take())
    return DoneAndNotDoneFutures(done, watched - done)


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (finished or cancelled).

    Duplicates are yielded once. Raises TimeoutError when timeout seconds
    (counted from the first next()) pass with futures still unfinished.
    """
    deadline = None if timeout is None else timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    watch = _Watch()
    watch.arm(FIRST_COMPLETED, 1)
    settled, unfinished = _split(fs, watch)
    # A future handed out is forgotten at once, so that the caller's
    # dropping it frees it (and its result).
    del fs
    try:
        while settled:
            yield settled.pop()
        while unfinished:
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(unfinished), total))
            watch.ready.wait(left)
            done = [f for f in watch.take() if f in unfinished]
            for f in done:
                unfinished.discard(f)
                f._detach(watch)
            f = None
            while done:
                yield done.pop()
    finally:
        for f in unfinished:
            f._detach(watch)


def _take_result(pending, i, deadline):
    """The result of pending[i], which is forgotten first."""
    f, pending[i] = pending[i], None
    if deadline is None:
        return f.result()
    return f.result(deadline - time.monotonic())


class Executor:
    """Base of the executors: runs calls asynchronously, gives futures.

    A context manager: leaving the with block shuts it down, waiting.
    """

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

    def submit(self, fn, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """A lazy map(fn, *iterables) whose calls are all submitted now.

        The results come back in order; getting one raises TimeoutError
        once timeout seconds (counted from this call) have passed, and
        re-raises what its call raised. chunksize is for process pools.
        """
        deadline = None
        if timeout is not None:
            deadline = timeout + time.monotonic()
        pending = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            # A future leaves `pending` before it is waited on, so that
            # only the ones never asked for are cancelled at the end.
            try:
                for i in range(len(pending)):
                    yield _take_result(pending, i, deadline)
            finally:
                for f in pending:
                    if f is not None:
                        f.cancel()
        return results()

    def shutdown(self, wait=True):
        """Release the executor's resources; wait for pending calls."""
