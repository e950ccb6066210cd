"""Listener, Client and Pipe for multiprocessing.dummy, over queues.

Everything stays in one process: a listener's address is the queue on
which clients leave the pair of queues of their new connection, and a
connection end reads one queue and writes the other.
"""

__all__ = ['Client', 'Listener', 'Pipe']

import queue

families = [None]


class _End(object):
    """One end of a connection: reads `inbox`, writes `outbox`."""

    def __init__(self, inbox, outbox):
        self._inbox = inbox
        self._outbox = outbox

    def send(self, obj):
        self._outbox.put(obj)

    send_bytes = send

    def recv(self):
        return self._inbox.get()

    recv_bytes = recv

    def poll(self, timeout=0.0):
        """Whether recv() would find something within timeout seconds."""
        box = self._inbox
        if not box.empty():
            return True
        if timeout > 0.0:
            # wake when something is put, or give up at the timeout
            with box.not_empty:
                box.not_empty.wait(timeout)
        return not box.empty()

    def close(self):
        """Nothing to release: the queues are garbage collected."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


Connection = _End


def Pipe(duplex=True):
    """Two connected ends (always usable both ways here)."""
    one, two = queue.Queue(), queue.Queue()
    return _End(one, two), _End(two, one)


class Listener(object):
    """Hands out the server ends of the connections clients make."""

    def __init__(self, address=None, family=None, backlog=1):
        self._pending = queue.Queue(backlog)

    @property
    def address(self):
        """What Client() must be given to reach this listener."""
        return self._pending

    def accept(self):
        inbox, outbox = self._pending.get()
        return _End(inbox, outbox)

    def close(self):
        self._pending = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def Client(address):
    """Connect to the listener whose address is given."""
    to_server, to_client = queue.Queue(), queue.Queue()
    address.put((to_server, to_client))
    return _End(to_client, to_server)
