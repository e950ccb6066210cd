"""SMTP client (RFC 5321), with STARTTLS, implicit TLS and AUTH.

The project's own implementation of CPython 3.6's smtplib: the public
names, replies, exceptions and debug lines are 3.6's.
"""

import base64
import contextlib
import copy
import datetime
import hmac
import io
import re
import socket
import sys

import email.generator
import email.utils

try:
    import ssl
except ImportError:
    ssl = None

__all__ = ["SMTPException", "SMTPServerDisconnected", "SMTPResponseException",
           "SMTPSenderRefused", "SMTPRecipientsRefused", "SMTPDataError", "SMTPConnectError", "SMTPHeloError",
           "SMTPAuthenticationError", "quoteaddr", "quotedata", "SMTP"]

CRLF = "\r\n"
bCRLF = b"\r\n"
SMTP_PORT = 25
SMTP_SSL_PORT = 465
_MAXLINE = 8192

# An "AUTH=MECH ..." line, as some servers from before RFC 2554 send it.
OLDSTYLE_AUTH = re.compile(r"auth=(.*)", re.I)

_any_eol = re.compile(r"\r\n|\n|\r(?!\n)")
_leading_dot = re.compile(r"(?m)^\.")
_leading_dot_b = re.compile(br"(?m)^\.")
_keyword = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*")


# -- exceptions --------------------------------------------------------

def _args_text(args):
    # BaseException's str(), which the OSError base would otherwise replace
    # with its errno form for two-argument exceptions.
    if not args:
        return ""
    if len(args) == 1:
        return str(args[0])
    return str(args)


class SMTPException(OSError):
    """Base of this module's exceptions."""


class SMTPNotSupportedError(SMTPException):
    """The server lacks the extension a command needs."""


class SMTPServerDisconnected(SMTPException):
    """The connection is closed, or was never opened."""


class SMTPResponseException(SMTPException):
    """The server answered with an error: smtp_code and smtp_error hold it."""

    def __init__(self, code, msg):
        self.errno = None
        self.strerror = None
        self.smtp_code = code
        self.smtp_error = msg
        self.args = (code, msg)

    def __str__(self):
        return _args_text(self.args)


class SMTPSenderRefused(SMTPResponseException):
    """MAIL FROM was refused; sender is the address sent."""

    def __init__(self, code, msg, sender):
        SMTPResponseException.__init__(self, code, msg)
        self.args += (sender,)
        self.sender = sender


class SMTPRecipientsRefused(SMTPException):
    """Every recipient was refused: recipients maps each to (code, reply)."""

    def __init__(self, recipients):
        self.errno = None
        self.strerror = None
        self.recipients = recipients
        self.args = (recipients,)

    def __str__(self):
        return _args_text(self.args)


class SMTPDataError(SMTPResponseException):
    """The message data was refused."""


class SMTPConnectError(SMTPResponseException):
    """The server's greeting was not 220."""


class SMTPHeloError(SMTPResponseException):
    """Neither EHLO nor HELO was accepted."""


class SMTPAuthenticationError(SMTPResponseException):
    """The server refused the credentials or the mechanism."""


# -- address and data helpers ------------------------------------------

def quoteaddr(addrstring):
    """addrstring as the <addr> an envelope command carries."""
    if addrstring.strip() == "<>":
        return "<>"
    name, addr = email.utils.parseaddr(addrstring)
    if name or addr:
        return "<%s>" % addr
    if addrstring.strip().startswith("<"):
        return addrstring
    return "<%s>" % addrstring


def _addr_only(addrstring):
    name, addr = email.utils.parseaddr(addrstring)
    if name or addr:
        return addr
    return addrstring


def _fix_eols(text):
    return _any_eol.sub(CRLF, text)


def _quote_periods(data):
    return _leading_dot_b.sub(b"..", data)


def quotedata(data):
    """data with CRLF line ends and each leading '.' doubled."""
    return _leading_dot.sub("..", _fix_eols(data))


def _reply_line(line):
    # (code, text, continued) of one reply line; a line without a
    # numeric code is taken as the last one, with code -1.
    text = line[4:].strip(b" \t\r\n")
    try:
        code = int(line[:3])
    except ValueError:
        return -1, text, False
    return code, text, line[3:4] == b"-"


def _header_prefix(msg):
    # 'Resent-' when msg has been resent (one Resent- block), else ''.
    dates = msg.get_all("Resent-Date") or []
    if len(dates) > 1:
        raise ValueError("message has more than one 'Resent-' header block")
    return "Resent-" if dates else ""


