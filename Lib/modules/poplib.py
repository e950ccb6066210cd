"""POP3 client (RFC 1939), with STLS (RFC 2595) and implicit TLS.

The project's own implementation of CPython 3.6's poplib: names,
replies, exceptions and debug lines are 3.6's.  Replies are bytes
without their line end; multi-line replies come back as
(status, [lines], octets) with dot-stuffing undone.
"""

import errno
import hashlib
import re
import socket

try:
    import ssl
except ImportError:
    ssl = None
HAVE_SSL = ssl is not None

__all__ = ["POP3", "error_proto"]


class error_proto(Exception):
    """A -ERR reply, or a reply the protocol does not allow."""


POP3_PORT = 110
POP3_SSL_PORT = 995
CR = b"\r"
LF = b"\n"
CRLF = CR + LF
_MAXLINE = 2048

# The greeting's <timestamp> that APOP digests.
_GREETING_STAMP = re.compile(br"\+OK.[^<]*(<.*>)")


def _strip_eol(line):
    # line without its CRLF, LF or (for a line starting with CR) last byte.
    if line.endswith(CRLF):
        return line[:-2]
    if line.startswith(CR):
        return line[1:-1]
    return line[:-1]


def _tls_context(context, keyfile, certfile):
    # The given context, or a default one from the deprecated files.
    for value, label in ((keyfile, "keyfile"), (certfile, "certfile")):
        if context is not None and value is not None:
            raise ValueError("context and %s arguments are mutually exclusive"
                             % label)
    if context is not None:
        return context
    if keyfile is not None or certfile is not None:
        import warnings
        warnings.warn("keyfile and certfile are deprecated, use a "
                      "custom context instead", DeprecationWarning, 3)
    return ssl._create_stdlib_context(certfile=certfile, keyfile=keyfile)


