"""BaseEventLoop: the scheduling core of the event loop (ready queue,
timers, running and stopping), its executor, name resolution, and
create_connection/create_server on top of the socket operations a
subclass provides."""

import collections
import collections.abc
import concurrent.futures
import heapq
import logging
import os
import socket
import sys
import threading
import time
import traceback
import weakref

from asyncio import base_futures
from asyncio import coroutines
from asyncio import events
from asyncio import futures
from asyncio import tasks
from asyncio.coroutines import coroutine
from asyncio.log import logger

__all__ = ['BaseEventLoop', 'Server']

# The timer heap is rebuilt without its cancelled entries once it holds
# more than _MIN_SCHEDULED_TIMER_HANDLES timers and the cancelled ones
# are over _MIN_CANCELLED_TIMER_HANDLES_FRACTION of them.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# create_datagram_endpoint's reuse_address when the caller gave none
_NOT_GIVEN = object()

def _stream_kind(sock):
    # In 3.6 a socket with a timeout reports SOCK_NONBLOCK (and maybe
    # SOCK_CLOEXEC) in its type: only the kind is compared.
    return sock.type & ~(getattr(socket, 'SOCK_NONBLOCK', 0) | getattr(socket, 'SOCK_CLOEXEC', 0))


_PROTO_OF_TYPE = {socket.SOCK_STREAM: socket.IPPROTO_TCP,
                  socket.SOCK_DGRAM: socket.IPPROTO_UDP}


def _set_nodelay(sock):
    """Turn Nagle's algorithm off on a TCP socket (others are left)."""
    if not hasattr(socket, 'TCP_NODELAY'):
        return
    inet = {socket.AF_INET, getattr(socket, 'AF_INET6', socket.AF_INET)}
    if (sock.family in inet and _stream_kind(sock) == socket.SOCK_STREAM and
            sock.proto == socket.IPPROTO_TCP):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def _stop_when_done(fut):
    fut._loop.stop()


def _numeric_port(port):
    if port in (None, '', b''):
        return 0
    try:
        return int(port)
    except (TypeError, ValueError):
        return None


def _ipaddr_info(host, port, family, type, proto):
    """getaddrinfo's answer for a numeric host, found without asking the
    resolver; None when host is a name (or anything unusual)."""
    if not hasattr(socket, 'inet_pton'):
        return None
    known = proto in (0, socket.IPPROTO_TCP, socket.IPPROTO_UDP)
    if host is None or not known or type not in _PROTO_OF_TYPE:
        return None
    port = _numeric_port(port)
    if port is None:
        return None
    if isinstance(host, bytes):
        host = host.decode('idna')
    if '%' in host:
        return None     # scoped IPv6 addresses need the resolver
    six = getattr(socket, 'AF_INET6', None)
    tried = [socket.AF_INET, six] if family == socket.AF_UNSPEC else [family]
    for fam in tried:
        if fam is None:
            continue
        try:
            socket.inet_pton(fam, host)
        except (OSError, ValueError):
            continue
        address = (host, port, 0, 0) if fam == six else (host, port)
        return fam, type, _PROTO_OF_TYPE[type], '', address
    return None


class Server(events.AbstractServer):
    """The listening sockets of create_server and the count of the
    connections they accepted that are still open."""

    def __init__(self, loop, sockets):
        self._loop, self.sockets = loop, sockets
        self._active_count = 0
        self._waiters = []

    def __repr__(self):
        return '<%s sockets=%r>' % (type(self).__name__, self.sockets)

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if not self._active_count and self.sockets is None:
            self._release_waiters()

    def _release_waiters(self):
        waiters, self._waiters = self._waiters, None
        for fut in waiters or ():
            if not fut.done():
                fut.set_result(fut)

    def close(self):
        """Stop listening (connections already accepted stay open)."""
        listening, self.sockets = self.sockets, None
        if listening is None:
            return
        for sock in listening:
            self._loop._stop_serving(sock)
        if not self._active_count:
            self._release_waiters()

    @coroutine
    def wait_closed(self):
        """Wait until the server is closed and its connections are gone."""
        if self._waiters is not None and self.sockets is not None:
            self._waiters.append(self._loop.create_future())
            yield from self._waiters[-1]

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self.sockets is not None

    @coroutine
    def __aenter__(self):
        return self

    @coroutine
    def __aexit__(self, *exc_info):
        self.close()
        yield from self.wait_closed()


