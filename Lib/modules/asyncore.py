"""An event loop over non-blocking sockets, driven by select() or poll().

Channels are dispatcher objects registered in a map (socket_map unless
another is given) under their file descriptors.  loop() repeatedly
waits for the channels that want to read (readable()) or write
(writable()) and calls their handle_*_event methods, which call the
handle_* methods subclasses override.
"""

import os, select, socket, sys, time, warnings
from errno import (EALREADY, EINPROGRESS, EWOULDBLOCK, ECONNRESET, EINVAL,
                   ENOTCONN, ESHUTDOWN, EISCONN, EBADF, ECONNABORTED, EPIPE,
                   EAGAIN, errorcode)

# Errors meaning the peer is gone: the channel is closed, not reported.
_DISCONNECTED = frozenset((ECONNRESET, ENOTCONN, ESHUTDOWN, ECONNABORTED,
                           EPIPE, EBADF))

socket_map = globals().get('socket_map', {})


def _strerror(err):
    """The message for errno err, even where os.strerror has none."""
    try:
        text = os.strerror(err)
    except (ValueError, OverflowError, NameError):
        text = errorcode.get(err, "Unknown error %s" % err)
    return text


class ExitNow(Exception):
    pass


# Exceptions that leave the loop instead of going to handle_error.
_reraised_exceptions = (ExitNow, KeyboardInterrupt, SystemExit)


def _guarded(obj, method):
    try:
        getattr(obj, method)()
    except BaseException as exc:
        if isinstance(exc, _reraised_exceptions):
            raise
        obj.handle_error()


def read(obj):
    _guarded(obj, 'handle_read_event')


def write(obj):
    _guarded(obj, 'handle_write_event')


def _exception(obj):
    _guarded(obj, 'handle_expt_event')


def readwrite(obj, flags):
    """Hand the poll() event bits flags to obj's handlers."""
    try:
        for bits, method in ((select.POLLIN, obj.handle_read_event),
                             (select.POLLOUT, obj.handle_write_event),
                             (select.POLLPRI, obj.handle_expt_event)):
            if flags & bits:
                method()
        if flags & (select.POLLHUP | select.POLLERR | select.POLLNVAL):
            obj.handle_close()
    except OSError as exc:
        (obj.handle_close if exc.errno in _DISCONNECTED else obj.handle_error)()
    except BaseException as exc:
        if isinstance(exc, _reraised_exceptions):
            raise
        obj.handle_error()


def _interest(map):
    """The descriptors of map that want reading, writing, or either."""
    wants = [(fd, chan.readable(), chan.writable(), chan.accepting)
             for fd, chan in list(map.items())]
    # A listening socket never writes; a connecting one must be watched
    # for writability to learn that the connection is made.
    return ([fd for fd, r, w, a in wants if r],
            [fd for fd, r, w, a in wants if w and not a],
            [fd for fd, r, w, a in wants if r or w])


def poll(timeout=0.0, map=None):
    """Wait up to timeout seconds with select() and dispatch once."""
    if map is None:
        map = socket_map
    if not map:
        return
    rd, wr, ex = _interest(map)
    if rd == [] and wr == [] and ex == []:
        time.sleep(timeout)
        return
    rd, wr, ex = select.select(rd, wr, ex, timeout)
    for ready, action in ((rd, read), (wr, write), (ex, _exception)):
        for fd in ready:
            chan = map.get(fd)
            if chan is not None:
                action(chan)


def poll2(timeout=0.0, map=None):
    """poll() with select.poll instead of select.select."""
    if map is None:
        map = socket_map
    if timeout is not None:
        timeout = int(timeout * 1000)    # poll wants milliseconds
    poller = select.poll()
    if not map:
        return
    for fd, chan in list(map.items()):
        mask = select.POLLIN | select.POLLPRI if chan.readable() else 0
        if chan.writable() and not chan.accepting:
            mask |= select.POLLOUT
        if mask:
            poller.register(fd, mask | select.POLLERR | select.POLLHUP | select.POLLNVAL)
    for fd, flags in poller.poll(timeout):
        chan = map.get(fd)
        if chan is not None:
            readwrite(chan, flags)


poll3 = poll2


def loop(timeout=30.0, use_poll=False, map=None, count=None):
    """Dispatch until map is empty, or count times when count is given."""
    if map is None:
        map = socket_map
    once = poll2 if (use_poll and hasattr(select, 'poll')) else poll
    while map and (count is None or count > 0):
        once(timeout, map)
        if count is not None:
            count -= 1


