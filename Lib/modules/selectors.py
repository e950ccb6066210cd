"""High-level I/O multiplexing over the select module.

Written for gpython-ssl after CPython 3.6's selectors: the same classes,
keys, results and error messages. DefaultSelector is the best selector
the select module offers: epoll when it exists, else poll, else select.
"""

from abc import ABCMeta, abstractmethod
from collections import namedtuple
import math
import select


# Event bits: what a file object is registered for and what select()
# reports ready.
EVENT_READ = (1 << 0)
EVENT_WRITE = (1 << 1)


def _fileobj_to_fd(fileobj):
    """The descriptor of fileobj: an int, or what its fileno() returns.

    Raises ValueError for an object without a usable fileno() and for a
    negative descriptor.
    """
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: "
                             "{!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    What a selector keeps for a registered file object: the object, its
    descriptor, the events it waits for and the caller's data.
    """


class _SelectorMapping(object):
    """Read-only mapping of registered file objects to their keys, as
    returned by get_map(); it follows the selector's registrations."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        try:
            fd = self._selector._fileobj_lookup(fileobj)
            return self._selector._fd_to_key[fd]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def __iter__(self):
        return iter(self._selector._fd_to_key)

    def __contains__(self, fileobj):
        try:
            self[fileobj]
        except KeyError:
            return False
        return True

    def get(self, fileobj, default=None):
        try:
            return self[fileobj]
        except KeyError:
            return default

    def keys(self):
        return list(self._selector._fd_to_key)

    def values(self):
        return list(self._selector._fd_to_key.values())

    def items(self):
        return list(self._selector._fd_to_key.items())

    def __eq__(self, other):
        if hasattr(other, 'items') and hasattr(other, '__len__'):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r


class BaseSelector(metaclass=ABCMeta):
    """The selector interface.

    A selector watches file objects (anything with fileno(), or a
    descriptor) for readiness to read or write; select() waits until some
    are ready and returns their keys with the ready events.
    """

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Watch fileobj for events (EVENT_READ | EVENT_WRITE) and return
        its new SelectorKey, which carries data.

        Raises ValueError for bad events or a bad file object and KeyError
        if fileobj is registered already.
        """
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        """Stop watching fileobj and return its SelectorKey.

        Raises KeyError if fileobj is not registered. Unregister a file
        object before closing it.
        """
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Change the events or data fileobj is registered with; return
        its new SelectorKey. Raises as unregister() and register() do."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        """Wait until some registered file objects are ready, or timeout
        seconds (None: no limit, <= 0: poll) have passed.

        Returns a list of (key, events) pairs, events being the subset of
        the registered events that is ready.
        """
        raise NotImplementedError

    def close(self):
        """Release the selector's resources; it cannot be used after."""
        pass

    def get_key(self, fileobj):
        """The SelectorKey of fileobj; KeyError if it is not registered."""
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    @abstractmethod
    def get_map(self):
        """A mapping of the registered file objects to their keys."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The bookkeeping the concrete selectors share: keys by descriptor."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        """fileobj's descriptor; for a file object that no longer has one
        (closed), the descriptor it was registered with."""
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
            raise ValueError("Invalid events: {!r}".format(events))

        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)

        if key.fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered"
                           .format(fileobj, key.fd))

        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        """The key registered for fd, or None (unregistered meanwhile)."""
        return self._fd_to_key.get(fd)


class SelectSelector(_BaseSelectorImpl):
    """Selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def _select(self, r, w, x, timeout=None):
        return select.select(r, w, x, timeout)

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        ready = []
        try:
            r, w, _ = self._select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return ready
        r = set(r)
        w = set(w)
        for fd in r | w:
            events = 0
            if fd in r:
                events |= EVENT_READ
            if fd in w:
                events |= EVENT_WRITE
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


if hasattr(select, 'poll'):

    class PollSelector(_BaseSelectorImpl):
        """Selector over select.poll()."""

        def __init__(self):
            super().__init__()
            self._poll = select.poll()

        def register(self, fileobj, events, data=None):
            key = super().register(fileobj, events, data)
            mask = 0
            if events & EVENT_READ:
                mask |= select.POLLIN
            if events & EVENT_WRITE:
                mask |= select.POLLOUT
            self._poll.register(key.fd, mask)
            return key

        def unregister(self, fileobj):
            key = super().unregister(fileobj)
            self._poll.unregister(key.fd)
            return key

        def select(self, timeout=None):
            # poll() takes milliseconds; round up so that a short timeout
            # does not become a busy poll.
            if timeout is None:
                ms = None
            elif timeout <= 0:
                ms = 0
            else:
                ms = math.ceil(timeout * 1e3)
            ready = []
            try:
                fd_events = self._poll.poll(ms)
            except InterruptedError:
                return ready
            for fd, ev in fd_events:
                events = 0
                # Anything but plain "readable" (POLLOUT, POLLERR, POLLHUP)
                # wakes writers; anything but "writable" wakes readers.
                if ev & ~select.POLLIN:
                    events |= EVENT_WRITE
                if ev & ~select.POLLOUT:
                    events |= EVENT_READ
                key = self._key_from_fd(fd)
                if key:
                    ready.append((key, events & key.events))
            return ready


if hasattr(select, 'epoll'):

    class EpollSelector(_BaseSelectorImpl):
        """Selector over select.epoll()."""

        def __init__(self):
            super().__init__()
            self._epoll = select.epoll()

        def fileno(self):
            return self._epoll.fileno()

        def register(self, fileobj, events, data=None):
            key = super().register(fileobj, events, data)
            mask = 0
            if events & EVENT_READ:
                mask |= select.EPOLLIN
            if events & EVENT_WRITE:
                mask |= select.EPOLLOUT
            self._epoll.register(key.fd, mask)
            return key

        def unregister(self, fileobj):
            key = super().unregister(fileobj)
            try:
                self._epoll.unregister(key.fd)
            except OSError:
                # The descriptor was closed before it was unregistered.
                pass
            return key

        def select(self, timeout=None):
            if timeout is None:
                timeout = -1
            elif timeout <= 0:
                timeout = 0
            else:
                # epoll takes milliseconds: round up to the next one.
                timeout = math.ceil(timeout * 1e3) * 1e-3
            max_ev = max(len(self._fd_to_key), 1)
            ready = []
            try:
                fd_events = self._epoll.poll(timeout, max_ev)
            except InterruptedError:
                return ready
            for fd, ev in fd_events:
                events = 0
                if ev & ~select.EPOLLIN:
                    events |= EVENT_WRITE
                if ev & ~select.EPOLLOUT:
                    events |= EVENT_READ
                key = self._key_from_fd(fd)
                if key:
                    ready.append((key, events & key.events))
            return ready

        def close(self):
            self._epoll.close()
            super().close()


# The most efficient selector this platform has.
if 'EpollSelector' in globals():
    DefaultSelector = EpollSelector
elif 'PollSelector' in globals():
    DefaultSelector = PollSelector
else:
    DefaultSelector = SelectSelector
