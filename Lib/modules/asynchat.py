"""Framed protocols over asyncore channels.

An async_chat cuts its input at a terminator -- a bytes delimiter, a
byte count, or None for "everything" -- handing the pieces to
collect_incoming_data() and calling found_terminator() at each cut.
Output is a queue of bytes and producers (objects with more()).
"""

from collections import deque
import asyncore


def find_prefix_at_end(haystack, needle):
    """How many bytes at the end of haystack could begin needle (the
    longest proper prefix of needle that haystack ends with)."""
    size = len(needle) - 1
    while size > 0:
        if haystack.endswith(needle[:size]):
            break
        size -= 1
    return size


class async_chat(asyncore.dispatcher):
    """A dispatcher framing its input at a terminator and queueing its
    output; subclasses define collect_incoming_data and found_terminator."""

    ac_in_buffer_size = 65536
    ac_out_buffer_size = 65536
    # When set, str data and terminators are encoded with this encoding.
    use_encoding, encoding = 0, 'latin-1'

    def __init__(self, sock=None, map=None):
        self.ac_in_buffer, self.incoming = b'', []
        self.producer_fifo = deque()
        asyncore.dispatcher.__init__(self, sock, map)

    # -- input

    def set_terminator(self, term):
        """Input ends at term: bytes, an int count, or None (never)."""
        if isinstance(term, str) and self.use_encoding:
            self.terminator = bytes(term, self.encoding)
            return
        if isinstance(term, int) and term < 0:
            raise ValueError('the number of received bytes must be positive')
        self.terminator = term

    def get_terminator(self):
        return self.terminator

    def collect_incoming_data(self, data):
        raise NotImplementedError("must be implemented in subclass")

    def found_terminator(self):
        raise NotImplementedError("must be implemented in subclass")

    def _collect_incoming_data(self, data):
        self.incoming.append(data)

    def _get_data(self):
        collected, self.incoming[:] = b''.join(self.incoming), []
        return collected

    def _consume(self, count):
        piece = self.ac_in_buffer[:count]
        self.ac_in_buffer = self.ac_in_buffer[count:]
        return piece

    def _frame_step(self):
        """Move one piece of ac_in_buffer on; False when the rest must
        wait for more input."""
        term = self.get_terminator()
        held = len(self.ac_in_buffer)
        if not term:
            self.collect_incoming_data(self._consume(held))
            return True
        if isinstance(term, int):
            if held < term:
                self.terminator = term - held
                self.collect_incoming_data(self._consume(held))
                return True
            self.terminator = 0
            self.collect_incoming_data(self._consume(term))
            self.found_terminator()
            return True
        at = self.ac_in_buffer.find(term)
        if at >= 0:
            if at:
                self.collect_incoming_data(self._consume(at))
            self._consume(len(term))
            self.found_terminator()
            return True
        # No terminator yet: keep back a tail that may start one.
        partial = find_prefix_at_end(self.ac_in_buffer, term)
        if not partial:
            self.collect_incoming_data(self._consume(held))
            return True
        if partial != held:
            self.collect_incoming_data(self._consume(held - partial))
        return False

    def handle_read(self):
        try:
            data = self.recv(self.ac_in_buffer_size)
        except OSError as exc:
            # Nothing to read after all; anything else is an error.
            if not isinstance(exc, BlockingIOError):
                self.handle_error()
            return
        if self.use_encoding and isinstance(data, str):
            data = bytes(data, self.encoding)
        self.ac_in_buffer += data
        while self.ac_in_buffer and self._frame_step():
            pass

    # -- output

    def push(self, data):
        """Queue bytes-like data for sending."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be byte-ish (%r)', type(data))
        step = self.ac_out_buffer_size
        if len(data) <= step:
            self.producer_fifo.append(data)
        else:
            self.producer_fifo.extend(data[i:i + step] for i in range(0, len(data), step))
        self.initiate_send()

    def push_with_producer(self, producer):
        """Queue a producer: its more() is called until it gives b''."""
        self.producer_fifo.append(producer)
        self.initiate_send()

    def close_when_done(self):
        """Close the channel once everything queued has been sent."""
        self.producer_fifo.append(None)

    def readable(self):
        return 1

    def writable(self):
        return self.producer_fifo or (not self.connected)

    def handle_close(self):
        self.close()

    def handle_write(self):
        self.initiate_send()

    def _next_chunk(self):
        """The first queued bytes, turning producers into their output;
        None when the queue is empty or close_when_done was reached."""
        fifo = self.producer_fifo
        while fifo:
            head = fifo[0]
            if head is None:
                fifo.popleft()
                self.handle_close()
                return None
            if not head:
                fifo.popleft()
                continue
            try:
                head[:1]
            except TypeError:
                produced = head.more()
                if produced:
                    fifo.appendleft(produced)
                else:
                    fifo.popleft()
                continue
            return head
        return None

    def initiate_send(self):
        if not (self.producer_fifo and self.connected):
            return
        head = self._next_chunk()
        if head is None or not self.connected:
            return
        limit = self.ac_out_buffer_size
        chunk = head[:limit]
        encode = self.use_encoding and isinstance(chunk, str)
        try:
            sent = self.send(bytes(chunk, self.encoding) if encode else chunk)
        except OSError:
            sent = 0
            self.handle_error()
        if not sent:
            return
        if sent < len(head) or limit < len(head):
            self.producer_fifo[0] = head[sent:]
        else:
            self.producer_fifo.popleft()

    def discard_buffers(self):
        self.ac_in_buffer = b''
        self.incoming[:] = []
        self.producer_fifo.clear()


class simple_producer:
    """Hands out data in pieces of at most buffer_size bytes."""

    def __init__(self, data, buffer_size=512):
        self.data, self.buffer_size = data, buffer_size

    def more(self):
        cut = min(len(self.data), self.buffer_size)
        piece, self.data = self.data[:cut], self.data[cut:]
        return piece
