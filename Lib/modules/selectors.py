"""I/O readiness multiplexing over the select module (CPython 3.6 API).

A selector maps registered file objects (anything with a fileno(), or a
bare descriptor) to SelectorKey records and reports, from select(),
which of them are ready for reading or writing. SelectSelector uses
select.select, PollSelector select.poll, EpollSelector select.epoll;
DefaultSelector is the best of them this platform's select module
offers (it has no kqueue or devpoll here).
"""

import math
import select
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

# event bits
EVENT_READ = 1
EVENT_WRITE = 2
_ALL_EVENTS = EVENT_READ | EVENT_WRITE


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    One registration: the file object as given, its descriptor, the
    EVENT_* mask asked for, and the caller's data.
    """


def _descriptor_of(fileobj):
    """fileobj's descriptor: fileobj itself if an int, else its fileno().

    Raises ValueError for an object without a usable fileno() and for a
    negative descriptor.
    """
    try:
        fd = fileobj if isinstance(fileobj, int) else int(fileobj.fileno())
    except (AttributeError, TypeError, ValueError):
        raise ValueError('Invalid file object: %r' % (fileobj,)) from None
    if fd < 0:
        raise ValueError('Invalid file descriptor: %s' % (fd,))
    return fd


def _not_registered(fileobj):
    return KeyError('%r is not registered' % (fileobj,))


class _SelectorMapping(Mapping):
    """A live, read-only view of a selector's keys, by file object or fd."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._keys)

    def __iter__(self):
        return iter(self._selector._keys)

    def __getitem__(self, fileobj):
        table = self._selector._keys
        fd = self._selector._fd_for(fileobj)
        if fd not in table:
            raise _not_registered(fileobj)
        return table[fd]


