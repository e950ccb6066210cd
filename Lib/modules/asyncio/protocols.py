"""Protocol base classes: the callbacks a transport makes."""

__all__ = ['BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol']


class BaseProtocol:
    """Callbacks every protocol gets."""

    def connection_made(self, transport):
        """The connection is up; transport is how to talk on it."""

    def connection_lost(self, exc):
        """The connection is gone; exc is None after a clean close."""

    def pause_writing(self):
        """The transport's write buffer went over its high mark."""

    def resume_writing(self):
        """The transport's write buffer drained below its low mark."""


class Protocol(BaseProtocol):
    """A stream protocol."""

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The peer will send no more; return a true value to keep the
        transport open for writing."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""

    def datagram_received(self, data, addr):
        """A datagram arrived."""

    def error_received(self, exc):
        """A send or receive failed."""


class SubprocessProtocol(BaseProtocol):
    """A subprocess protocol (no subprocess transports here)."""

    def pipe_data_received(self, fd, data):
        """Output of the child."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""
