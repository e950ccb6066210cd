"""Transport base classes: what a protocol is given to talk through."""

from asyncio.events import _unimplemented

__all__ = ['BaseTransport', 'ReadTransport', 'WriteTransport',
           'Transport', 'DatagramTransport', 'SubprocessTransport']


class BaseTransport:
    """Extra information, closing."""

    def __init__(self, extra=None):
        self._extra = extra if extra is not None else {}

    def get_extra_info(self, name, default=None):
        """One item of the transport's extra information."""
        return self._extra.get(name, default)


class ReadTransport(BaseTransport):
    """The reading side."""


class WriteTransport(BaseTransport):
    """The writing side."""

    def writelines(self, list_of_data):
        """Write the items of list_of_data, in order, as one write."""
        self.write(b''.join(list_of_data))


class Transport(ReadTransport, WriteTransport):
    """Both sides of a stream."""


class DatagramTransport(BaseTransport):
    """A datagram transport."""


class SubprocessTransport(BaseTransport):
    """A subprocess transport."""


_unimplemented(BaseTransport, 'is_closing close set_protocol get_protocol')
_unimplemented(ReadTransport, 'pause_reading resume_reading')
_unimplemented(WriteTransport, """set_write_buffer_limits get_write_buffer_size
    write write_eof can_write_eof abort""")
_unimplemented(DatagramTransport, 'sendto abort')
_unimplemented(SubprocessTransport, """get_pid get_returncode get_pipe_transport
    send_signal terminate kill""")


class _FlowControlMixin(Transport):
    """Write-buffer bookkeeping: calls the protocol's pause_writing and
    resume_writing as the buffer crosses its high and low marks."""

    def __init__(self, extra=None, loop=None):
        Transport.__init__(self, extra)
        self._loop = loop
        self._protocol_paused = False
        self._set_write_buffer_limits()

    def _tell_protocol(self, what):
        try:
            getattr(self._protocol, what)()
        except Exception as exc:
            self._loop.call_exception_handler({
                'message': 'protocol.%s() failed' % what,
                'exception': exc, 'transport': self,
                'protocol': self._protocol})

    def _maybe_pause_protocol(self):
        if not self._protocol_paused and self.get_write_buffer_size() > self._high_water:
            self._protocol_paused = True
            self._tell_protocol('pause_writing')

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            self._tell_protocol('resume_writing')

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def _set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 4 * low if low is not None else 64 * 1024
        low = high // 4 if low is None else low
        if high < low or low < 0:
            raise ValueError('high (%r) must be >= low (%r) must be >= 0' %
                             (high, low))
        self._high_water, self._low_water = high, low

    def set_write_buffer_limits(self, high=None, low=None):
        self._set_write_buffer_limits(high=high, low=low)
        self._maybe_pause_protocol()
