"""FTP client (RFC 959), with explicit TLS (RFC 4217: AUTH TLS, PROT P).

The project's own implementation of CPython 3.6's ftplib: names,
replies (str, lines joined by '\\n'), exceptions and debug lines are
3.6's.  Transfers are passive unless set_pasv(False).
"""

import contextlib
import re
import socket

try:
    import ssl
except ImportError:
    ssl = None

__all__ = ["FTP", "error_reply", "error_temp", "error_perm", "error_proto",
           "all_errors"]

MSG_OOB = 0x1
FTP_PORT = 21
MAXLINE = 8192
CRLF = "\r\n"
B_CRLF = b"\r\n"

_DEFAULT_TIMEOUT = socket._GLOBAL_DEFAULT_TIMEOUT


class Error(Exception):
    """Base of this module's errors."""


class error_reply(Error):
    """A reply of a kind the command did not expect."""


class error_temp(Error):
    """A 4xx reply."""


class error_perm(Error):
    """A 5xx reply."""


class error_proto(Error):
    """A reply that is no FTP reply (or a malformed one)."""


all_errors = (Error, OSError, EOFError)
if ssl is not None:
    all_errors += (ssl.SSLError,)

# Reply classes by first digit; others are error_proto.
_REPLY_ERRORS = {"4": error_temp, "5": error_perm}
_SIZE_IN_150 = re.compile(r"150 .* \((\d+) bytes\)", re.IGNORECASE | re.ASCII)
_HOST_PORT_227 = re.compile(r"(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)", re.ASCII)


def _expect(resp, code):
    if resp[:3] != code:
        raise error_reply(resp)


def parse150(resp):
    """The size a '150 ... (N bytes)' reply announces, else None."""
    _expect(resp, "150")
    m = _SIZE_IN_150.match(resp)
    return int(m.group(1)) if m else None


def parse227(resp):
    """(host, port) of a PASV reply."""
    _expect(resp, "227")
    m = _HOST_PORT_227.search(resp)
    if m is None:
        raise error_proto(resp)
    nums = m.groups()
    return ".".join(nums[:4]), int(nums[4]) * 256 + int(nums[5])


def parse229(resp, peer):
    """(peer host, port) of an EPSV reply '229 ... (|||port|)'."""
    _expect(resp, "229")
    start = resp.find("(")
    if start < 0:
        raise error_proto(resp)
    end = resp.find(")", start + 1)
    if end < 0:
        raise error_proto(resp)
    delim = resp[start + 1]
    if delim != resp[end - 1]:
        raise error_proto(resp)
    fields = resp[start + 1:end].split(delim)
    if len(fields) != 5:
        raise error_proto(resp)
    return peer[0], int(fields[3])


def parse257(resp):
    """The directory name a 257 reply quotes ('' when unquoted)."""
    _expect(resp, "257")
    if resp[3:5] != ' "':
        return ""
    name = []
    rest = iter(resp[5:])
    for c in rest:
        if c == '"' and next(rest, None) != '"':
            break
        name.append(c)
    return "".join(name)


def _mlsd_facts(text):
    # {fact (lower case): value} of 'a=1;b=2' (the last ';' cut off).
    pairs = (fact.partition("=") for fact in text.split(";"))
    return dict((key.lower(), value) for key, _, value in pairs)


def print_line(line):
    """The default retrlines callback."""
    print(line)


class _TextLines:
    """Lines of a socket as text with universal newlines: CRLF, LF and
    a lone CR each end a line, read as '\n' (what a text-mode makefile
    gives)."""

    def __init__(self, raw, encoding):
        self._raw, self._encoding = raw, encoding
        self._rest = b""

    def readline(self, limit=-1):
        line, self._rest = self._rest or self._raw.readline(limit), b""
        cr = line.find(b"\r")
        if cr >= 0:
            after = line[cr + 1:]
            if after != b"\n":
                self._rest = after
            line = line[:cr] + b"\n"
        return line.decode(self._encoding)

    def close(self):
        self._raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def _text_reader(sock, encoding):
    return _TextLines(sock.makefile("rb"), encoding)