def _steps_of_pending_tasks(handles):
    """Whether a callback among handles steps a task still pending."""
    for handle in handles:
        callback = getattr(handle, '_callback', None)
        owner = getattr(callback, '__self__', None)
        if isinstance(callback, tasks.TaskWakeupMethWrapper):
            owner = callback._task
        if isinstance(owner, tasks.Task) and not owner.done():
            return True
    return False


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._ready = collections.deque()   # handles to run on the next turn
        self._scheduled = []                # heap of TimerHandles
        self._timer_cancelled_count = 0
        self._closed = self._stopping = False
        self._thread_id = None              # set while running
        self._default_executor = None
        self._exception_handler = self._task_factory = None
        self._current_handle = None
        self._internal_fds = 0
        self._clock_resolution = 1e-06
        self._debug = coroutines._DEBUG
        self.slow_callback_duration = 0.1
        # the async generators first iterated while this loop ran
        # (its firstiter hook), for shutdown_asyncgens to close
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        # whether this loop installed coroutines.debug_wrapper
        self._coroutine_wrapper_set = False

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self.is_running(), self._closed, self._debug)

    # futures and tasks

    def create_future(self):
        """A new Future bound to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro):
        """Schedule the coroutine coro; returns its Task."""
        self._check_closed()
        factory = self._task_factory
        if factory is not None:
            return factory(self, coro)
        task = tasks.Task(coro, loop=self)
        if task._source_traceback:
            del task._source_traceback[-1]  # this method
        return task

    def set_task_factory(self, factory):
        if not (factory is None or callable(factory)):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # running and stopping

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def run_forever(self):
        """Run callbacks until stop() is called."""
        self._check_closed()
        if self._thread_id is not None:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')
        self._set_coroutine_wrapper(self._debug)
        self._thread_id = threading.get_ident()
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        events._set_running_loop(self)
        try:
            while True:
                # at least one turn, even when stop() came first
                self._run_once()
                if self._stopping:
                    break
        finally:
            events._set_running_loop(None)
            self._thread_id = None
            self._stopping = False
            self._set_coroutine_wrapper(False)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done;
        returns its result or raises its exception."""
        self._check_closed()
        wrapped = not futures.isfuture(future)
        fut = tasks.ensure_future(future, loop=self)
        fut.add_done_callback(_stop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if wrapped and fut.done() and not fut.cancelled():
                fut.exception()     # seen: no "never retrieved" report
            raise
        finally:
            fut.remove_done_callback(_stop_when_done)
        if fut.done():
            return fut.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        """Stop after the callbacks now ready have run."""
        self._stopping = True

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def close(self):
        """Close the loop; it must not be running. Pending callbacks are
        dropped; the default executor is shut down without waiting."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if not self._closed:
            self._closed = True
            stepping = _steps_of_pending_tasks(self._ready)
            self._ready.clear()
            del self._scheduled[:]
            pool, self._default_executor = self._default_executor, None
            if pool is not None:
                pool.shutdown(wait=False)
            if stepping:
                # The callbacks dropped were the last hold on these tasks:
                # CPython frees them here, and each pending one says so.
                stepping = None
                import gc
                gc.collect()

    # The async generator hooks this loop installs while it runs
    # (sys.set_asyncgen_hooks): it keeps the generators iterated on it,
    # and closes one dropped unfinished in a task of its own, so that
    # its finally blocks may await.

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn('asynchronous generator %r was scheduled after '
                          'loop.shutdown_asyncgens() call' % (agen,),
                          ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    @coroutine
    def shutdown_asyncgens(self):
        """Close every async generator iterated on this loop and still
        alive, reporting their errors to the exception handler; a
        generator iterated later draws a ResourceWarning."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        agens = list(self._asyncgens)
        self._asyncgens.clear()
        closing = [agen.aclose() for agen in agens]
        results = yield from tasks.gather(*closing, return_exceptions=True,
                                          loop=self)
        for agen, result in zip(agens, results):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': 'an error occurred during closing of '
                               'asynchronous generator %r' % (agen,),
                    'exception': result,
                    'asyncgen': agen,
                })

    def time(self):
        """The loop's clock (time.monotonic)."""
        return time.monotonic()

    # callbacks

    def _validate_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with %s()' % method)
        if not callable(callback):
            raise TypeError('a callable object was expected by %s(), got %r'
                            % (method, callback))

    def _check_thread(self):
        owner = self._thread_id
        if owner is not None and owner != threading.get_ident():
            raise RuntimeError(
                'Non-thread-safe operation invoked on an event loop other '
                'than the current one')

    def _add_ready(self, callback, args):
        handle = events.Handle(callback, args, self)
        if handle._source_traceback:
            del handle._source_traceback[-2:]   # this method and its caller
        self._ready.append(handle)
        return handle

    def _add_callback(self, handle):
        """Queue a handle that is not a timer for the next turn (a
        cancelled one is dropped)."""
        assert isinstance(handle, events.Handle), 'A Handle is required here'
        if handle._cancelled:
            return
        assert not isinstance(handle, events.TimerHandle)
        self._ready.append(handle)

    def call_soon(self, callback, *args):
        """Call callback(*args) on the next turn of the loop."""
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._validate_callback(callback, 'call_soon')
        return self._add_ready(callback, args)

    def call_soon_threadsafe(self, callback, *args):
        """call_soon, callable from any thread: wakes the loop up."""
        self._check_closed()
        if self._debug:
            self._validate_callback(callback, 'call_soon_threadsafe')
        handle = self._add_ready(callback, args)
        self._write_to_self()
        return handle

    def call_at(self, when, callback, *args):
        """Call callback(*args) at the loop time when."""
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._validate_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self)
        if timer._source_traceback:
            del timer._source_traceback[-1]     # this method
        timer._scheduled = True
        heapq.heappush(self._scheduled, timer)
        return timer

    def call_later(self, delay, callback, *args):
        """Call callback(*args) after delay seconds; returns its handle."""
        timer = self.call_at(self.time() + delay, callback, *args)
        if timer._source_traceback:
            del timer._source_traceback[-1]     # this method
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _write_to_self(self):
        """Wake a loop blocked waiting for I/O (the selector loop's job)."""
        raise NotImplementedError

    def _drop_cancelled_timers(self):
        heap = self._scheduled
        many = len(heap) > _MIN_SCHEDULED_TIMER_HANDLES
        if many and self._timer_cancelled_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION * len(heap):
            for timer in heap:
                timer._scheduled = not timer._cancelled
            self._scheduled = [t for t in heap if t._scheduled]
            heapq.heapify(self._scheduled)
            self._timer_cancelled_count = 0
            return
        while heap and heap[0]._cancelled:
            heapq.heappop(heap)._scheduled = False
            self._timer_cancelled_count -= 1

    def _next_timeout(self):
        """How long the selector may block: 0 with work ready, until the
        next timer otherwise (None: no timer)."""
        if self._ready or self._stopping:
            return 0
        if not self._scheduled:
            return None
        return min(86400, max(0, self._scheduled[0]._when - self.time()))

    def _run_once(self):
        """One turn: wait for I/O or the next timer, then run what is due."""
        self._drop_cancelled_timers()
        timeout = self._next_timeout()
        if self._debug and timeout != 0:
            self._process_events(self._timed_select(timeout))
        else:
            self._process_events(self._select(timeout))
        horizon = self.time() + self._clock_resolution
        heap = self._scheduled
        while heap and heap[0]._when < horizon:
            timer = heapq.heappop(heap)
            timer._scheduled = False
            self._ready.append(timer)
        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                if self._debug:
                    self._run_timed(handle)
                else:
                    handle._run()
            finally:
                self._current_handle = None

    def _run_timed(self, handle):
        """Run handle; debug mode names the ones that hold the loop for
        slow_callback_duration seconds or more."""
        began = self.time()
        handle._run()
        took = self.time() - began
        if took >= self.slow_callback_duration:
            owner = getattr(handle._callback, '__self__', None)
            what = repr(owner) if isinstance(owner, tasks.Task) else str(handle)
            logger.warning('Executing %s took %.3f seconds', what, took)

    def _select(self, timeout):
        # the events of self._selector when there is one (a subclass's or
        # one a test put there), else just the wait
        selector = getattr(self, '_selector', None)
        if selector is not None:
            return selector.select(timeout)
        if timeout:
            time.sleep(timeout)
        return []

    def _timed_select(self, timeout):
        """_select, saying in debug mode how long the wait took (at INFO
        level from a second on)."""
        began = self.time()
        event_list = self._select(timeout)
        took = self.time() - began
        level = logging.INFO if took >= 1.0 else logging.DEBUG
        count = len(event_list)
        if timeout is None:
            logger.log(level, 'poll took %.3f ms: %s events', took * 1e3, count)
        elif count:
            logger.log(level, 'poll %.3f ms took %.3f ms: %s events',
                       timeout * 1e3, took * 1e3, count)
        elif took >= 1.0:
            logger.log(level, 'poll %.3f ms took %.3f ms: timeout',
                       timeout * 1e3, took * 1e3)
        return event_list

    def _process_events(self, event_list):
        """Queue the handles of the I/O events (the selector loop's job)."""
        raise NotImplementedError

    def _make_socket_transport(self, sock, protocol, waiter=None, *,
                               extra=None, server=None):
        """A stream transport over sock (each loop makes its own)."""
        raise NotImplementedError

    def _make_ssl_transport(self, rawsock, protocol, sslcontext, waiter=None,
                            *, server_side=False, server_hostname=None,
                            extra=None, server=None):
        """A TLS transport over rawsock."""
        raise NotImplementedError

    def _make_datagram_transport(self, sock, protocol, address=None,
                                 waiter=None, extra=None):
        """A datagram transport over sock."""
        raise NotImplementedError

    def _make_read_pipe_transport(self, pipe, protocol, waiter=None,
                                  extra=None):
        """A transport reading the pipe."""
        raise NotImplementedError

    def _make_write_pipe_transport(self, pipe, protocol, waiter=None,
                                   extra=None):
        """A transport writing the pipe."""
        raise NotImplementedError

    @coroutine
    def _make_subprocess_transport(self, protocol, args, shell, stdin, stdout,
                                   stderr, bufsize, extra=None, **kwargs):
        """A transport of a child process (each loop starts its own)."""
        raise NotImplementedError

    # errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, got %r'
                            % (handler,))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the error context describes on the 'asyncio' logger."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else False
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            value = context[key]
            if key == 'source_traceback':
                value = ''.join(traceback.format_list(value)).rstrip()
            else:
                value = repr(value)
            lines.append('%s: %s' % (key, value))
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Hand context to the handler set, or to the default one; a
        failing handler is itself reported through the default one."""
        handler = self._exception_handler
        report, what = context, 'Exception in default exception handler'
        if handler is not None:
            try:
                handler(self, context)
                return
            except Exception as exc:
                report = {'message': 'Unhandled error in exception handler',
                          'exception': exc, 'context': context}
                what += (' while handling an unexpected error'
                         ' in custom exception handler')
        try:
            self.default_exception_handler(report)
        except Exception:
            logger.error(what, exc_info=True)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)
        if self.is_running():
            self._set_coroutine_wrapper(self._debug)

    def _set_coroutine_wrapper(self, enabled):
        """While a loop in debug mode runs, the coroutines async def
        functions make on its thread come wrapped in a CoroWrapper
        (coroutines.debug_wrapper), which says where a coroutine never
        awaited was made. A wrapper someone else set is left alone, with
        a RuntimeWarning."""
        enabled = bool(enabled)
        if self._coroutine_wrapper_set == enabled:
            return
        ours = coroutines.debug_wrapper
        current = sys.get_coroutine_wrapper()
        if current not in (None, ours):
            import warnings
            warnings.warn('loop.set_debug(%s): cannot %s debug coroutine '
                          'wrapper; another wrapper %s set %r'
                          % (enabled, 'set' if enabled else 'unset',
                             'is already' if enabled else 'was', current),
                          RuntimeWarning)
            return
        sys.set_coroutine_wrapper(ours if enabled else None)
        self._coroutine_wrapper_set = enabled

    # threads

    def _executor(self, executor):
        if executor is not None:
            return executor
        if self._default_executor is None:
            self._default_executor = concurrent.futures.ThreadPoolExecutor()
        return self._default_executor

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (a default thread pool when None);
        returns an asyncio future of its result."""
        self._check_closed()
        if self._debug:
            self._validate_callback(func, 'run_in_executor')
        submitted = self._executor(executor).submit(func, *args)
        return futures.wrap_future(submitted, loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        """socket.getaddrinfo in the default executor (a future)."""
        return self.run_in_executor(None, socket.getaddrinfo, host, port,
                                    family, type, proto, flags)

    def getnameinfo(self, sockaddr, flags=0):
        """socket.getnameinfo in the default executor (a future)."""
        return self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)

    @coroutine
    def _resolve(self, host, port, family=0, type=socket.SOCK_STREAM,
                 proto=0, flags=0):
        """getaddrinfo's list, without the executor for numeric hosts;
        OSError when it is empty."""
        literal = _ipaddr_info(host, port, family, type, proto)
        if literal is not None:
            return [literal]
        found = yield from self.getaddrinfo(host, port, family=family, type=type,
                                            proto=proto, flags=flags)
        if not found:
            raise OSError('getaddrinfo() returned empty list')
        return found

    # connections

    @coroutine
    def _connect_first(self, targets, local_targets):
        """A socket connected to the first of targets that accepts (bound
        to one of local_targets first, when given); the error otherwise."""
        failures = []
        for fam, socktype, proto, _, address in targets:
            sock = None
            try:
                sock = socket.socket(family=fam, type=socktype, proto=proto)
                sock.setblocking(False)
                if local_targets is not None and not self._bind_any(sock, local_targets, failures):
                    sock.close()
                    continue
                yield from self.sock_connect(sock, address)
                return sock
            except OSError as exc:
                if sock is not None:
                    sock.close()
                failures.append(exc)
            except BaseException:
                if sock is not None:
                    sock.close()
                raise
        if len(failures) == 1 or len(set(map(str, failures))) == 1:
            raise failures[0]
        raise OSError('Multiple exceptions: %s' % ', '.join(map(str, failures)))

    @staticmethod
    def _bind_any(sock, local_targets, failures):
        for entry in local_targets:
            laddr = entry[4]
            try:
                sock.bind(laddr)
                return True
            except OSError as exc:
                failures.append(OSError(exc.errno, 'error while attempting to '
                                        'bind on address %r: %s'
                                        % (laddr, exc.strerror.lower())))
        return False

    @coroutine
    def create_connection(self, protocol_factory, host=None, port=None, *,
                          ssl=None, family=0, proto=0, flags=0, sock=None,
                          local_addr=None, server_hostname=None):
        """Connect to host:port (or use the connected socket sock), over
        TLS when ssl is true; returns (transport, protocol)."""
        if ssl:
            if server_hostname is None:
                if not host:
                    raise ValueError('You must set server_hostname '
                                     'when using ssl without a host')
                server_hostname = host
        elif server_hostname is not None:
            raise ValueError('server_hostname is only meaningful with ssl')
        by_address = host is not None or port is not None
        if by_address and sock is not None:
            raise ValueError(
                'host/port and sock can not be specified at the same time')
        if not by_address and sock is None:
            raise ValueError(
                'host and port was not specified and no sock specified')
        if by_address:
            how = dict(family=family, type=socket.SOCK_STREAM, proto=proto, flags=flags)
            targets = yield from self._resolve(host, port, **how)
            local_targets = None
            if local_addr is not None:
                local_targets = yield from self._resolve(local_addr[0], local_addr[1], **how)
            sock = yield from self._connect_first(targets, local_targets)
        elif _stream_kind(sock) != socket.SOCK_STREAM:
            raise ValueError('A Stream Socket was expected, got %r' % (sock,))
        pair = yield from self._create_connection_transport(
            sock, protocol_factory, ssl, server_hostname)
        return pair

    @coroutine
    def _create_connection_transport(self, sock, protocol_factory, ssl,
                                     server_hostname, server_side=False):
        sock.setblocking(False)
        protocol, ready = protocol_factory(), self.create_future()
        if not ssl:
            transport = self._make_socket_transport(sock, protocol, ready)
        else:
            transport = self._make_ssl_transport(
                sock, protocol, None if ssl is True else ssl, ready,
                server_side=server_side, server_hostname=server_hostname)
        try:
            yield from ready    # connected (and, with TLS, handshaken)
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    def _listener(self, fam, socktype, proto, address, reuse_address, reuse_port):
        """A socket bound to address, with the options create_server sets."""
        listener = socket.socket(fam, socktype, proto)
        try:
            options = []
            if reuse_address:
                options.append((socket.SOL_SOCKET, socket.SO_REUSEADDR))
            if reuse_port:
                if not hasattr(socket, 'SO_REUSEPORT'):
                    raise ValueError('reuse_port not supported by socket module')
                options.append((socket.SOL_SOCKET, socket.SO_REUSEPORT))
            if fam == getattr(socket, 'AF_INET6', None) and hasattr(socket, 'IPPROTO_IPV6'):
                options.append((socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
            for level, name in options:
                listener.setsockopt(level, name, True)
            try:
                listener.bind(address)
            except OSError as err:
                raise OSError(err.errno, 'error while attempting to bind on '
                              'address %r: %s' % (address, err.strerror.lower())) from None
        except BaseException:
            listener.close()
            raise
        return listener

    @coroutine
    def create_server(self, protocol_factory, host=None, port=None, *,
                      family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE,
                      sock=None, backlog=100, ssl=None, reuse_address=None,
                      reuse_port=None):
        """Listen on host:port (every address when host is None or '', each
        of a list of hosts) or on the socket sock; each connection gets a
        protocol from protocol_factory. Returns a Server."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if host is None and port is None:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            if _stream_kind(sock) != socket.SOCK_STREAM:
                raise ValueError('A Stream Socket was expected, got %r' % (sock,))
            sockets = [sock]
        elif sock is not None:
            raise ValueError(
                'host/port and sock can not be specified at the same time')
        else:
            if reuse_address is None:
                reuse_address = os.name == 'posix' and sys.platform != 'cygwin'
            if host == '' or host is None:
                names = [None]
            elif isinstance(host, str) or not isinstance(host, collections.abc.Iterable):
                names = [host]
            else:
                names = list(host)
            entries = []
            for name in names:
                for entry in (yield from self._resolve(name, port, family=family,
                                                       type=socket.SOCK_STREAM,
                                                       flags=flags)):
                    key = entry[:3] + entry[4:]
                    if key not in [e[:3] + e[4:] for e in entries]:
                        entries.append(entry)
            sockets = []
            try:
                for fam, socktype, proto, _, address in entries:
                    sockets.append(self._listener(fam, socktype, proto, address,
                                                  reuse_address, reuse_port))
            except BaseException:
                for s in sockets:
                    s.close()
                raise
        server = Server(self, sockets)
        for listener in sockets:
            listener.listen(backlog)
            listener.setblocking(False)
            self._start_serving(protocol_factory, listener, ssl, server, backlog)
        return server

    @coroutine
    def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None):
        """Wrap the already accepted socket sock in a transport."""
        if _stream_kind(sock) != socket.SOCK_STREAM:
            raise ValueError('A Stream Socket was expected, got %r' % (sock,))
        transport, protocol = yield from self._create_connection_transport(
            sock, protocol_factory, ssl, '', server_side=True)
        return transport, protocol

    # datagrams

    @coroutine
    def create_datagram_endpoint(self, protocol_factory,
                                 local_addr=None, remote_addr=None, *,
                                 family=0, proto=0, flags=0,
                                 reuse_address=_NOT_GIVEN, reuse_port=None,
                                 allow_broadcast=None, sock=None):
        """A datagram transport bound to local_addr and/or connected to
        remote_addr (or over the UDP socket sock); returns (transport,
        protocol)."""
        peer = None
        if sock is not None:
            if _stream_kind(sock) != socket.SOCK_DGRAM:
                raise ValueError('A UDP Socket was expected, got %r' % (sock,))
            given = [('local_addr', local_addr), ('remote_addr', remote_addr),
                     ('family', family), ('proto', proto), ('flags', flags),
                     ('reuse_address', reuse_address),
                     ('reuse_port', reuse_port),
                     ('allow_broadcast', allow_broadcast)]
            if (local_addr or remote_addr or family or proto or flags or
                    reuse_port or allow_broadcast):
                raise ValueError(
                    'socket modifier keyword arguments can not be used '
                    'when sock is specified. (%s)'
                    % ', '.join('{}={}'.format(*kv) for kv in given if kv[1]))
            sock.setblocking(False)
        else:
            candidates = yield from self._datagram_candidates(
                local_addr, remote_addr, family, proto, flags)
            if reuse_address is not _NOT_GIVEN:
                if reuse_address:
                    raise ValueError(
                        'Passing `reuse_address=True` is no longer '
                        'supported, as the usage of SO_REUSEPORT in UDP '
                        'poses a significant security concern.')
                import warnings
                warnings.warn('The *reuse_address* parameter has been '
                              'deprecated as of 3.6.10 and is scheduled for '
                              'removal in 3.11.', DeprecationWarning,
                              stacklevel=2)
            failures = []
            for (fam, prot), (here, there) in candidates:
                sock = peer = None
                try:
                    sock = socket.socket(family=fam, type=socket.SOCK_DGRAM,
                                         proto=prot)
                    if reuse_port:
                        if not hasattr(socket, 'SO_REUSEPORT'):
                            raise ValueError(
                                'reuse_port not supported by socket module')
                        sock.setsockopt(socket.SOL_SOCKET,
                                        socket.SO_REUSEPORT, True)
                    if allow_broadcast:
                        sock.setsockopt(socket.SOL_SOCKET,
                                        socket.SO_BROADCAST, 1)
                    sock.setblocking(False)
                    if local_addr:
                        sock.bind(here)
                    if remote_addr:
                        yield from self.sock_connect(sock, there)
                        peer = there
                    break
                except BaseException as exc:
                    if sock is not None:
                        sock.close()
                    if not isinstance(exc, OSError):
                        raise
                    failures.append(exc)    # try the next family
            else:
                raise failures[0]
        protocol, ready = protocol_factory(), self.create_future()
        transport = self._make_datagram_transport(sock, protocol, peer, ready)
        if self._debug:
            if local_addr:
                logger.info('Datagram endpoint local_addr=%r remote_addr=%r '
                            'created: (%r, %r)', local_addr, remote_addr,
                            transport, protocol)
            else:
                logger.debug('Datagram endpoint remote_addr=%r created: '
                             '(%r, %r)', remote_addr, transport, protocol)
        try:
            yield from ready
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    @coroutine
    def _datagram_candidates(self, local_addr, remote_addr, family, proto,
                             flags):
        """[((family, proto), (local address, remote address))] to try, in
        getaddrinfo's order; each pair has both addresses that were asked
        for."""
        if not (local_addr or remote_addr):
            if family == 0:
                raise ValueError('unexpected address family')
            return [((family, proto), (None, None))]
        order, found = [], {}
        for slot, addr in enumerate((local_addr, remote_addr)):
            if addr is None:
                continue
            assert isinstance(addr, tuple) and len(addr) == 2, (
                '2-tuple is expected')
            infos = yield from self._resolve(addr[0], addr[1], family=family,
                                             type=socket.SOCK_DGRAM,
                                             proto=proto, flags=flags)
            for fam, _, prot, _, address in infos:
                pair = found.get((fam, prot))
                if pair is None:
                    order.append((fam, prot))
                    pair = found[(fam, prot)] = [None, None]
                pair[slot] = address
        usable = [(key, found[key]) for key in order
                  if not ((local_addr and found[key][0] is None) or
                          (remote_addr and found[key][1] is None))]
        if not usable:
            raise ValueError('can not get address information')
        return usable