class POP3:
    """A POP3 session; the greeting is read on construction."""

    encoding = "UTF-8"

    def __init__(self, host, port=POP3_PORT,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        self.host, self.port = host, port
        self._tls_established = False
        self._debugging = 0
        self.sock = self._create_socket(timeout)
        self.file = self.sock.makefile("rb")
        self.welcome = self._getresp()

    def _create_socket(self, timeout):
        return socket.create_connection((self.host, self.port), timeout)

    def set_debuglevel(self, level):
        """1 prints commands; 2 also prints every line sent and read."""
        self._debugging = level

    def _debug(self, level, tag, value):
        if self._debugging >= level:
            print(tag, repr(value))

    # the wire

    def _putline(self, line):
        self._debug(2, "*put*", line)
        self.sock.sendall(line + CRLF)

    def _putcmd(self, line):
        self._debug(1, "*cmd*", line)
        self._putline(line.encode(self.encoding))

    def _getline(self):
        """(line without its end, bytes read)."""
        raw = self.file.readline(_MAXLINE + 1)
        if len(raw) > _MAXLINE:
            raise error_proto("line too long")
        self._debug(2, "*get*", raw)
        if not raw:
            raise error_proto("-ERR EOF")
        return _strip_eol(raw), len(raw)

    def _getresp(self):
        """A status line; -ERR (anything but +) raises error_proto."""
        status = self._getline()[0]
        self._debug(2, "*resp*", status)
        if status[:1] != b"+":
            raise error_proto(status)
        return status

    def _getlongresp(self):
        """(status, lines up to the lone '.', their octets)."""
        status = self._getresp()
        lines = []
        total = 0
        while True:
            line, size = self._getline()
            if line == b".":
                return status, lines, total
            if line[:2] == b"..":
                line = line[1:]
                size -= 1
            lines.append(line)
            total += size

    def _exchange(self, line, read_reply):
        self._putcmd(line)
        return read_reply()

    def _shortcmd(self, line):
        """Send a command; its status line."""
        return self._exchange(line, self._getresp)

    def _longcmd(self, line):
        """Send a command; its multi-line reply."""
        return self._exchange(line, self._getlongresp)

    # commands

    def user(self, user):
        return self._shortcmd("USER %s" % user)

    def getwelcome(self):
        return self.welcome

    def pass_(self, pswd):
        return self._shortcmd("PASS %s" % pswd)

    def stat(self):
        """(message count, mailbox size)."""
        fields = self._shortcmd("STAT").split()
        self._debug(1, "*stat*", fields)
        return int(fields[1]), int(fields[2])

    def list(self, which=None):
        """The scan listing of every message, or message which's line."""
        if which is None:
            return self._longcmd("LIST")
        return self._shortcmd("LIST %s" % which)

    def retr(self, which):
        return self._longcmd("RETR %s" % which)

    def dele(self, which):
        return self._shortcmd("DELE %s" % which)

    def noop(self):
        return self._shortcmd("NOOP")

    def rset(self):
        return self._shortcmd("RSET")

    def rpop(self, user):
        return self._shortcmd("RPOP %s" % user)

    def top(self, which, howmuch):
        """The headers and first howmuch body lines of message which."""
        return self._longcmd("TOP %s %s" % (which, howmuch))

    def uidl(self, which=None):
        """Unique ids of every message, or of message which."""
        if which is None:
            return self._longcmd("UIDL")
        return self._shortcmd("UIDL %s" % which)

    def utf8(self):
        return self._shortcmd("UTF8")

    def apop(self, user, password):
        """Log in with the MD5 of the greeting's timestamp and password."""
        found = _GREETING_STAMP.match(self.welcome)
        if found is None:
            raise error_proto("-ERR APOP not supported by server")
        secret = found.group(1) + password.encode(self.encoding)
        return self._shortcmd("APOP %s %s"
                              % (user, hashlib.md5(secret).hexdigest()))

    def capa(self):
        """{capability: [arguments]} from CAPA."""
        try:
            listing = self._longcmd("CAPA")[1]
        except error_proto:
            raise error_proto("-ERR CAPA not supported by server")
        caps = {}
        for line in listing:
            words = line.decode("ascii").split()
            caps[words[0]] = words[1:]
        return caps

    def stls(self, context=None):
        """Switch the session to TLS (the server must list STLS)."""
        if not HAVE_SSL:
            raise error_proto("-ERR TLS support missing")
        if self._tls_established:
            raise error_proto("-ERR TLS session already established")
        if "STLS" not in self.capa():
            raise error_proto("-ERR STLS not supported by server")
        if context is None:
            context = ssl._create_stdlib_context()
        status = self._shortcmd("STLS")
        self.sock = context.wrap_socket(self.sock, server_hostname=self.host)
        self.file = self.sock.makefile("rb")
        self._tls_established = True
        return status

    # ending

    def quit(self):
        """QUIT (the server commits deletions) and close."""
        status = self._shortcmd("QUIT")
        self.close()
        return status

    def close(self):
        """Close the connection without QUIT; safe to repeat."""
        f, self.file = self.file, None
        sock, self.sock = self.sock, None
        try:
            if f is not None:
                f.close()
        finally:
            if sock is not None:
                _shut(sock)


def _shut(sock):
    # Shut both directions down, then close; a socket that is no longer
    # connected is no error.
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError as e:
        if e.errno != errno.ENOTCONN and getattr(e, "winerror", 0) != 10022:
            raise
    finally:
        sock.close()


if HAVE_SSL:

    class POP3_SSL(POP3):
        """POP3 over a connection that is TLS from the start (port 995)."""

        def __init__(self, host, port=POP3_SSL_PORT, keyfile=None,
                     certfile=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                     context=None):
            self.context = _tls_context(context, keyfile, certfile)
            self.keyfile, self.certfile = keyfile, certfile
            POP3.__init__(self, host, port, timeout)

        def _create_socket(self, timeout):
            raw = POP3._create_socket(self, timeout)
            return self.context.wrap_socket(raw, server_hostname=self.host)

        def stls(self, keyfile=None, certfile=None, context=None):
            """Always an error: the session is TLS already."""
            raise error_proto("-ERR TLS session already established")

    __all__.append("POP3_SSL")