def _read_bounded(f, maxline):
    # f.readline, refusing a line longer than maxline.
    line = f.readline(maxline + 1)
    if len(line) > maxline:
        raise Error("got more than %d bytes" % maxline)
    return line


def _chop_eol(line, ends):
    if line[-2:] == ends[0]:
        return line[:-2]
    if line[-1:] and line[-1:] in ends[1]:
        return line[:-1]
    return line


class FTP:
    """An FTP control connection; data connections are opened per
    transfer."""

    debugging = 0
    host = ""
    port = FTP_PORT
    maxline = MAXLINE
    sock = file = welcome = None
    passiveserver = 1
    encoding = "latin-1"
    # PASV's reply names an address; unless this is set, the data
    # connection goes to the control connection's peer instead, so that a
    # hostile server cannot point the client at another host
    trust_server_pasv_ipv4_address = False

    def __init__(self, host="", user="", passwd="", acct="",
                 timeout=_DEFAULT_TIMEOUT, source_address=None):
        self.timeout, self.source_address = timeout, source_address
        if host:
            self.connect(host)
        if host and user:
            self.login(user, passwd, acct)

    def connect(self, host="", port=0, timeout=-999, source_address=None):
        """Open the control connection; the greeting."""
        if host != "":
            self.host = host
        self.port = port if port > 0 else self.port
        self.timeout = self.timeout if timeout == -999 else timeout
        self.source_address = (self.source_address if source_address is None
                               else source_address)
        self.sock = socket.create_connection(
            (self.host, self.port), self.timeout,
            source_address=self.source_address)
        self.af = self.sock.family
        self.file = _text_reader(self.sock, self.encoding)
        self.welcome = self.getresp()
        return self.welcome

    def getwelcome(self):
        self._note(1, "*welcome*", self.welcome)
        return self.welcome

    def set_debuglevel(self, level):
        """1: commands and replies; 2: every line; 3: data lines too."""
        self.debugging = level

    debug = set_debuglevel

    def set_pasv(self, val):
        self.passiveserver = val

    def _note(self, level, tag, text):
        # Debug output at the given level, passwords masked.
        if self.debugging >= level:
            print(tag, self.sanitize(text))

    def sanitize(self, s):
        """repr(s), a password masked."""
        if s[:5] in ("pass ", "PASS "):
            body = len(s.rstrip("\r\n"))
            s = s[:5] + "*" * (body - 5) + s[body:]
        return repr(s)

    # the control connection

    def putline(self, line):
        if "\r" in line or "\n" in line:
            raise ValueError(
                "an illegal newline character should not be contained")
        line += CRLF
        self._note(2, "*put*", line)
        self.sock.sendall(line.encode(self.encoding))

    def putcmd(self, line):
        self._note(1, "*cmd*", line)
        self.putline(line)

    def getline(self):
        """One reply line without its end; EOFError at end of stream."""
        line = _read_bounded(self.file, self.maxline)
        self._note(2, "*get*", line)
        if not line:
            raise EOFError
        return _chop_eol(line, (CRLF, CRLF))

    def getmultiline(self):
        """A reply, its lines joined by '\\n'."""
        lines = [self.getline()]
        if lines[0][3:4] == "-":
            code = lines[0][:3]
            while True:
                lines.append(self.getline())
                if lines[-1][:3] == code and lines[-1][3:4] != "-":
                    break
        return "\n".join(lines)

    def getresp(self):
        """A reply: 1xx-3xx returned, others raised."""
        resp = self.getmultiline()
        self._note(1, "*resp*", resp)
        self.lastresp = resp[:3]
        kind = resp[:1]
        if kind in ("1", "2", "3"):
            return resp
        raise _REPLY_ERRORS.get(kind, error_proto)(resp)

    def voidresp(self):
        """A reply that must be 2xx."""
        resp = self.getresp()
        if resp[:1] == "2":
            return resp
        raise error_reply(resp)

    def sendcmd(self, cmd):
        """Send cmd; its reply."""
        return self._command(cmd, self.getresp)

    def voidcmd(self, cmd):
        """Send cmd; its reply, which must be 2xx."""
        return self._command(cmd, self.voidresp)

    def _command(self, cmd, read_reply):
        self.putcmd(cmd)
        return read_reply()

    def abort(self):
        """Interrupt a transfer (ABOR as urgent data)."""
        line = b"ABOR" + B_CRLF
        self._note(2, "*put urgent*", line)
        self.sock.sendall(line, MSG_OOB)
        return self._abort_reply()

    def _abort_reply(self):
        resp = self.getmultiline()
        if resp[:3] in ("426", "225", "226"):
            return resp
        raise error_proto(resp)

    # data connections

    def sendport(self, host, port):
        """PORT h1,h2,h3,h4,p1,p2."""
        numbers = host.split(".") + [str(port // 256), str(port % 256)]
        return self.voidcmd("PORT " + ",".join(numbers))

    def sendeprt(self, host, port):
        """EPRT |af|host|port|."""
        families = {socket.AF_INET: 1}
        if hasattr(socket, "AF_INET6"):
            families[socket.AF_INET6] = 2
        if self.af not in families:
            raise error_proto("unsupported address family")
        return self.voidcmd("EPRT |%d|%s|%d|" % (families[self.af], host,
                                                 port))

    def makeport(self):
        """A listening socket announced with PORT or EPRT."""
        listener = socket.socket(self.af, socket.SOCK_STREAM)
        try:
            listener.bind(("", 0))
            listener.listen(1)
            port = listener.getsockname()[1]
            host = self.sock.getsockname()[0]
            if self.af == socket.AF_INET:
                self.sendport(host, port)
            else:
                self.sendeprt(host, port)
        except BaseException:
            listener.close()
            raise
        if self.timeout is not _DEFAULT_TIMEOUT:
            listener.settimeout(self.timeout)
        return listener

    def makepasv(self):
        """(host, port) from PASV (IPv4; the host is the server's own
        address unless trust_server_pasv_ipv4_address) or EPSV."""
        if self.af != socket.AF_INET:
            return parse229(self.sendcmd("EPSV"), self.sock.getpeername())
        announced, port = parse227(self.sendcmd("PASV"))
        if self.trust_server_pasv_ipv4_address:
            return announced, port
        return self.sock.getpeername()[0], port

    def _start_transfer(self, cmd, rest):
        # Send cmd (after REST); its preliminary 1xx reply.
        if rest is not None:
            self.sendcmd("REST %s" % rest)
        resp = self.sendcmd(cmd)
        if resp[:1] == "2":
            resp = self.getresp()
        if resp[:1] != "1":
            raise error_reply(resp)
        return resp

    def ntransfercmd(self, cmd, rest=None):
        """(data connection, announced size or None) for cmd."""
        if self.passiveserver:
            conn = socket.create_connection(self.makepasv(), self.timeout,
                                            source_address=self.source_address)
            try:
                resp = self._start_transfer(cmd, rest)
            except BaseException:
                conn.close()
                raise
        else:
            with self.makeport() as listener:
                resp = self._start_transfer(cmd, rest)
                conn = listener.accept()[0]
                if self.timeout is not _DEFAULT_TIMEOUT:
                    conn.settimeout(self.timeout)
        size = parse150(resp) if resp[:3] == "150" else None
        return conn, size

    def transfercmd(self, cmd, rest=None):
        return self.ntransfercmd(cmd, rest)[0]

    def _end_data(self, conn):
        # A TLS data connection says goodbye before it is closed.
        if ssl is not None and isinstance(conn, ssl.SSLSocket):
            conn.unwrap()

    def retrbinary(self, cmd, callback, blocksize=8192, rest=None):
        """Run cmd in binary mode, giving each block read to callback."""
        self.voidcmd("TYPE I")
        with self.transfercmd(cmd, rest) as conn:
            block = conn.recv(blocksize)
            while block:
                callback(block)
                block = conn.recv(blocksize)
            self._end_data(conn)
        return self.voidresp()

    def retrlines(self, cmd, callback=None):
        """Run cmd in ASCII mode, giving each line (no end) to callback."""
        if callback is None:
            callback = print_line
        self.sendcmd("TYPE A")
        with self.transfercmd(cmd) as conn, \
                _text_reader(conn, self.encoding) as lines:
            while True:
                line = _read_bounded(lines, self.maxline)
                if self.debugging > 2:
                    print("*retr*", repr(line))
                if not line:
                    break
                callback(_chop_eol(line, (CRLF, "\n")))
            self._end_data(conn)
        return self.voidresp()

    def storbinary(self, cmd, fp, blocksize=8192, callback=None, rest=None):
        """Run cmd in binary mode, sending fp's blocks."""
        self.voidcmd("TYPE I")
        with self.transfercmd(cmd, rest) as conn:
            for block in iter(lambda: fp.read(blocksize), b""):
                if not block:
                    break
                conn.sendall(block)
                if callback:
                    callback(block)
            self._end_data(conn)
        return self.voidresp()

    def storlines(self, cmd, fp, callback=None):
        """Run cmd in ASCII mode, sending fp's lines with CRLF ends."""
        self.voidcmd("TYPE A")
        with self.transfercmd(cmd) as conn:
            while True:
                line = _read_bounded(fp, self.maxline)
                if not line:
                    break
                if line[-2:] != B_CRLF:
                    if line[-1] in B_CRLF:
                        line = line[:-1]
                    line += B_CRLF
                conn.sendall(line)
                if callback:
                    callback(line)
            self._end_data(conn)
        return self.voidresp()

    # commands

    def login(self, user="", passwd="", acct=""):
        """USER, then PASS and ACCT as the server asks; anonymous by
        default."""
        user = user or "anonymous"
        passwd = passwd or ""
        acct = acct or ""
        if user == "anonymous" and passwd in ("", "-"):
            passwd += "anonymous@"
        resp = self.sendcmd("USER " + user)
        for follow_up in ("PASS " + passwd, "ACCT " + acct):
            if resp[:1] == "3":
                resp = self.sendcmd(follow_up)
        if resp[:1] != "2":
            raise error_reply(resp)
        return resp

    def acct(self, password):
        return self.voidcmd("ACCT " + password)

    def nlst(self, *args):
        """The names NLST lists."""
        names = []
        self.retrlines(" ".join(("NLST",) + args), names.append)
        return names

    def dir(self, *args):
        """LIST; the lines go to a callable last argument, else stdout."""
        func = None
        if args and not isinstance(args[-1], str):
            args, func = args[:-1], args[-1]
        cmd = " ".join(["LIST"] + [a for a in args if a])
        self.retrlines(cmd, func)

    def mlsd(self, path="", facts=[]):
        """(name, {fact: value}) for each MLSD entry."""
        if facts:
            self.sendcmd("OPTS MLST " + ";".join(facts) + ";")
        lines = []
        self.retrlines("MLSD %s" % path if path else "MLSD", lines.append)
        for line in lines:
            found, _, name = line.rstrip(CRLF).partition(" ")
            yield name, _mlsd_facts(found[:-1])

    def rename(self, fromname, toname):
        resp = self.sendcmd("RNFR " + fromname)
        if resp[:1] != "3":
            raise error_reply(resp)
        return self.voidcmd("RNTO " + toname)

    def delete(self, filename):
        resp = self.sendcmd("DELE " + filename)
        if resp[:3] not in ("250", "200"):
            raise error_reply(resp)
        return resp

    def cwd(self, dirname):
        """CWD ('..' tries CDUP first, '' means '.')."""
        if dirname == "..":
            resp = self._cdup()
            if resp is not None:
                return resp
        return self.voidcmd("CWD " + (dirname if dirname != "" else "."))

    def _cdup(self):
        # CDUP's reply; None when the server does not know CDUP (500).
        try:
            return self.voidcmd("CDUP")
        except error_perm as e:
            if e.args[0][:3] == "500":
                return None
            raise

    def size(self, filename):
        """SIZE as an int (None for a reply other than 213)."""
        resp = self.sendcmd("SIZE " + filename)
        if resp[:3] == "213":
            return int(resp[3:].strip())
        return None

    def _quoted_dir(self, cmd):
        resp = self.voidcmd(cmd)
        return parse257(resp) if resp.startswith("257") else ""

    def mkd(self, dirname):
        return self._quoted_dir("MKD " + dirname)

    def rmd(self, dirname):
        return self.voidcmd("RMD " + dirname)

    def pwd(self):
        return self._quoted_dir("PWD")

    def quit(self):
        resp = self.voidcmd("QUIT")
        self.close()
        return resp

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        # QUIT if still connected (a dead connection is no error); close.
        if self.sock is None:
            return
        try:
            with contextlib.suppress(OSError, EOFError):
                self.quit()
        finally:
            if self.sock is not None:
                self.close()

    def close(self):
        """Close the control connection; safe to repeat."""
        f, self.file = self.file, None
        sock, self.sock = self.sock, None
        try:
            if f is not None:
                f.close()
        finally:
            if sock is not None:
                sock.close()


if ssl is not None:

    class FTP_TLS(FTP):
        """FTP with AUTH TLS on the control connection (login does it) and,
        after prot_p(), TLS data connections."""

        ssl_version = ssl.PROTOCOL_SSLv23

        def __init__(self, host="", user="", passwd="", acct="",
                     keyfile=None, certfile=None, context=None,
                     timeout=_DEFAULT_TIMEOUT, source_address=None):
            for value, label in ((keyfile, "keyfile"), (certfile, "certfile")):
                if context is not None and value is not None:
                    raise ValueError("context and %s arguments are mutually "
                                     "exclusive" % label)
            if context is None:
                if keyfile is not None or certfile is not None:
                    import warnings
                    warnings.warn("keyfile and certfile are deprecated, use "
                                  "a custom context instead",
                                  DeprecationWarning, 2)
                context = ssl._create_stdlib_context(
                    self.ssl_version, certfile=certfile, keyfile=keyfile)
            self.keyfile, self.certfile = keyfile, certfile
            self.context = context
            self._prot_p = False
            FTP.__init__(self, host, user, passwd, acct, timeout,
                         source_address)

        def login(self, user="", passwd="", acct="", secure=True):
            if secure and not self._secured():
                self.auth()
            return FTP.login(self, user, passwd, acct)

        def _secured(self):
            return isinstance(self.sock, ssl.SSLSocket)

        def auth(self):
            """Switch the control connection to TLS."""
            if self._secured():
                raise ValueError("Already using TLS")
            mech = "TLS" if self.ssl_version >= ssl.PROTOCOL_SSLv23 else "SSL"
            resp = self.voidcmd("AUTH " + mech)
            self.sock = self.context.wrap_socket(self.sock,
                                                 server_hostname=self.host)
            self.file = _text_reader(self.sock, self.encoding)
            return resp

        def ccc(self):
            """Go back to a clear control connection."""
            if not self._secured():
                raise ValueError("not using TLS")
            resp = self.voidcmd("CCC")
            self.sock.unwrap()
            return resp

        def _protect(self, level, private):
            resp = self.voidcmd("PROT " + level)
            self._prot_p = private
            return resp

        def prot_p(self):
            """Protect data connections with TLS."""
            self.voidcmd("PBSZ 0")
            return self._protect("P", True)

        def prot_c(self):
            """Clear data connections."""
            return self._protect("C", False)

        def ntransfercmd(self, cmd, rest=None):
            conn, size = FTP.ntransfercmd(self, cmd, rest)
            if not self._prot_p:
                return conn, size
            return self.context.wrap_socket(conn, server_hostname=self.host), size

        def abort(self):
            # No urgent data over TLS.
            self.sock.sendall(b"ABOR" + B_CRLF)
            return self._abort_reply()

    __all__.append("FTP_TLS")
