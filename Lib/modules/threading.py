"""Threads, and the locks, conditions, semaphores, events and barriers
that coordinate them, built over the _thread module.

Every Python thread runs one goroutine of the interpreter; the module keeps
a registry from thread identifiers to their Thread objects so that
current_thread(), enumerate() and active_count() can answer, and the
interpreter calls _shutdown() at exit to wait for the non-daemon threads.
"""

import sys as _sys
import _thread
from _thread import (get_ident, allocate_lock as Lock, _local as local,
                     error as ThreadError, TIMEOUT_MAX, stack_size)
from time import monotonic as _clock
from weakref import WeakSet as _WeakSet

__all__ = [
    'Barrier', 'BoundedSemaphore', 'BrokenBarrierError', 'Condition',
    'Event', 'Lock', 'RLock', 'Semaphore', 'TIMEOUT_MAX', 'Thread',
    'ThreadError', 'Timer', 'active_count', 'current_thread', 'enumerate',
    'get_ident', 'local', 'main_thread', 'setprofile', 'settrace',
    'stack_size',
]

_new_lock = _thread.allocate_lock
_CRLock = getattr(_thread, 'RLock', None)  # the native re-entrant lock

# Hooks installed in every thread started after settrace()/setprofile().
_hooks = {'trace': None, 'profile': None}


def settrace(func):
    """Have each thread started from now on call sys.settrace(func)."""
    _hooks['trace'] = func


def setprofile(func):
    """Have each thread started from now on call sys.setprofile(func)."""
    _hooks['profile'] = func


# ---------------------------------------------------------------- registry
#
# _live maps the identifier of every running thread that the module knows
# of to its Thread; _starting holds the threads between start() and the
# moment their goroutine registers itself. Both change only under
# _registry_guard, which also numbers the default thread names.

# Every Thread object made and not yet collected (CPython's name; its
# test support counts them).
_dangling = _WeakSet()

_registry_guard = _new_lock()
_live = {}
_starting = {}
_serial = [0]

# CPython's names for the two tables (debuggers and monitoring code read
# threading._active), and for the function start() starts threads with.
_active = _live
_limbo = _starting
_start_new_thread = _thread.start_new_thread


def _fresh_name(pattern="Thread-%d"):
    with _registry_guard:
        _serial[0] += 1
        number = _serial[0]
    return pattern % number


def _known_threads():
    with _registry_guard:
        return list(_live.values()) + list(_starting.values())


def current_thread():
    """Return the Thread object of the caller (a dummy one for a thread
    that the threading module did not start)."""
    found = _live.get(get_ident())
    if found is None:
        found = _DummyThread()
    return found


currentThread = current_thread


def active_count():
    """Return how many Thread objects are alive (enumerate()'s length)."""
    with _registry_guard:
        return len(_live) + len(_starting)


activeCount = active_count


def enumerate():
    """Return a list of the Thread objects that are alive, the main one
    and dummy ones included."""
    return _known_threads()


def main_thread():
    """Return the Thread object of the thread that imported threading."""
    return _main


# ------------------------------------------------------------------ RLock

def RLock(*args, **kwargs):
    """Return a new re-entrant lock (the native one when _thread has it)."""
    factory = _PyRLock if _CRLock is None else _CRLock
    return factory(*args, **kwargs)


class _RLock:
    """Re-entrant lock written in Python: the owning thread may take it
    again; it is free once released as many times as it was taken."""

    def __init__(self):
        self._holder, self._depth = None, 0  # owner's get_ident(), levels
        self._gate = _new_lock()

    def __repr__(self):
        holder = self._holder
        who = _live.get(holder)
        if who is not None:
            holder = who.name
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._gate.locked() else "unlocked",
            type(self).__module__, type(self).__qualname__,
            holder, self._depth, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        """Take the lock; True (or 1 when already held by the caller) once
        held, False when not blocking or timed out."""
        me = get_ident()
        if me == self._holder:
            self._depth += 1
            return 1
        got = self._gate.acquire(blocking, timeout)
        if got:
            self._holder, self._depth = me, 1
        return got

    __enter__ = acquire

    def release(self):
        """Give up one level; RuntimeError if the caller does not hold it."""
        if self._holder != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if self._depth == 0:
            self._holder = None
            self._gate.release()

    def __exit__(self, t, v, tb):
        self.release()

    # Condition's protocol: drop every level and return what restores them.
    def _release_save(self):
        if self._depth == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._depth, self._holder)
        self._holder, self._depth = None, 0
        self._gate.release()
        return state

    def _acquire_restore(self, state):
        self._gate.acquire()
        self._depth, self._holder = state

    def _is_owned(self):
        return self._holder == get_ident()