def _unhandled(event):
    """A default handler: it only logs a warning."""
    def handler(self):
        self.log_info('unhandled %s event' % event, 'warning')
    return handler


class dispatcher:
    """A channel: a non-blocking socket with handlers to override."""

    ignore_log_types = frozenset({'warning'})
    debug = connected = accepting = connecting = closing = False
    addr = None

    def __init__(self, sock=None, map=None):
        self._fileno = None
        self._map = socket_map if map is None else map
        if not sock:
            self.socket = None
            return
        sock.setblocking(0)
        self.connected = True
        self.set_socket(sock, map)
        try:
            self.addr = sock.getpeername()
        except OSError as exc:
            if exc.errno not in (ENOTCONN, EINVAL):
                self.del_channel(map)
                raise
            # An unconnected socket: kept, but not connected.
            self.connected = False

    def __repr__(self):
        cls = self.__class__
        state = ''
        if self.accepting and self.addr:
            state = ' listening'
        elif self.connected:
            state = ' connected'
        where = ''
        if self.addr is not None:
            try:
                where = ' %s:%d' % self.addr
            except TypeError:
                where = ' ' + repr(self.addr)
        return '<%s.%s%s%s at %#x>' % (cls.__module__, cls.__qualname__,
                                       state, where, id(self))

    __str__ = __repr__

    # -- the channel map

    def add_channel(self, map=None):
        (self._map if map is None else map)[self._fileno] = self

    def del_channel(self, map=None):
        target = self._map if map is None else map
        target.pop(self._fileno, None)
        self._fileno = None

    def set_socket(self, sock, map=None):
        self.socket, self._fileno = sock, sock.fileno()
        self.add_channel(map)

    def create_socket(self, family=socket.AF_INET, type=socket.SOCK_STREAM):
        sock = socket.socket(family, type)
        self.family_and_type = family, type
        sock.setblocking(0)
        self.set_socket(sock)

    def set_reuse_addr(self):
        """Set SO_REUSEADDR on the socket, if the system lets us."""
        level, opt = socket.SOL_SOCKET, socket.SO_REUSEADDR
        try:
            self.socket.setsockopt(level, opt, self.socket.getsockopt(level, opt) | 1)
        except OSError:
            return

    # -- what the loop asks: both by default

    def readable(self):
        return True

    writable = readable

    # -- socket operations

    def bind(self, addr):
        self.addr = addr
        return self.socket.bind(addr)

    def listen(self, num):
        self.accepting = True
        if os.name == 'nt':
            num = min(num, 5)
        return self.socket.listen(num)

    def connect(self, address):
        self.connected, self.connecting = False, True
        err = self.socket.connect_ex(address)
        if err not in (EINPROGRESS, EALREADY, EWOULDBLOCK, 0, EISCONN):
            raise OSError(err, errorcode[err])
        self.addr = address
        if err in (0, EISCONN):
            self.handle_connect_event()

    def accept(self):
        """(socket, address), or None when no connection is waiting."""
        try:
            return self.socket.accept()
        except TypeError:
            return None
        except OSError as exc:
            if exc.errno in (EWOULDBLOCK, ECONNABORTED, EAGAIN):
                return None
            raise

    def send(self, data):
        try:
            return self.socket.send(data)
        except OSError as exc:
            code = exc.errno
            if code in _DISCONNECTED:
                self.handle_close()
            elif code != EWOULDBLOCK:
                raise
            return 0

    def recv(self, buffer_size):
        try:
            data = self.socket.recv(buffer_size)
        except OSError as exc:
            if exc.errno not in _DISCONNECTED:
                raise
            data = b''
        if data:
            return data
        # Nothing means the peer closed the connection.
        self.handle_close()
        return b''

    def close(self):
        self.connected = self.accepting = self.connecting = False
        self.del_channel()
        sock = self.socket
        if sock is None:
            return
        try:
            sock.close()
        except OSError as exc:
            if exc.errno not in (ENOTCONN, EBADF):
                raise

    # -- logging

    def log_info(self, message, type='info'):
        if type not in self.ignore_log_types:
            print('%s: %s' % (type, message))

    def log(self, message):
        sys.stderr.write('log: ' + str(message) + '\n')

    # -- events, as the loop reports them

    def handle_read_event(self):
        if self.accepting:
            # A readable listening socket has a connection to accept.
            self.handle_accept()
            return
        if not self.connected and self.connecting:
            self.handle_connect_event()
        self.handle_read()

    def handle_connect_event(self):
        err = self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err:
            raise OSError(err, _strerror(err))
        self.handle_connect()
        self.connected, self.connecting = True, False

    def handle_write_event(self):
        if self.accepting:
            return
        if self.connecting and not self.connected:
            self.handle_connect_event()
        self.handle_write()

    def handle_expt_event(self):
        # Out-of-band data, or an error the socket holds.
        failed = self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        (self.handle_close if failed else self.handle_expt)()

    def _describe(self):
        try:
            return repr(self)
        except:
            return '<__repr__(self) failed for object at %0x>' % id(self)

    def handle_error(self):
        """Log the exception being handled and close the channel."""
        info = compact_traceback()
        text = 'uncaptured python exception, closing channel %s (%s:%s %s)' % (
            (self._describe(),) + info[1:])
        self.log_info(text, 'error')
        self.handle_close()

    # -- handlers for subclasses to override

    def handle_accept(self):
        pair = self.accept()
        if pair is not None:
            self.handle_accepted(pair[0], pair[1])

    def handle_accepted(self, sock, addr):
        sock.close()
        self.log_info('unhandled accepted event', 'warning')

    handle_expt = _unhandled('incoming priority')
    handle_read = _unhandled('read')
    handle_write = _unhandled('write')
    handle_connect = _unhandled('connect')

    def handle_close(self):
        self.log_info('unhandled close event', 'warning')
        self.close()