def _split_hostport(text):
    host, _, port = text.partition(":")
    try:
        return host, int(port)
    except ValueError:
        raise OSError("nonnumeric port")


def _options_suffix(options):
    if not options:
        return ""
    return " " + " ".join(options)


# -- the client --------------------------------------------------------

class SMTP:
    """One SMTP session over a socket.

    Commands are sent with putcmd and answered by getreply; the helpers
    below (ehlo, mail, rcpt, data, sendmail, ...) return the server's
    (code, reply) pairs, reply being bytes with lines joined by '\\n'.
    """

    default_port = SMTP_PORT
    ehlo_msg = "ehlo"
    debuglevel = 0
    does_esmtp = 0
    ehlo_resp = helo_resp = None
    file = None

    def __init__(self, host="", port=0, local_hostname=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None):
        self._host, self.timeout = host, timeout
        self.source_address = source_address
        self.esmtp_features, self.command_encoding = {}, "ascii"
        if host:
            code, msg = self.connect(host, port)
            if code != 220:
                self.close()
                raise SMTPConnectError(code, msg)
        if local_hostname is None:
            local_hostname = self._own_name()
        self.local_hostname = local_hostname

    @staticmethod
    def _own_name():
        fqdn = email.utils._local_fqdn()
        if "." in fqdn:
            return fqdn
        try:
            addr = socket.gethostbyname(socket.gethostname())
        except socket.gaierror:
            addr = "127.0.0.1"
        return "[%s]" % addr

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        with contextlib.closing(self):
            try:
                code, reply = self.docmd("QUIT")
            except SMTPServerDisconnected:
                return
            if code != 221:
                raise SMTPResponseException(code, reply)

    def set_debuglevel(self, debuglevel):
        """1 traces commands and replies on stderr; 2 also stamps times."""
        self.debuglevel = debuglevel

    def _trace(self, *items):
        # Debug output, when debugging is on.
        if self.debuglevel > 0:
            self._print_debug(*items)

    def _print_debug(self, *items):
        if self.debuglevel > 1:
            items = (datetime.datetime.now().time(),) + items
        print(*items, file=sys.stderr)

    # connection

    def _get_socket(self, host, port, timeout):
        self._trace("connect: to", (host, port), self.source_address)
        return socket.create_connection((host, port), timeout,
                                        self.source_address)

    def connect(self, host="localhost", port=0, source_address=None):
        """Open the connection; returns the greeting's (code, reply).

        host may be 'name:port' when port is not given.
        """
        if source_address:
            self.source_address = source_address
        if not port and host.count(":") == 1:
            host, port = _split_hostport(host)
        port = port or self.default_port
        self._trace("connect:", (host, port))
        self.sock = self._get_socket(host, port, self.timeout)
        self.file = None
        code, msg = self.getreply()
        self._trace("connect:", repr(msg))
        return code, msg

    def send(self, s):
        """Write s (str in command_encoding, or bytes) to the server."""
        self._trace("send:", repr(s))
        sock = getattr(self, "sock", None)
        if not sock:
            raise SMTPServerDisconnected("please run connect() first")
        if isinstance(s, str):
            s = s.encode(self.command_encoding)
        try:
            sock.sendall(s)
        except OSError:
            self.close()
            raise SMTPServerDisconnected("Server not connected")

    def docmd(self, cmd, args=""):
        """Send a command and return its reply."""
        self.putcmd(cmd, args)
        return self.getreply()

    def putcmd(self, cmd, args=""):
        """Send one command line."""
        line = cmd if args == "" else cmd + " " + args
        if "\r" in line or "\n" in line:
            shown = line.replace("\n", "\\n").replace("\r", "\\r")
            raise ValueError("command and arguments contain prohibited "
                             "newline characters: " + shown)
        self.send(line + CRLF)

    def _lost(self, why):
        # The connection broke while reading a reply.
        self.close()
        return SMTPServerDisconnected("Connection unexpectedly closed" + why)

    def _read_line(self):
        if self.file is None:
            self.file = self.sock.makefile("rb")
        try:
            line = self.file.readline(_MAXLINE + 1)
        except OSError as e:
            raise self._lost(": " + str(e))
        if not line:
            raise self._lost("")
        self._trace("reply:", repr(line))
        if len(line) > _MAXLINE:
            self.close()
            raise SMTPResponseException(500, "Line too long.")
        return line

    def getreply(self):
        """Read one (possibly multi-line) reply: (code, text).

        The code is -1 when the reply does not start with a number.
        """
        texts = []
        more = True
        while more:
            code, text, more = _reply_line(self._read_line())
            texts.append(text)
        text = b"\n".join(texts)
        self._trace("reply: retcode (%s); Msg: %a" % (code, text))
        return code, text

    # greeting

    def helo(self, name=""):
        """Greet with HELO; the reply is also kept in helo_resp."""
        reply = self.docmd("helo", name or self.local_hostname)
        self.helo_resp = reply[1]
        return reply

    def ehlo(self, name=""):
        """Greet with EHLO and record the extensions the server lists."""
        self.esmtp_features = {}
        code, msg = self.docmd(self.ehlo_msg, name or self.local_hostname)
        if (code, msg) == (-1, b""):
            self.close()
            raise SMTPServerDisconnected("Server not connected")
        self.ehlo_resp = msg
        if code == 250:
            self.does_esmtp = 1
            for line in msg.decode("latin-1").split("\n")[1:]:
                self._note_feature(line)
        return code, msg

    def _note_feature(self, line):
        features = self.esmtp_features
        old = OLDSTYLE_AUTH.match(line)
        if old:
            features["auth"] = features.get("auth", "") + " " + old.group(1)
            return
        m = _keyword.match(line)
        if not m:
            return
        name = m.group(0).lower()
        params = line[m.end():].strip()
        if name == "auth":
            features["auth"] = features.get("auth", "") + " " + params
        else:
            features[name] = params

    def _need_extension(self, name, label):
        self.ehlo_or_helo_if_needed()
        if not self.has_extn(name):
            raise SMTPNotSupportedError(
                label + " extension not supported by server.")

    def has_extn(self, opt):
        """Whether the last EHLO listed extension opt (any case)."""
        return opt.lower() in self.esmtp_features

    def ehlo_or_helo_if_needed(self):
        """Greet unless already done: EHLO first, then HELO."""
        if self.helo_resp is not None or self.ehlo_resp is not None:
            return
        if 200 <= self.ehlo()[0] <= 299:
            return
        code, resp = self.helo()
        if not 200 <= code <= 299:
            raise SMTPHeloError(code, resp)

    # simple commands

    def help(self, args=""):
        """The HELP reply's text."""
        return self.docmd("help", args)[1]

    def noop(self):
        return self.docmd("noop")

    def rset(self):
        """Abort the current transaction."""
        self.command_encoding = "ascii"
        return self.docmd("rset")

    def _rset(self):
        # Reset quietly: the connection may already be gone.
        with contextlib.suppress(SMTPServerDisconnected):
            self.rset()

    def verify(self, address):
        """VRFY the address part of address."""
        return self.docmd("vrfy", _addr_only(address))

    vrfy = verify

    def expn(self, address):
        """EXPN the address part of address."""
        return self.docmd("expn", _addr_only(address))

    # the transaction

    def mail(self, sender, options=[]):
        """MAIL FROM:<sender>, with ESMTP options when the server has them."""
        suffix = ""
        if options and self.does_esmtp:
            if any(o.lower() == "smtputf8" for o in options):
                if not self.has_extn("smtputf8"):
                    raise SMTPNotSupportedError(
                        "SMTPUTF8 not supported by server")
                self.command_encoding = "utf-8"
            suffix = _options_suffix(options)
        self.putcmd("mail", "FROM:" + quoteaddr(sender) + suffix)
        return self.getreply()

    def rcpt(self, recip, options=[]):
        """RCPT TO:<recip>, with ESMTP options when the server has them."""
        suffix = ""
        if options and self.does_esmtp:
            suffix = _options_suffix(options)
        self.putcmd("rcpt", "TO:" + quoteaddr(recip) + suffix)
        return self.getreply()

    def data(self, msg):
        """DATA then msg (str or bytes), dot-stuffed and terminated."""
        self.putcmd("data")
        code, repl = self.getreply()
        self._trace("data:", (code, repl))
        if code != 354:
            raise SMTPDataError(code, repl)
        if isinstance(msg, str):
            msg = _fix_eols(msg).encode("ascii")
        body = _quote_periods(msg)
        if not body.endswith(bCRLF):
            body += bCRLF
        self.send(body + b"." + bCRLF)
        code, repl = self.getreply()
        self._trace("data:", (code, repl))
        return code, repl

    def _after_refusal(self, code):
        # 421 means the server is closing; otherwise reset the transaction.
        if code == 421:
            self.close()
        else:
            self._rset()

    def sendmail(self, from_addr, to_addrs, msg, mail_options=[],
                 rcpt_options=[]):
        """Send msg from from_addr to to_addrs (a str or a list).

        Returns the refused recipients as {addr: (code, reply)}; raises
        when the sender, every recipient or the data is refused.
        """
        self.ehlo_or_helo_if_needed()
        if isinstance(msg, str):
            msg = _fix_eols(msg).encode("ascii")
        mail_opts = []
        if self.does_esmtp:
            if self.has_extn("size"):
                mail_opts.append("size=%d" % len(msg))
            mail_opts.extend(mail_options)
        code, resp = self.mail(from_addr, mail_opts)
        if code != 250:
            self._after_refusal(code)
            raise SMTPSenderRefused(code, resp, from_addr)
        if isinstance(to_addrs, str):
            to_addrs = [to_addrs]
        refused = self._offer_recipients(to_addrs, rcpt_options)
        if len(refused) == len(to_addrs):
            self._rset()
            raise SMTPRecipientsRefused(refused)
        code, resp = self.data(msg)
        if code != 250:
            self._after_refusal(code)
            raise SMTPDataError(code, resp)
        return refused

    def _offer_recipients(self, to_addrs, options):
        # RCPT each address; the refusals.  A 421 ends the session.
        refused = {}
        for rcpt in to_addrs:
            reply = self.rcpt(rcpt, options)
            if reply[0] not in (250, 251):
                refused[rcpt] = reply
            if reply[0] == 421:
                self.close()
                raise SMTPRecipientsRefused(refused)
        return refused

    def send_message(self, msg, from_addr=None, to_addrs=None,
                     mail_options=[], rcpt_options={}):
        """sendmail for an email.message.Message.

        Sender and recipients default to the message's headers (the
        Resent- set when there is one); Bcc headers are not transmitted.
        """
        self.ehlo_or_helo_if_needed()
        prefix = _header_prefix(msg)
        if from_addr is None:
            field = prefix + "Sender"
            if field not in msg:
                field = prefix + "From"
            from_addr = email.utils.getaddresses([msg[field]])[0][1]
        if to_addrs is None:
            fields = [msg[prefix + h] for h in ("To", "Bcc", "Cc")]
            fields = [f for f in fields if f is not None]
            to_addrs = [a for _, a in email.utils.getaddresses(fields)]
        outgoing = copy.copy(msg)
        del outgoing["Bcc"]
        del outgoing["Resent-Bcc"]
        policy = None
        try:
            "".join([from_addr] + list(to_addrs)).encode("ascii")
        except UnicodeEncodeError:
            if not self.has_extn("smtputf8"):
                raise SMTPNotSupportedError(
                    "One or more source or delivery addresses require "
                    "internationalized email support, but the server does "
                    "not advertise the required SMTPUTF8 capability")
            mail_options = tuple(mail_options) + ("SMTPUTF8", "BODY=8BITMIME")
            policy = msg.policy.clone(utf8=True)
        with io.BytesIO() as out:
            email.generator.BytesGenerator(out, policy=policy).flatten(
                outgoing, linesep=CRLF)
            flat = out.getvalue()
        return self.sendmail(from_addr, to_addrs, flat, mail_options,
                             rcpt_options)

    # authentication

    def auth_cram_md5(self, challenge=None):
        """CRAM-MD5: no initial response; answers the challenge."""
        if challenge is None:
            return None
        digest = hmac.HMAC(self.password.encode("ascii"), challenge, "md5")
        return self.user + " " + digest.hexdigest()

    def auth_plain(self, challenge=None):
        """PLAIN: NUL user NUL password."""
        return "\0%s\0%s" % (self.user, self.password)

    def auth_login(self, challenge=None):
        """LOGIN: the user first, the password to the challenge."""
        if challenge is None:
            return self.user
        return self.password

    @staticmethod
    def _b64(text):
        return base64.b64encode(text.encode("ascii")).decode("ascii")

    def auth(self, mechanism, authobject, *, initial_response_ok=True):
        """Run one AUTH exchange; authobject(challenge) makes the answers."""
        mechanism = mechanism.upper()
        first = authobject() if initial_response_ok else None
        if first is None:
            code, resp = self.docmd("AUTH", mechanism)
        else:
            code, resp = self.docmd("AUTH", mechanism + " " + self._b64(first))
        if code == 334:
            challenge = base64.decodebytes(resp)
            code, resp = self.docmd(self._b64(authobject(challenge)))
        if code in (235, 503):
            return code, resp
        raise SMTPAuthenticationError(code, resp)

    _auth_order = ("CRAM-MD5", "PLAIN", "LOGIN")

    def login(self, user, password, *, initial_response_ok=True):
        """Authenticate with the best mechanism both sides know."""
        self._need_extension("auth", "SMTP AUTH")
        offered = self.esmtp_features["auth"].split()
        usable = [m for m in self._auth_order if m in offered]
        if not usable:
            raise SMTPException("No suitable authentication method found.")
        failure = None
        for mech in usable:
            self.user, self.password = user, password
            handler = getattr(self, "auth_" + mech.lower().replace("-", "_"))
            try:
                code, resp = self.auth(mech, handler,
                                       initial_response_ok=initial_response_ok)
            except SMTPAuthenticationError as e:
                failure = e
                continue
            if code in (235, 503):
                return code, resp
        raise failure

    def starttls(self, keyfile=None, certfile=None, context=None):
        """Upgrade the session to TLS; the server must be greeted again."""
        self._need_extension("starttls", "STARTTLS")
        code, reply = self.docmd("STARTTLS")
        if code != 220:
            raise SMTPResponseException(code, reply)
        if ssl is None:
            raise RuntimeError("No SSL support included in this Python")
        context = _tls_context(context, keyfile, certfile)
        self.sock = context.wrap_socket(self.sock, server_hostname=self._host)
        self.file = None
        self._forget_greeting(0)
        return code, reply

    # ending

    def close(self):
        """Drop the connection without QUIT."""
        f, self.file = self.file, None
        try:
            if f:
                f.close()
        finally:
            sock, self.sock = getattr(self, "sock", None), None
            if sock:
                sock.close()

    def quit(self):
        """QUIT, forget the greeting, and close."""
        reply = self.docmd("quit")
        self._forget_greeting(False)
        self.close()
        return reply

    def _forget_greeting(self, esmtp_flag):
        # After QUIT or STARTTLS the server must be greeted afresh.
        self.esmtp_features = {}
        self.helo_resp = self.ehlo_resp = None
        self.does_esmtp = esmtp_flag