_PyRLock = _RLock


# -------------------------------------------------------------- Condition

_BAD_COUNT = ("Stop argument for islice() must be None or an integer: "
              "0 <= x <= sys.maxsize.")


class Condition:
    """A condition variable over a lock (a new RLock by default).

    Each waiter parks on a private lock of its own, held until notify()
    releases it; wait() gives up the condition's lock meanwhile."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire, self.release = lock.acquire, lock.release
        # An RLock knows how to drop and retake all its levels; a plain
        # lock falls back to the class's versions below.
        for hook in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, hook, None)
            if method is not None:
                setattr(self, hook, method)
        self._parked = []

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._parked))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or until timeout seconds
        pass, retake the lock. Returns False on time-out."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        parking = self._park()
        state = self._release_save()
        woken = False
        try:
            woken = _take(parking, timeout)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken:
                self._unpark(parking)

    def _park(self):
        # A new lock, held until notify() releases it, in the queue.
        parking = _new_lock()
        parking.acquire()
        self._parked.append(parking)
        return parking

    def _unpark(self, parking):
        try:
            self._parked.remove(parking)
        except ValueError:
            pass  # notify() got to it first

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or timeout seconds in all have
        passed; return predicate()'s last value."""
        outcome = predicate()
        if outcome:
            return outcome
        if timeout is None:
            while not outcome:
                self.wait()
                outcome = predicate()
            return outcome
        deadline = _clock() + timeout
        left = timeout
        while True:
            self.wait(left)
            outcome = predicate()
            left = deadline - _clock()
            if outcome or left <= 0:
                return outcome

    def notify(self, n=1):
        """Wake up to n of the threads waiting (all of them for None)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        if n is not None and (not isinstance(n, int) or
                              not 0 <= n <= _sys.maxsize):
            raise ValueError(_BAD_COUNT)
        chosen = self._parked[:n]
        for parking in chosen:
            parking.release()
            self._unpark(parking)

    def notify_all(self):
        """Wake every waiting thread."""
        self.notify(len(self._parked))

    notifyAll = notify_all

    # What a lock without Condition's protocol (a plain Lock) gets.

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A lock we can take is a lock nobody held.
        if not self._lock.acquire(False):
            return True
        self._lock.release()
        return False


def _take(lock, timeout):
    # Acquire with Condition.wait's timeout rules: None blocks, a positive
    # number bounds the wait, anything else only tries.
    if timeout is None:
        return lock.acquire()
    if timeout > 0:
        return lock.acquire(True, timeout)
    return lock.acquire(False)


# ------------------------------------------------------------- Semaphores

class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and
    release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._cond = Condition(_new_lock())

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter: True once done, False when it stayed at
        zero (not blocking, or timeout seconds passed)."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if blocking:
                ready = self._cond.wait_for(self._available, timeout)
            else:
                ready = self._available()
            if ready:
                self._value -= 1
            return ready

    def _available(self):
        return self._value != 0

    __enter__ = acquire

    def __exit__(self, t, v, tb):
        self.release()

    def release(self):
        """Increment the counter and wake one waiter."""
        with self._cond:
            self._bump()

    def _bump(self):
        # One more unit, for one waiter; the caller holds the condition.
        self._value += 1
        self._cond.notify()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose counter may not rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._ceiling = value

    def release(self):
        with self._cond:
            if self._value >= self._ceiling:
                raise ValueError("Semaphore released too many times")
            self._bump()


# ------------------------------------------------------------------ Event

class Event:
    """A flag threads can wait for: set() raises it, clear() lowers it."""

    def __init__(self):
        self._flag = False
        self._cond = Condition(_new_lock())

    def _reset_internal_locks(self):
        # a fresh plain lock under the condition, keeping the flag (what
        # CPython does in a child after fork)
        self._cond.__init__(_new_lock())

    def is_set(self):
        """Report the flag."""
        return self._flag

    isSet = is_set

    def set(self):
        """Raise the flag and wake every waiter."""
        cond = self._cond
        with cond:
            self._flag = True
            cond.notify_all()

    def clear(self):
        """Lower the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is raised or timeout seconds pass; True
        unless the wait timed out."""
        with self._cond:
            return self._flag or self._cond.wait(timeout)


# ---------------------------------------------------------------- Barrier

class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    # One filling of a Barrier: who has arrived, and how it ended (None
    # while filling, True when every party arrived, False when broken).
    __slots__ = ('arrived', 'passed')

    def __init__(self):
        self.arrived = 0
        self.passed = None


class Barrier:
    """Holds each caller of wait() until `parties` of them have called it,
    then lets them all go (after running `action` in the last one)."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(_new_lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._round = _Round()
        self._broken = False

    def wait(self, timeout=None):
        """Wait for the other parties; return this caller's arrival index
        (0 to parties-1). BrokenBarrierError if the barrier breaks."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            current = self._round
            index = current.arrived
            current.arrived += 1
            if current.arrived == self._parties:
                self._open(current)
                return index
            try:
                finished = self._cond.wait_for(
                    lambda: current.passed is not None, timeout)
            except BaseException:
                if current.passed is None:
                    current.arrived -= 1
                raise
            if not finished:
                self._break()
            if not current.passed:
                raise BrokenBarrierError
            return index

    def _open(self, current):
        # The last party runs the action; its failure breaks the barrier.
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break()
            raise
        self._finish(True)

    def _finish(self, passed):
        # End the current round, wake its waiters, start a fresh one.
        self._round.passed = passed
        self._round = _Round()
        self._cond.notify_all()

    def _break(self):
        self._broken = True
        self._finish(False)

    def reset(self):
        """Make the barrier usable again; threads waiting on it get
        BrokenBarrierError."""
        with self._cond:
            if self._round.arrived:
                self._finish(False)
            self._broken = False

    def abort(self):
        """Break the barrier: present and future waiters get
        BrokenBarrierError until reset()."""
        with self._cond:
            self._break()

    broken = property(lambda self: self._broken,
                      doc="True after abort(), a time-out or a failed action.")
    n_waiting = property(lambda self: self._round.arrived,
                         doc="How many threads are waiting now.")
    parties = property(lambda self: self._parties,
                       doc="How many threads the barrier waits for.")


# ----------------------------------------------------------------- Thread

_NOT_INIT = "Thread.__init__() not called"


class Thread:
    """A thread of control: start() runs run() in a new thread, which calls
    target(*args, **kwargs) unless a subclass overrides run()."""

    _ready = False  # set by __init__; a subclass may forget to call it

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = str(name or _fresh_name())
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._began = False   # the thread's goroutine has registered
        self._ended = False   # known to have finished
        self._tstate_lock = None  # held while the thread runs
        self._stderr = _sys.stderr
        self._ready = True
        _dangling.add(self)

    def __repr__(self):
        assert self._ready, "Thread.__init__() was not called"
        words = ["initial"]
        if self._began:
            self.is_alive()  # notices an end
            words = ["stopped" if self._ended else "started"]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        return "<%s(%s, %s)>" % (type(self).__name__, self._name,
                                 " ".join(words))

    def start(self):
        """Run the thread; at most once per Thread object."""
        if not self._ready:
            raise RuntimeError("thread.__init__() not called")
        if self._began or self in _starting:
            raise RuntimeError("threads can only be started once")
        handshake = _new_lock()
        handshake.acquire()
        with _registry_guard:
            _starting[self] = self
        try:
            _start_new_thread(self._bootstrap_inner, (handshake,))
        except Exception:
            with _registry_guard:
                _starting.pop(self, None)
            raise
        handshake.acquire()  # released once the new thread is registered

    def _bootstrap_inner(self, handshake):
        # The body of the new thread: register, run, report what escaped
        # run(), unregister. The gate _set_sentinel() gives is released by
        # the interpreter once this call has returned; join() waits for it.
        try:
            self._register(handshake)
            try:
                self.run()
            except BaseException as exc:
                if not isinstance(exc, SystemExit):  # SystemExit is quiet
                    self._report(_sys.exc_info())
        finally:
            with _registry_guard:
                if _live.get(self._ident) is self:
                    del _live[self._ident]

    def _register(self, handshake):
        self._tstate_lock = _thread._set_sentinel()
        self._tstate_lock.acquire()
        self._ident = get_ident()
        with _registry_guard:
            _starting.pop(self, None)
            _live[self._ident] = self
        self._began = True
        handshake.release()
        for kind, install in (('trace', _sys.settrace),
                              ('profile', _sys.setprofile)):
            if _hooks[kind]:
                try:
                    install(_hooks[kind])
                except NotImplementedError:
                    pass  # an interpreter without tracing runs untraced

    def _report(self, info):
        # "Exception in thread NAME:" and the traceback, on sys.stderr; when
        # that is gone (interpreter shutdown), a terser form on the stderr
        # the thread was created with.
        out = _sys.stderr
        if out is not None:
            # Imported here: threading must not need traceback (and the
            # native _traceback under it) to load.
            from traceback import format_exception
            text = "".join(format_exception(*info))
            print("Exception in thread %s:\n%s" % (self.name, text),
                  file=out)
            return
        out = self._stderr
        if out is None:
            return
        lines = ["Exception in thread %s (most likely raised during "
                 "interpreter shutdown):" % self.name,
                 "Traceback (most recent call last):"]
        tb = info[2]
        while tb is not None:
            code = tb.tb_frame.f_code
            lines.append('  File "%s", line %s, in %s' % (
                code.co_filename, tb.tb_lineno, code.co_name))
            tb = tb.tb_next
        lines.append("%s: %s" % (info[0], info[1]))
        print("\n".join(lines), file=out)

    def run(self):
        """What the thread does: call the target given to the constructor.
        Subclasses override it."""
        try:
            # (the call's text is what a traceback through run() shows)
            if self._target:
                self._target(*self._args, **self._kwargs)
        finally:
            # A finished thread must not keep its target and arguments
            # alive; a second run() fails here.
            del self._target, self._args, self._kwargs

    def _finished(self, blocking, timeout=-1):
        # Whether the thread has ended, waiting for it as acquire() would.
        if self._ended:
            return True
        gate = self._tstate_lock
        if gate is None:  # not started, or another caller saw the end
            return self._ended
        if not gate.acquire(blocking, timeout):
            return False
        gate.release()
        self._ended = True
        self._tstate_lock = None
        return True

    def join(self, timeout=None):
        """Wait until the thread ends, or timeout seconds pass (then check
        is_alive())."""
        if not self._ready:
            raise RuntimeError(_NOT_INIT)
        if not self._began:
            raise RuntimeError("cannot join thread before it is started")
        if current_thread() is self:
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._finished(True)
        else:
            self._finished(True, max(timeout, 0))

    def is_alive(self):
        """True from the moment start() returns until the thread ends."""
        assert self._ready, _NOT_INIT
        if not self._began:
            return False
        return not self._finished(False)

    isAlive = is_alive

    def _field(self, attr):
        # A private attribute behind a property, once __init__ has run.
        assert self._ready, _NOT_INIT
        return getattr(self, attr)

    def _rename(self, value):
        assert self._ready, _NOT_INIT
        self._name = str(value)

    def _make_daemon(self, value):
        if not self._ready:
            raise RuntimeError(_NOT_INIT)
        if self._began:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = value

    name = property(lambda self: self._field('_name'), _rename,
                    doc="The thread's name, for reports only.")
    ident = property(lambda self: self._field('_ident'),
                     doc="The thread's get_ident() value; None before start.")
    daemon = property(lambda self: self._field('_daemonic'), _make_daemon,
                      doc="Whether the interpreter may exit without waiting "
                          "for the thread; settable before start() only.")

    # The spellings from before the properties.

    def getName(self):
        return self.name

    def isDaemon(self):
        return self.daemon

    def setName(self, name):
        self.name = name

    def setDaemon(self, daemonic):
        self.daemon = daemonic


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds
    unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.finished = Event()  # set by cancel() and once fired
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.interval, self.function = interval, function

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if self.finished.is_set():
            return
        self.function(*self.args, **self.kwargs)
        self.finished.set()


class _DummyThread(Thread):
    # Stands for a thread the module did not start (current_thread() in a
    # _thread thread). It is never seen to end and cannot be joined.

    def __init__(self):
        Thread.__init__(self, name=_fresh_name("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._began = True
        with _registry_guard:
            _live[self._ident] = self

    def is_alive(self):
        assert self._began and not self._ended
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


class _MainThread(Thread):
    # The thread that imported the module; _shutdown() ends it.

    def __init__(self):
        Thread.__init__(self, daemon=False, name="MainThread")
        self._tstate_lock = _new_lock()
        self._tstate_lock.acquire()
        self._ident = get_ident()
        self._began = True
        with _registry_guard:
            _live[self._ident] = self


_main = _MainThread()


def _shutdown():
    # Called by the interpreter as it exits: the main thread ends (its
    # joiners wake up), then every live non-daemon thread is joined. The
    # main thread stays listed by enumerate(), for atexit callbacks.
    if _main._ended:
        return
    _main._ended = True
    _main._tstate_lock.release()
    while True:
        pending = [t for t in _known_threads()
                   if not t.daemon and t.is_alive()]
        if not pending:
            break
        pending[0].join()