class dispatcher_with_send(dispatcher):
    """A dispatcher whose send() buffers what cannot be written at once."""

    out_buffer = b''

    def __init__(self, sock=None, map=None):
        self.out_buffer = b''
        dispatcher.__init__(self, sock, map)

    def writable(self):
        return (not self.connected) or len(self.out_buffer)

    def initiate_send(self):
        done = dispatcher.send(self, self.out_buffer[:65536])
        self.out_buffer = self.out_buffer[done:]

    handle_write = initiate_send

    def send(self, data):
        if self.debug:
            self.log_info('sending %s' % repr(data))
        self.out_buffer += data
        self.initiate_send()


def compact_traceback():
    """For the exception being handled: the innermost (file, function,
    line), the type, the value, and all frames as '[file|function|line]'
    words."""
    t, v, tb = sys.exc_info()
    if not tb:
        raise AssertionError("traceback does not exist")
    frames = []
    while tb is not None:
        code = tb.tb_frame.f_code
        frames.append((code.co_filename, code.co_name, str(tb.tb_lineno)))
        tb = tb.tb_next
    return frames[-1], t, v, ' '.join('[%s|%s|%s]' % f for f in frames)


def close_all(map=None, ignore_all=False):
    """Close every channel of map and empty it."""
    channels = socket_map if map is None else map
    for chan in list(channels.values()):
        try:
            chan.close()
        except BaseException as exc:
            if isinstance(exc, _reraised_exceptions):
                raise
            harmless = isinstance(exc, OSError) and exc.errno == EBADF
            if not (ignore_all or harmless):
                raise
    channels.clear()


if os.name == 'posix':  # descriptors of pipes and terminals as channels
    class file_wrapper:
        """The part of the socket interface asyncore uses, over a
        duplicate of a file descriptor."""

        def __init__(self, fd):
            self.fd = os.dup(fd)

        def send(self, *args):
            return os.write(self.fd, *args)

        def recv(self, *args):
            return os.read(self.fd, *args)

        read, write = recv, send

        def fileno(self):
            return self.fd

        def getsockopt(self, level, optname, buflen=None):
            if level == socket.SOL_SOCKET and optname == socket.SO_ERROR and not buflen:
                return 0
            raise NotImplementedError("Only asyncore specific behaviour implemented.")

        def close(self):
            fd, self.fd = self.fd, -1
            if fd >= 0:
                os.close(fd)

        def __del__(self):
            if self.fd >= 0:
                warnings.warn("unclosed file %r" % self, ResourceWarning, source=self)
            self.close()

    class file_dispatcher(dispatcher):
        """A dispatcher over a file descriptor (or an object with fileno),
        such as a pipe."""

        def __init__(self, fd, map=None):
            dispatcher.__init__(self, None, map)
            self.connected = True
            if hasattr(fd, 'fileno'):
                fd = fd.fileno()
            self.set_file(fd)
            os.set_blocking(fd, False)

        def set_file(self, fd):
            wrapper = file_wrapper(fd)
            self.socket, self._fileno = wrapper, wrapper.fileno()
            self.add_channel()
