"""A TELNET client (RFC 854).

Telnet(host, port) connects; the read_* methods return data with the
protocol's commands removed (option requests are refused unless an
option negotiation callback takes them over) and write() doubles IAC.
"""

__all__ = ["Telnet"]

import selectors, socket, sys
from time import monotonic as _time

TELNET_PORT = 23
DEBUGLEVEL = 0

# Commands (RFC 854).
IAC = bytes([255])
DONT = bytes([254])
DO = bytes([253])
WONT = bytes([252])
WILL = bytes([251])
theNULL = bytes([0])
SE = bytes([240])
NOP = bytes([241])
DM = bytes([242])
BRK = bytes([243])
IP = bytes([244])
AO = bytes([245])
AYT = bytes([246])
EC = bytes([247])
EL = bytes([248])
GA = bytes([249])
SB = bytes([250])

# Options, by their numbers in the IANA registry.
BINARY = bytes([0])
ECHO = bytes([1])
RCP = bytes([2])
SGA = bytes([3])
NAMS = bytes([4])
STATUS = bytes([5])
TM = bytes([6])
RCTE = bytes([7])
NAOL = bytes([8])
NAOP = bytes([9])
NAOCRD = bytes([10])
NAOHTS = bytes([11])
NAOHTD = bytes([12])
NAOFFD = bytes([13])
NAOVTS = bytes([14])
NAOVTD = bytes([15])
NAOLFD = bytes([16])
XASCII = bytes([17])
LOGOUT = bytes([18])
BM = bytes([19])
DET = bytes([20])
SUPDUP = bytes([21])
SUPDUPOUTPUT = bytes([22])
SNDLOC = bytes([23])
TTYPE = bytes([24])
EOR = bytes([25])
TUID = bytes([26])
OUTMRK = bytes([27])
TTYLOC = bytes([28])
VT3270REGIME = bytes([29])
X3PAD = bytes([30])
NAWS = bytes([31])
TSPEED = bytes([32])
LFLOW = bytes([33])
LINEMODE = bytes([34])
XDISPLOC = bytes([35])
OLD_ENVIRON = bytes([36])
AUTHENTICATION = bytes([37])
ENCRYPT = bytes([38])
NEW_ENVIRON = bytes([39])
TN3270E = bytes([40])
XAUTH = bytes([41])
CHARSET = bytes([42])
RSP = bytes([43])
COM_PORT_OPTION = bytes([44])
SUPPRESS_LOCAL_ECHO = bytes([45])
TLS = bytes([46])
KERMIT = bytes([47])
SEND_URL = bytes([48])
FORWARD_X = bytes([49])
PRAGMA_LOGON = bytes([138])
SSPI_LOGON = bytes([139])
PRAGMA_HEARTBEAT = bytes([140])
EXOPL = bytes([255])
NOOPT = bytes([0])

_TelnetSelector = getattr(selectors, 'PollSelector', selectors.SelectSelector)

_NEGOTIATION = (DO, DONT, WILL, WONT)
_VERB = {DO: 'DO', DONT: 'DONT', WILL: 'WILL', WONT: 'WONT'}
# The refusal sent for a request when no callback handles options.
_REFUSAL = {DO: WONT, DONT: WONT, WILL: DONT, WONT: DONT}


