"""asyncio.Future: a result that arrives later, on an event loop."""

import concurrent.futures as _cf
import sys
import traceback

from asyncio import base_futures
from asyncio import events
from asyncio.base_futures import (CancelledError, TimeoutError, InvalidStateError,
                           isfuture, _PENDING, _CANCELLED, _FINISHED)

__all__ = ['CancelledError', 'TimeoutError', 'InvalidStateError',
           'Future', 'wrap_future', 'isfuture']


class Future:
    """A value that will be set later. Callbacks added with
    add_done_callback run on the future's loop once it is done; a
    coroutine waits for it with ``await`` (or ``yield from``)."""

    _state = _PENDING
    _result = _exception = _loop = None
    _asyncio_future_blocking = False
    _log_traceback = False
    _source_traceback = None    # where it was made, in debug mode

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else events.get_event_loop()
        self._callbacks = []
        if self._loop.get_debug():
            self._source_traceback = traceback.extract_stack(sys._getframe(1))

    def _repr_info(self):
        return base_futures.future_repr_info(self)

    def __del__(self):
        if not self._log_traceback:
            return      # no exception, or it was looked at
        context = {'message': '%s exception was never retrieved'
                              % type(self).__name__,
                   'exception': self._exception, 'future': self}
        if self._source_traceback:
            context['source_traceback'] = self._source_traceback
        self._loop.call_exception_handler(context)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))

    # the state

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _outcome(self, what):
        """Check that the future finished; what names the accessor in the
        InvalidStateError when it did not."""
        state = self._state
        if state == _FINISHED:
            self._log_traceback = False
            return
        if state == _CANCELLED:
            raise CancelledError
        raise InvalidStateError('%s is not set.' % what)

    def result(self):
        """The result; raises the exception set, CancelledError when
        cancelled, InvalidStateError when not yet done."""
        self._outcome('Result')
        if self._exception is None:
            return self._result
        raise self._exception

    def exception(self):
        """The exception set (None when a result was set)."""
        self._outcome('Exception')
        return self._exception

    def _require_pending(self):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')

    def _settle(self, state):
        self._require_pending()
        self._state = state
        self._schedule_callbacks()

    def _schedule_callbacks(self):
        """Hand the done callbacks to the loop (once: the list empties)."""
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def cancel(self):
        """Cancel the future if it is pending and run its callbacks;
        False when it was already done."""
        self._log_traceback = False     # a cancelled caller saw enough
        if self.done():
            return False
        self._settle(_CANCELLED)
        return True

    def set_result(self, result):
        """Finish with result; InvalidStateError when already done."""
        if self._state == _PENDING:
            self._result = result
        self._settle(_FINISHED)

    def set_exception(self, exception):
        """Finish with exception (a class is instantiated)."""
        self._require_pending()
        exception = exception() if isinstance(exception, type) else exception
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._settle(_FINISHED)
        self._log_traceback = True

    # callbacks

    def add_done_callback(self, fn):
        """Call fn(future) once done (soon, if it already is)."""
        if self.done():
            self._loop.call_soon(fn, self)
            return
        self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        """Remove every registration of fn; returns how many there were."""
        before = len(self._callbacks)
        self._callbacks[:] = [cb for cb in self._callbacks if cb != fn]
        return before - len(self._callbacks)

    # waiting from a coroutine

    def __iter__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self   # the task driving us resumes once we are done
        if not self.done():
            raise AssertionError("yield from wasn't used with future")
        return self.result()

    __await__ = __iter__


def _transfer(src, dst):
    """Give dst (an asyncio or a concurrent future, not cancelled by
    now) the outcome of the finished future src."""
    if isfuture(dst):
        if dst.cancelled():
            return
    else:
        if src.cancelled():
            dst.cancel()
        if not dst.set_running_or_notify_cancel():
            return
    if src.cancelled():
        dst.cancel()
    elif src.exception() is not None:
        dst.set_exception(src.exception())
    else:
        dst.set_result(src.result())


# the names 3.6's helpers have
_copy_future_state = _transfer


def _set_result_unless_cancelled(fut, result):
    """fut.set_result(result), unless fut was cancelled meanwhile."""
    if not fut.cancelled():
        fut.set_result(result)


def _release_waiter(waiter, exc=None):
    """Finish waiter, a future someone may be blocked on: with exc when
    given, else with None. Nothing happens when waiter is None or was
    cancelled meanwhile."""
    if waiter is None or waiter.cancelled():
        return
    if exc is None:
        waiter.set_result(None)
    else:
        waiter.set_exception(exc)


def _chain_future(source, destination):
    """Copy the outcome of source onto destination, each an asyncio or a
    concurrent future, and cancellation of destination back to source."""
    kinds = (isfuture(source) or isinstance(source, _cf.Future),
             isfuture(destination) or isinstance(destination, _cf.Future))
    for ok, which in zip(kinds, ('source', 'destination')):
        if not ok:
            raise TypeError('A future is required for %s argument' % which)
    loops = [f._loop if isfuture(f) else None for f in (source, destination)]
    same_loop = loops[0] is loops[1]

    def back(dst):
        if not dst.cancelled():
            return
        if loops[0] is None or same_loop:
            source.cancel()
        else:
            loops[0].call_soon_threadsafe(source.cancel)

    def forth(src):
        target_loop = loops[1]
        if target_loop is None or same_loop:
            _transfer(src, destination)
        elif not (destination.cancelled() and target_loop.is_closed()):
            target_loop.call_soon_threadsafe(_transfer, src, destination)

    destination.add_done_callback(back)
    source.add_done_callback(forth)


def wrap_future(future, *, loop=None):
    """An asyncio future following the concurrent.futures.Future given."""
    plain = not isfuture(future)
    if plain and not isinstance(future, _cf.Future):
        raise AssertionError(
            'concurrent.futures.Future is expected, got %r' % (future,))
    if not plain:
        return future
    new = (loop if loop is not None else events.get_event_loop()).create_future()
    _chain_future(future, new)
    return new


# CPython has a Python and a C implementation under these names; here
# the one implementation goes by both.
_PyFuture = _CFuture = Future

# Dropping a future that has no unretrieved exception to report finalizes
# nothing a script can see (unless its result has a finalizer): the
# interpreter need not collect to find it.
__import__('_io')._finalizer_inert(Future, '_log_traceback', '_result')