def _tls_context(context, keyfile, certfile):
    # The context to use: the given one, or a default one built from the
    # deprecated key/cert file arguments (which exclude a context).
    if context is not None:
        if keyfile is not None:
            raise ValueError(
                "context and keyfile arguments are mutually exclusive")
        if certfile is not None:
            raise ValueError(
                "context and certfile arguments are mutually exclusive")
        return context
    if keyfile is not None or certfile is not None:
        import warnings
        warnings.warn("keyfile and certfile are deprecated, use a "
                      "custom context instead", DeprecationWarning, 3)
    return ssl._create_stdlib_context(certfile=certfile, keyfile=keyfile)


if ssl is not None:

    class SMTP_SSL(SMTP):
        """SMTP over a connection that is TLS from the start (port 465)."""

        default_port = SMTP_SSL_PORT

        def __init__(self, host="", port=0, local_hostname=None,
                     keyfile=None, certfile=None,
                     timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                     source_address=None, context=None):
            self.context = _tls_context(context, keyfile, certfile)
            self.keyfile = keyfile
            self.certfile = certfile
            SMTP.__init__(self, host, port, local_hostname, timeout,
                          source_address)

        def _get_socket(self, host, port, timeout):
            raw = SMTP._get_socket(self, host, port, timeout)
            return self.context.wrap_socket(raw, server_hostname=self._host)

    __all__.append("SMTP_SSL")


LMTP_PORT = 2003


class LMTP(SMTP):
    """LMTP (RFC 2033): LHLO instead of EHLO, and a Unix socket when the
    host starts with '/'."""

    ehlo_msg = "lhlo"

    def connect(self, host="localhost", port=0, source_address=None):
        """As SMTP.connect; a host starting with '/' is a Unix socket."""
        if host[:1] != "/":
            return SMTP.connect(self, host, port, source_address=source_address)
        self.file = None
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self.sock.connect(host)
        except OSError:
            self._trace("connect fail:", host)
            sock, self.sock = self.sock, None
            sock.close()
            raise
        code, msg = self.getreply()
        self._trace("connect:", msg)
        return code, msg

    def __init__(self, host="", port=LMTP_PORT, local_hostname=None,
                 source_address=None):
        SMTP.__init__(self, host, port, local_hostname=local_hostname,
                      source_address=source_address)