class Telnet:
    """A TELNET connection.

    Bytes from the socket collect in rawq; process_rawq() moves their
    data to cookedq (subnegotiation data to sbdataq) and answers option
    requests.  The read_* methods differ in how long they wait and in
    whether they may block on the socket.
    """

    def __init__(self, host=None, port=0,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        self.debuglevel = DEBUGLEVEL
        self.host, self.port, self.timeout = host, port, timeout
        self.sock = None
        self.rawq, self.irawq = b'', 0
        self.cookedq, self.sbdataq = b'', b''
        self.iacseq, self.sb, self.eof = b'', 0, 0
        self.option_callback = None
        if host is None:
            return
        self.open(host, port, timeout)

    def open(self, host, port=0, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Connect to host:port (port 23 when port is 0)."""
        self.eof = 0
        port = port or TELNET_PORT
        self.host, self.port, self.timeout = host, port, timeout
        self.sock = socket.create_connection((host, port), timeout)

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def msg(self, msg, *args):
        """Print a debugging line when debuglevel is above 0."""
        if self.debuglevel <= 0:
            return
        print('Telnet(%s,%s):' % (self.host, self.port), end=' ')
        print(msg % args if args else msg)

    def set_debuglevel(self, debuglevel):
        self.debuglevel = debuglevel

    def close(self):
        sock, self.sock = self.sock, None
        self.eof, self.iacseq, self.sb = True, b'', 0
        if sock:
            sock.close()

    def fileno(self):
        return self.sock.fileno()

    def get_socket(self):
        return self.sock

    def write(self, buffer):
        """Send buffer, doubling each IAC byte in it."""
        doubled = buffer.replace(IAC, IAC + IAC) if IAC in buffer else buffer
        self.msg("send %r", doubled)
        self.sock.sendall(doubled)

    # -- reading

    def _take(self, end=None):
        if end is None:
            end = len(self.cookedq)
        data, self.cookedq = self.cookedq[:end], self.cookedq[end:]
        return data

    def _wait_selector(self):
        selector = _TelnetSelector()
        selector.register(self, selectors.EVENT_READ)
        return selector

    def read_until(self, match, timeout=None):
        """Read up to and including match; what came, without match,
        when timeout passes or the connection ends first."""
        self.process_rawq()
        found = self.cookedq.find(match)
        if found >= 0:
            return self._take(found + len(match))
        deadline = None if timeout is None else _time() + timeout
        with self._wait_selector() as selector:
            while not self.eof:
                if selector.select(timeout):
                    # Only the new data and a match's length before it
                    # need searching.
                    start = max(0, len(self.cookedq) - len(match))
                    self.fill_rawq()
                    self.process_rawq()
                    found = self.cookedq.find(match, start)
                    if found >= 0:
                        return self._take(found + len(match))
                if deadline is not None:
                    timeout = deadline - _time()
                    if timeout < 0:
                        break   # out of time
        # Timed out or the connection ended: whatever there is.
        return self.read_very_lazy()

    def _pump(self, more):
        # Process rawq, then read and process while more() says so.
        self.process_rawq()
        while more():
            self.fill_rawq()
            self.process_rawq()

    def read_all(self):
        """Read until the connection ends."""
        self._pump(lambda: not self.eof)
        return self._take()

    def read_some(self):
        """Read at least one byte unless the connection ended."""
        self._pump(lambda: not self.cookedq and not self.eof)
        return self._take()

    def read_very_eager(self):
        """Read all that can be read without blocking."""
        self._pump(lambda: not self.eof and self.sock_avail())
        return self.read_very_lazy()

    def read_eager(self):
        """Read what is there; read the socket only while nothing is
        there and it would not block."""
        self._pump(lambda: not self.cookedq and not self.eof and self.sock_avail())
        return self.read_very_lazy()

    def read_lazy(self):
        """Process what was received already and return the data."""
        self.process_rawq()
        return self.read_very_lazy()

    def read_very_lazy(self):
        """Return the processed data, never touching the socket;
        EOFError when the connection ended and nothing is left."""
        data = self._take()
        if not data and self.eof and not self.rawq:
            raise EOFError('telnet connection closed')
        return data

    def read_sb_data(self):
        """The data of the last subnegotiation (IAC SB ... IAC SE)."""
        data, self.sbdataq = self.sbdataq, b''
        return data

    def set_option_negotiation_callback(self, callback):
        """Have callback(sock, command, option) answer option requests."""
        self.option_callback = callback

    # -- the protocol

    def _command(self, c, out):
        """Act on IAC c (not an option request)."""
        if c == SB:
            self.sb, self.sbdataq = 1, b''
        elif c == SE:
            self.sb = 0
            self.sbdataq += out[1]
            out[1] = b''
        if not self.option_callback:
            self.msg('IAC %d not recognized' % ord(c))
            return
        self.option_callback(self.sock, c, NOOPT)

    def _option(self, cmd, opt):
        """Answer IAC cmd opt: by the callback, or by refusing."""
        self.msg('IAC %s %d', _VERB[cmd], ord(opt))
        if self.option_callback:
            self.option_callback(self.sock, cmd, opt)
        else:
            self.sock.sendall(IAC + _REFUSAL[cmd] + opt)

    def process_rawq(self):
        """Move rawq's data to cookedq, acting on commands in it."""
        out = [b'', b'']        # [plain data, subnegotiation data]
        try:
            while self.rawq:
                c = self.rawq_getchar()
                seq = self.iacseq
                if seq == b'':
                    if c == IAC:
                        self.iacseq = c
                    elif c != theNULL and c != b"\021":
                        out[self.sb] += c
                elif len(seq) == 1:
                    if c in _NEGOTIATION:
                        self.iacseq = seq + c
                        continue
                    self.iacseq = b''
                    if c == IAC:
                        out[self.sb] += c      # IAC IAC is a data byte
                    else:
                        self._command(c, out)
                else:
                    self.iacseq = b''
                    self._option(seq[1:2], c)
        except EOFError:
            # The connection ended inside a command.
            self.iacseq, self.sb = b'', 0
        self.cookedq += out[0]
        self.sbdataq += out[1]

    def rawq_getchar(self):
        """One byte of rawq, reading the socket when rawq is empty;
        EOFError at the end of the connection."""
        if self.rawq == b'':
            self.fill_rawq()
        if self.eof and not self.rawq:
            raise EOFError
        at = self.irawq
        self.irawq = at + 1
        c = self.rawq[at:at + 1]
        if self.irawq >= len(self.rawq):
            self.rawq, self.irawq = b'', 0
        return c

    def fill_rawq(self):
        """Read once from the socket into rawq (this blocks)."""
        if self.irawq >= len(self.rawq):
            self.rawq, self.irawq = b'', 0
        data = self.sock.recv(50)
        self.msg("recv %r", data)
        self.eof = (not data)
        self.rawq += data

    def sock_avail(self):
        """Whether the socket has something to read at once."""
        with self._wait_selector() as selector:
            return bool(selector.select(0))

    def expect(self, list, timeout=None):
        """Read until a regular expression of list matches.

        Returns (index, match, text read up to the match's end), or
        (-1, None, what was read) when timeout passed first; EOFError
        when the connection ended with nothing read."""
        patterns = []
        for item in list:
            if not hasattr(item, "search"):
                import re
                item = re.compile(item)
            patterns.append(item)
        deadline = None if timeout is None else _time() + timeout
        with self._wait_selector() as selector:
            while not self.eof:
                self.process_rawq()
                for index, pattern in enumerate(patterns):
                    m = pattern.search(self.cookedq)
                    if m:
                        return (index, m, self._take(m.end()))
                if deadline is not None:
                    ready = selector.select(timeout)
                    timeout = deadline - _time()
                    if not ready:
                        if timeout >= 0:
                            continue
                        break
                self.fill_rawq()
        rest = self.read_very_lazy()
        if self.eof and not rest:
            raise EOFError
        return (-1, None, rest)

    # -- interactive use

    def interact(self):
        """Copy the connection to stdout and stdin to the connection."""
        if sys.platform == "win32":
            self.mt_interact()
            return
        with self._wait_selector() as selector:
            selector.register(sys.stdin, selectors.EVENT_READ)
            while True:
                for key, _ in selector.select():
                    if key.fileobj is sys.stdin:
                        line = sys.stdin.readline().encode('ascii')
                        if not line:
                            return
                        self.write(line)
                        continue
                    text = self._eager_or_none()
                    if text is None:
                        return
                    if text:
                        sys.stdout.write(text.decode('ascii'))
                        sys.stdout.flush()

    def _eager_or_none(self):
        # read_eager(), or None (after saying so) when the peer has gone.
        try:
            return self.read_eager()
        except EOFError:
            print('*** Connection closed by remote host ***')
            return None

    def mt_interact(self):
        """interact() with a thread reading the connection."""
        import _thread
        _thread.start_new_thread(self.listener, ())
        for line in iter(sys.stdin.readline, ''):
            self.write(line.encode('ascii'))

    def listener(self):
        """Copy the connection to stdout (mt_interact's thread)."""
        while True:
            data = self._eager_or_none()
            if data is None:
                return
            if not data:
                sys.stdout.flush()
                continue
            sys.stdout.write(data.decode('ascii'))


def test():
    """Usage: python -m telnetlib [-d] ... [host [port]]"""
    level = 0
    args = sys.argv[1:]
    while args and args[0] == '-d':
        level += 1
        args.pop(0)
    host = args[0] if args else 'localhost'
    port = 0
    if len(args) > 1:
        try:
            port = int(args[1])
        except ValueError:
            port = socket.getservbyname(args[1], 'tcp')
    conn = Telnet()
    conn.set_debuglevel(level)
    try:
        conn.open(host, port, timeout=0.5)
        conn.interact()
    finally:
        conn.close()


if __name__ == '__main__':
    test()