class BaseSelector(metaclass=ABCMeta):
    """The selector interface.

    Concrete selectors supply register, unregister, select and get_map;
    modify, get_key, close and the context manager come built on them.
    A selector is closed by close() or at the end of a with block.
    """

    @abstractmethod
    def get_map(self):
        """A mapping of file objects (or descriptors) to keys."""
        raise NotImplementedError

    def get_key(self, fileobj):
        """The SelectorKey of fileobj; KeyError when not registered."""
        keys = self.get_map()
        if keys is None:
            raise RuntimeError('Selector is closed')
        if fileobj not in keys:
            raise _not_registered(fileobj)
        return keys[fileobj]

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Watch fileobj for events (EVENT_READ, EVENT_WRITE or both).

        Returns the new SelectorKey. Raises ValueError for a bad event
        mask or file object, KeyError when fileobj is already registered.
        """
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Change the events and data of a registered fileobj; new key."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def unregister(self, fileobj):
        """Stop watching fileobj; return its SelectorKey.

        Raises KeyError when it is not registered. A file object closed
        since it was registered can still be unregistered.
        """
        raise NotImplementedError

    @abstractmethod
    def select(self, timeout=None):
        """Wait up to timeout seconds for registered objects to be ready.

        None waits without limit; zero or less only polls. Returns a list
        of (key, events) pairs, events being the ready subset of the
        registered mask; an empty list when the time ran out.
        """
        raise NotImplementedError

    def close(self):
        """Release the selector; its keys are forgotten."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The key table shared by the concrete selectors (keyed by fd).

    Subclasses keep their own OS-level registrations in step through two
    hooks, called after the table has changed: _watch(fd, events) and
    _unwatch(fd).
    """

    def __init__(self):
        self._keys = {}
        self._view = _SelectorMapping(self)

    def get_map(self):
        return self._view

    def _fd_for(self, fileobj):
        try:
            return _descriptor_of(fileobj)
        except ValueError:
            # A registered object may have been closed since (its
            # fileno() now fails or is -1): it is found by identity.
            same = [k.fd for k in self._keys.values() if k.fileobj is fileobj]
            if not same:
                raise
            return same[0]

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ALL_EVENTS:
            raise ValueError('Invalid events: %r' % (events,))
        fd = self._fd_for(fileobj)
        if fd in self._keys:
            raise KeyError('%r (FD %s) is already registered'
                           % (fileobj, fd))
        key = self._keys[fd] = SelectorKey(fileobj, fd, events, data)
        try:
            self._watch(fd, events)
        except BaseException:
            # the kernel refused it (epoll and a regular file): forget it
            del self._keys[fd]
            raise
        return key

    def unregister(self, fileobj):
        fd = self._fd_for(fileobj)
        if fd not in self._keys:
            raise _not_registered(fileobj)
        key = self._keys.pop(fd)
        self._unwatch(fd)
        return key

    def modify(self, fileobj, events, data=None):
        fd = self._fd_for(fileobj)
        if fd not in self._keys:
            raise _not_registered(fileobj)
        key = self._keys[fd]
        if events != key.events:
            # through unregister/register, so subclasses update their
            # own tables; a bad mask leaves fileobj unregistered
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            self._keys[fd] = key = key._replace(data=data)
        return key

    def _ready(self, fd_events):
        """(key, events & key.events) for each registered fd of fd_events."""
        found = []
        for fd, events in fd_events:
            key = self._keys.get(fd)
            if key:
                found.append((key, events & key.events))
        return found

    def close(self):
        self._view = None
        self._keys.clear()


class SelectSelector(_BaseSelectorImpl):
    """A selector over select.select()."""

    def __init__(self):
        self._readers, self._writers = set(), set()
        super().__init__()

    def _watch(self, fd, events):
        if events & EVENT_READ:
            self._readers.add(fd)
        if events & EVENT_WRITE:
            self._writers.add(fd)

    def _unwatch(self, fd):
        for fds in (self._readers, self._writers):
            fds.discard(fd)

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        try:
            readable, writable, _ = select.select(
                self._readers, self._writers, [], timeout)
        except InterruptedError:
            return []
        mask = dict.fromkeys(readable, EVENT_READ)
        for fd in writable:
            mask[fd] = mask.get(fd, 0) | EVENT_WRITE
        return self._ready(mask.items())


class PollSelector(_BaseSelectorImpl):
    """A selector over select.poll()."""

    def __init__(self):
        self._poll = select.poll()
        super().__init__()

    def select(self, timeout=None):
        # poll() counts milliseconds: round up, never wake early
        ms = timeout
        if ms is not None:
            ms = 0 if ms <= 0 else math.ceil(ms * 1e3)
        try:
            polled = self._poll.poll(ms)
        except InterruptedError:
            return []
        # any condition besides "readable" (POLLOUT, POLLHUP, POLLERR...)
        # counts as writable, any besides "writable" as readable; the
        # key's own mask then filters
        return self._ready(
            (fd, (EVENT_WRITE if bits & ~select.POLLIN else 0)
             | (EVENT_READ if bits & ~select.POLLOUT else 0))
            for fd, bits in polled)

    def _watch(self, fd, events):
        wanted = select.POLLIN if events & EVENT_READ else 0
        if events & EVENT_WRITE:
            wanted |= select.POLLOUT
        self._poll.register(fd, wanted)

    def _unwatch(self, fd):
        self._poll.unregister(fd)


if hasattr(select, 'epoll'):

    class EpollSelector(_BaseSelectorImpl):
        """A selector over a select.epoll() object (Linux)."""

        def __init__(self):
            self._epoll = select.epoll()
            super().__init__()

        def fileno(self):
            return self._epoll.fileno()

        def _watch(self, fd, events):
            bits = select.EPOLLIN if events & EVENT_READ else 0
            if events & EVENT_WRITE:
                bits |= select.EPOLLOUT
            self._epoll.register(fd, bits)

        def _unwatch(self, fd):
            # the descriptor may be closed already, which removed it
            try:
                self._epoll.unregister(fd)
            except OSError:
                pass

        def select(self, timeout=None):
            # epoll counts milliseconds too: whole ones, rounded up
            wait = -1
            if timeout is not None:
                wait = 0 if timeout <= 0 else math.ceil(timeout * 1e3) * 1e-3
            try:
                polled = self._epoll.poll(wait, max(len(self._keys), 1))
            except InterruptedError:
                return []
            return self._ready(
                (fd, (EVENT_WRITE if bits & ~select.EPOLLIN else 0)
                 | (EVENT_READ if bits & ~select.EPOLLOUT else 0))
                for fd, bits in polled)

        def close(self):
            self._epoll.close()
            super().close()


# the best mechanism this platform's select module offers, as in 3.6
if hasattr(select, 'epoll'):
    DefaultSelector = EpollSelector
elif hasattr(select, 'poll'):
    DefaultSelector = PollSelector
else:
    DefaultSelector = SelectSelector
