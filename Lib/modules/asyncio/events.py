"""Event loop interfaces, callback handles, and which loop a thread uses."""

import os
import sys
import threading
import traceback

from asyncio import base_futures

__all__ = ['AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer',
           'Handle', 'TimerHandle', 'get_event_loop_policy',
           'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_child_watcher', 'set_child_watcher',
           '_set_running_loop', '_get_running_loop', 'get_running_loop']


_get_function_source = base_futures.function_source


class Handle:
    """A callback scheduled on a loop; cancel() keeps it from running."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr',
                 '_source_traceback', '__weakref__')

    def __init__(self, callback, args, loop):
        self._callback, self._args, self._loop = callback, args, loop
        self._cancelled, self._repr = False, None
        # where it was made, in debug mode (the loop trims its own frames)
        self._source_traceback = None
        if loop.get_debug():
            self._source_traceback = traceback.extract_stack(sys._getframe(1))

    def _repr_info(self):
        words = [type(self).__name__]
        if self._cancelled:
            words.append('cancelled')
        if self._callback is not None:
            words.append(base_futures.format_callback(self._callback, self._args))
        if self._source_traceback:
            origin = self._source_traceback[-1]
            words.append('created at %s:%s' % (origin[0], origin[1]))
        return words

    def __repr__(self):
        return self._repr or '<%s>' % ' '.join(self._repr_info())

    def cancel(self):
        """Keep the callback from running (and drop it and its args)."""
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            self._repr = repr(self)
        self._callback = self._args = None

    def _run(self):
        callback, args = self._callback, self._args
        try:
            callback(*args)
        except Exception as exc:
            context = {
                'message': 'Exception in callback ' +
                           base_futures.format_callback(callback, args),
                'exception': exc,
                'handle': self,
            }
            if self._source_traceback:
                context['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(context)


class TimerHandle(Handle):
    """A Handle due at a time of the loop's clock; timers order by it."""

    __slots__ = ['_scheduled', '_when']

    def __init__(self, when, callback, args, loop):
        assert when is not None
        Handle.__init__(self, callback, args, loop)
        if self._source_traceback:
            del self._source_traceback[-1]  # this __init__
        self._when, self._scheduled = when, False

    def _repr_info(self):
        words = Handle._repr_info(self)
        words.insert(2 if self._cancelled else 1, 'when=%s' % self._when)
        return words

    def _same(self, other):
        return (self._when, self._callback, self._args, self._cancelled) == \
            (other._when, other._callback, other._args, other._cancelled)

    def __hash__(self):
        return hash(self._when)

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._same(other)

    def __ne__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return not self._same(other)

    def __lt__(self, other):
        return self._when < other._when

    def __gt__(self, other):
        return other._when < self._when

    def __le__(self, other):
        return self._when < other._when or self == other

    def __ge__(self, other):
        return other._when < self._when or self == other

    def cancel(self):
        """Cancel, letting the loop count cancelled timers in its heap."""
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)


def _unimplemented(cls, names):
    """Give cls a method per name that raises NotImplementedError: the
    interface a concrete class fills in."""
    def make(name):
        def method(self, *args, **kwargs):
            raise NotImplementedError
        method.__name__ = name
        method.__qualname__ = cls.__name__ + '.' + name
        return method
    for name in names.split():
        setattr(cls, name, make(name))
    return cls


class AbstractServer:
    """What create_server returns: close() and the wait_closed() coroutine."""


_unimplemented(AbstractServer, 'close wait_closed')


class AbstractEventLoop:
    """The operations an event loop offers; BaseEventLoop implements them."""


_unimplemented(AbstractEventLoop, """
    run_forever run_until_complete stop is_running is_closed close
    shutdown_asyncgens call_soon call_later call_at time create_future
    create_task call_soon_threadsafe run_in_executor set_default_executor
    getaddrinfo getnameinfo create_connection create_server
    create_unix_connection create_unix_server create_datagram_endpoint
    connect_read_pipe connect_write_pipe subprocess_shell subprocess_exec
    add_reader remove_reader add_writer remove_writer sock_recv
    sock_sendall sock_connect sock_accept add_signal_handler
    remove_signal_handler set_task_factory get_task_factory
    get_exception_handler set_exception_handler default_exception_handler
    call_exception_handler get_debug set_debug""")


class AbstractEventLoopPolicy:
    """Says which loop get_event_loop() gives in each thread."""


_unimplemented(AbstractEventLoopPolicy, """
    get_event_loop set_event_loop new_event_loop get_child_watcher
    set_child_watcher""")


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop per thread; the main thread gets one made on first use."""

    _loop_factory = None

    class _Local(threading.local):
        _loop = None            # this thread's loop
        _set_called = False     # whether set_event_loop() was called

    def __init__(self):
        self._local = self._Local()

    def _slot(self):
        """(loop, whether set_event_loop was called) for this thread."""
        return self._local._loop, self._local._set_called

    def get_event_loop(self):
        loop, chosen = self._slot()
        if loop is None and not chosen and threading.current_thread() is threading.main_thread():
            loop = self.new_event_loop()
            self.set_event_loop(loop)
        if loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return loop

    def set_event_loop(self, loop):
        if not (loop is None or isinstance(loop, AbstractEventLoop)):
            raise AssertionError
        self._local._set_called = True
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


# (loop, pid) of the loop running in each thread
_running = threading.local()


def _get_running_loop():
    """The loop running in this thread, or None."""
    loop, pid = getattr(_running, 'pair', (None, None))
    return loop if loop is not None and pid == os.getpid() else None


def _set_running_loop(loop):
    _running.pair = (loop, os.getpid())


def get_running_loop():
    """The loop running in this thread; RuntimeError when there is none."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    raise RuntimeError('no running event loop')


_policy = None
_policy_lock = threading.Lock()


def get_event_loop_policy():
    """The policy in force (the Unix default one unless set)."""
    global _policy
    if _policy is None:
        with _policy_lock:
            if _policy is None:
                from asyncio import unix_events
                _policy = unix_events.DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if not (policy is None or isinstance(policy, AbstractEventLoopPolicy)):
        raise AssertionError
    _policy = policy


def get_event_loop():
    """The running loop, else the policy's loop for this thread."""
    return _get_running_loop() or get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Make loop the current loop of this thread."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """A new loop from the policy."""
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    """The policy's child watcher."""
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    """Give the policy another child watcher."""
    return get_event_loop_policy().set_child_watcher(watcher)
