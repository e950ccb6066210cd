"""IMAP4 client (RFC 3501), as CPython 3.6's imaplib.

IMAP4 talks to a server over a plain socket, IMAP4_SSL over TLS and
IMAP4_stream through the standard input and output of a command. Each
command method returns (type, data): type is the server's completion
('OK', 'NO', ...) and data a list of the untagged response items the
command produced, bytes or (header, literal) tuples. A 'BAD' completion
raises IMAP4.error, a broken connection IMAP4.abort.

This is the project's own implementation, written from the documented
behaviour.
"""

import binascii, calendar, errno, random, re, socket, subprocess, sys, time
from datetime import datetime, timedelta, timezone
from io import DEFAULT_BUFFER_SIZE

__all__ = ["IMAP4", "IMAP4_stream", "Internaldate2tuple",
           "Int2AP", "ParseFlags", "Time2Internaldate"]
__version__ = "2.58"

try:
    import ssl
except ImportError:
    ssl = None
HAVE_SSL = ssl is not None

IMAP4_PORT, IMAP4_SSL_PORT = 143, 993
CRLF = b'\r\n'
Debug = 0
AllowedVersions = ('IMAP4REV1', 'IMAP4')

# The longest line read from the server (guards against a server that
# never ends a line).
_MAXLINE = 1000000

_NONAUTH, _AUTH, _SELECTED, _LOGOUT = 'NONAUTH', 'AUTH', 'SELECTED', 'LOGOUT'
_ANY = (_NONAUTH, _AUTH, _SELECTED, _LOGOUT)
_OPEN = (_AUTH, _SELECTED)

# The states in which each command may be sent.
Commands = {
    'APPEND': _OPEN,
    'AUTHENTICATE': (_NONAUTH,),
    'CAPABILITY': _ANY,
    'CHECK': (_SELECTED,),
    'CLOSE': (_SELECTED,),
    'COPY': (_SELECTED,),
    'CREATE': _OPEN,
    'DELETE': _OPEN,
    'DELETEACL': _OPEN,
    'ENABLE': (_AUTH,),
    'EXAMINE': _OPEN,
    'EXPUNGE': (_SELECTED,),
    'FETCH': (_SELECTED,),
    'GETACL': _OPEN,
    'GETANNOTATION': _OPEN,
    'GETQUOTA': _OPEN,
    'GETQUOTAROOT': _OPEN,
    'MYRIGHTS': _OPEN,
    'LIST': _OPEN,
    'LOGIN': (_NONAUTH,),
    'LOGOUT': _ANY,
    'LSUB': _OPEN,
    'MOVE': (_SELECTED,),
    'NAMESPACE': _OPEN,
    'NOOP': _ANY,
    'PARTIAL': (_SELECTED,),
    'PROXYAUTH': (_AUTH,),
    'RENAME': _OPEN,
    'SEARCH': (_SELECTED,),
    'SELECT': _OPEN,
    'SETACL': _OPEN,
    'SETANNOTATION': _OPEN,
    'SETQUOTA': _OPEN,
    'SORT': (_SELECTED,),
    'STARTTLS': (_NONAUTH,),
    'STATUS': _OPEN,
    'STORE': (_SELECTED,),
    'SUBSCRIBE': _OPEN,
    'THREAD': (_SELECTED,),
    'UID': (_SELECTED,),
    'UNSUBSCRIBE': _OPEN,
}

Continuation = re.compile(br'\+( (?P<data>.*))?')
Flags = re.compile(br'.*FLAGS \((?P<flags>[^\)]*)\)')
InternalDate = re.compile(
    br'.*INTERNALDATE "'
    br'(?P<day>[ 0123][0-9])-(?P<mon>[A-Z][a-z][a-z])-(?P<year>[0-9][0-9][0-9][0-9])'
    br' (?P<hour>[0-9][0-9]):(?P<min>[0-9][0-9]):(?P<sec>[0-9][0-9])'
    br' (?P<zonen>[-+])(?P<zoneh>[0-9][0-9])(?P<zonem>[0-9][0-9])'
    br'"')
_Literal = br'.*{(?P<size>\d+)}$'
Literal = re.compile(_Literal, re.ASCII)
MapCRLF = re.compile(br'\r\n|\r|\n')
Response_code = re.compile(br'\[(?P<type>[A-Z-]+)( (?P<data>.*))?\]')
Untagged_response = re.compile(br'\* (?P<type>[A-Z-]+)( (?P<data>.*))?')
_Untagged_status = br'\* (?P<data>\d+) (?P<type>[A-Z-]+)( (?P<data2>.*))?'
Untagged_status = re.compile(_Untagged_status, re.ASCII)


def _in_parens(text):
    # A parenthesized list as given, or text put in parentheses.
    if (text[0], text[-1]) == ('(', ')'):
        return text
    return '(%s)' % text


class IMAP4:
    """A connection to an IMAP4 server: IMAP4(host='', port=143).

    The greeting is read and the server's capabilities asked for at
    construction. Every command of RFC 3501 (and a few extensions) is a
    method named after it in lower case; unknown commands go through
    xatom(). Responses not consumed by a command stay in
    untagged_responses and can be taken with response().
    """

    class error(Exception):
        pass

    class abort(error):
        pass

    class readonly(abort):
        pass

    def __init__(self, host='', port=IMAP4_PORT):
        self.debug = Debug
        self._tls_established = self.is_readonly = False
        self.state, self.literal, self.tagnum = _LOGOUT, None, 0
        self.untagged_responses, self.tagged_commands = {}, {}
        self.continuation_response = ''
        self._set_utf8(False)
        self.open(host, port)
        try:
            self._connect()
        except Exception:
            self._close_quietly()
            raise

    def _close_quietly(self):
        # Used when the greeting fails: the socket must not stay open.
        try:
            self.shutdown()
        except OSError:
            pass

    def _set_utf8(self, on):
        # RFC 6855: after ENABLE UTF8=ACCEPT commands and literals are
        # UTF-8 and the patterns no longer restrict \d to ASCII.
        flags = 0 if on else re.ASCII
        self.utf8_enabled = on
        self._encoding = 'utf-8' if on else 'ascii'
        self.Untagged_status = re.compile(_Untagged_status, flags)
        self.Literal = re.compile(_Literal, flags)

    def _mode_ascii(self):
        self._set_utf8(False)

    def _mode_utf8(self):
        self._set_utf8(True)

    def _connect(self):
        # Tags are a random prefix of letters A-P followed by a counter.
        self.tagpre = Int2AP(random.randint(4096, 65535))
        pattern = b''.join([br'(?P<tag>', self.tagpre, br'\d+) (?P<type>[A-Z]+) (?P<data>.*)'])
        self.tagre = re.compile(pattern, re.ASCII)
        self.welcome = self._get_response()
        greeted = self.untagged_responses
        if 'PREAUTH' not in greeted and 'OK' not in greeted:
            raise self.error(self.welcome)
        self.state = _AUTH if 'PREAUTH' in greeted else _NONAUTH
        self._get_capabilities()
        known = [v for v in AllowedVersions if v in self.capabilities]
        if not known:
            raise self.error('server not IMAP4 compliant')
        self.PROTOCOL_VERSION = known[0]

    def __getattr__(self, attr):
        """Upper-case command names (m.FETCH) are aliases of the
        methods."""
        if attr not in Commands:
            raise AttributeError("Unknown IMAP4 command: '%s'" % attr)
        return getattr(self, attr.lower())

    # -- transport; subclasses replace these ------------------------------

    def _create_socket(self):
        # IMAP4_SSL wraps what this returns. The default host '' means
        # the local machine, which getaddrinfo() spells None.
        return socket.create_connection((self.host or None, self.port))

    def open(self, host='', port=IMAP4_PORT):
        """Connect to host:port; called by the constructor."""
        self.host, self.port = host, port
        self.sock = self._create_socket()
        self.file = self.sock.makefile('rb')

    def send(self, data):
        """Send data to the server."""
        self.sock.sendall(data)

    def readline(self):
        """Read one line from the server (at most _MAXLINE bytes)."""
        line = self.file.readline(_MAXLINE + 1)
        if len(line) <= _MAXLINE:
            return line
        raise self.error('got more than %d bytes' % _MAXLINE)

    def read(self, size):
        """Read size bytes from the server."""
        return self.file.read(size)

    def shutdown(self):
        """Close the connection."""
        self.file.close()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError as exc:
            # A peer that already went away is no error here.
            gone = exc.errno == errno.ENOTCONN or getattr(exc, 'winerror', 0) == 10022
            if not gone:
                raise
        finally:
            self.sock.close()

    def socket(self):
        """The socket the connection runs over (None for a stream)."""
        return self.sock

    # -- responses kept from earlier commands ------------------------------

    def recent(self):
        """Return ('OK', [count or None]) for the RECENT responses seen,
        sending a NOOP first when none was."""
        typ, dat = self._untagged_response('OK', [None], 'RECENT')
        if dat[-1]:
            return typ, dat
        typ, dat = self.noop()
        return self._untagged_response(typ, dat, 'RECENT')

    def response(self, code):
        """Take the data kept for the response code (upper-cased)."""
        return self._untagged_response(code, [None], code.upper())

    # -- commands ------------------------------------------------------------

    def append(self, mailbox, flags, date_time, message):
        """Append message (bytes) to mailbox, with optional flags and
        internal date."""
        args = (mailbox or 'INBOX', _in_parens(flags) if flags else None,
                Time2Internaldate(date_time) if date_time else None)
        # Line ends in the message are made CRLF, as the protocol wants.
        body = MapCRLF.sub(CRLF, message)
        self.literal = b'UTF8 (' + body + b')' if self.utf8_enabled else body
        return self._simple_command('APPEND', *args)

    def authenticate(self, mechanism, authobject):
        """Authenticate with SASL mechanism; authobject(challenge) returns
        each answer (bytes or str) or None to abort."""
        self.literal = _Authenticator(authobject).process
        result = self._simple_command('AUTHENTICATE', mechanism.upper())
        if result[0] != 'OK':
            raise self.error(result[1][-1].decode('utf-8', 'replace'))
        self.state = _AUTH
        return result

    def capability(self):
        """Ask for the server's capabilities."""
        return self._ask('CAPABILITY', 'CAPABILITY')

    def check(self):
        """Ask for a checkpoint of the selected mailbox."""
        return self._simple_command('CHECK')

    def close(self):
        """Close the selected mailbox (deleted messages are removed)."""
        try:
            typ, dat = self._simple_command('CLOSE')
        finally:
            self.state = _AUTH
        return typ, dat

    def copy(self, message_set, new_mailbox):
        """Copy messages to new_mailbox."""
        return self._simple_command('COPY', message_set, new_mailbox)

    def create(self, mailbox):
        """Create a mailbox."""
        return self._simple_command('CREATE', mailbox)

    def delete(self, mailbox):
        """Delete a mailbox."""
        return self._simple_command('DELETE', mailbox)

    def deleteacl(self, mailbox, who):
        """Remove the ACL entries of who on mailbox."""
        return self._simple_command('DELETEACL', mailbox, who)

    def enable(self, capability):
        """Send ENABLE (RFC 5161); UTF8=ACCEPT switches to UTF-8."""
        if 'ENABLE' in self.capabilities:
            result = self._simple_command('ENABLE', capability)
            if result[0] == 'OK' and 'UTF8=ACCEPT' in capability.upper():
                self._set_utf8(True)
            return result
        raise IMAP4.error("Server does not support ENABLE")

    def expunge(self):
        """Remove deleted messages; data lists their numbers."""
        return self._ask('EXPUNGE', 'EXPUNGE')

    def fetch(self, message_set, message_parts):
        """Fetch message_parts, e.g. '(UID BODY[TEXT])', of messages."""
        return self._ask('FETCH', 'FETCH', message_set, message_parts)

    def getacl(self, mailbox):
        """Get the ACLs of mailbox."""
        return self._ask('ACL', 'GETACL', mailbox)

    def getannotation(self, mailbox, entry, attribute):
        """Get annotations of mailbox."""
        return self._ask('ANNOTATION', 'GETANNOTATION', mailbox, entry, attribute)

    def getquota(self, root):
        """Get the quota of root."""
        return self._ask('QUOTA', 'GETQUOTA', root)

    def getquotaroot(self, mailbox):
        """Get the quota roots of mailbox: data is [roots, quotas]."""
        typ, dat = self._simple_command('GETQUOTAROOT', mailbox)
        typ, quotas = self._untagged_response(typ, dat, 'QUOTA')
        typ, roots = self._untagged_response(typ, dat, 'QUOTAROOT')
        return typ, [roots, quotas]

    def list(self, directory='""', pattern='*'):
        """List the mailboxes matching pattern under directory."""
        return self._ask('LIST', 'LIST', directory, pattern)

    def login(self, user, password):
        """Log in with a plain-text password (sent quoted)."""
        typ, dat = self._simple_command('LOGIN', user, self._quote(password))
        if typ != 'OK':
            raise self.error(dat[-1])
        self.state = _AUTH
        return typ, dat

    def login_cram_md5(self, user, password):
        """Log in with the CRAM-MD5 mechanism."""
        self.user, self.password = user, password
        return self.authenticate('CRAM-MD5', self._CRAM_MD5_AUTH)

    def _CRAM_MD5_AUTH(self, challenge):
        import hmac
        key = self.password
        if isinstance(key, str):
            key = key.encode('utf-8')
        return self.user + " " + hmac.HMAC(key, challenge, 'md5').hexdigest()

    def logout(self):
        """Log out and close the connection; returns the BYE response."""
        self.state = _LOGOUT
        try:
            typ, dat = self._simple_command('LOGOUT')
        except:
            typ, dat = 'NO', ['%s: %s' % sys.exc_info()[:2]]
        self.shutdown()
        bye = self.untagged_responses.get('BYE')
        return ('BYE', bye) if 'BYE' in self.untagged_responses else (typ, dat)

    def lsub(self, directory='""', pattern='*'):
        """List the subscribed mailboxes matching pattern."""
        return self._ask('LSUB', 'LSUB', directory, pattern)

    def myrights(self, mailbox):
        """Show the rights of the user on mailbox."""
        return self._ask('MYRIGHTS', 'MYRIGHTS', mailbox)

    def namespace(self):
        """Ask for the namespaces (RFC 2342)."""
        return self._ask('NAMESPACE', 'NAMESPACE')

    def noop(self):
        """Send NOOP (keeps the connection, collects pending updates)."""
        return self._simple_command('NOOP')

    def partial(self, message_num, message_part, start, length):
        """Fetch part of a message (obsolete PARTIAL command)."""
        return self._ask('FETCH', 'PARTIAL', message_num, message_part, start, length)

    def proxyauth(self, user):
        """Act as user (PROXYAUTH extension)."""
        return self._simple_command('PROXYAUTH', user)

    def rename(self, oldmailbox, newmailbox):
        """Rename a mailbox."""
        return self._simple_command('RENAME', oldmailbox, newmailbox)

    def search(self, charset, *criteria):
        """Search the selected mailbox; data is the list of numbers."""
        if not charset:
            return self._ask('SEARCH', 'SEARCH', *criteria)
        if self.utf8_enabled:
            raise IMAP4.error("Non-None charset not valid in UTF8 mode")
        return self._ask('SEARCH', 'SEARCH', 'CHARSET', charset, *criteria)

    def select(self, mailbox='INBOX', readonly=False):
        """Select (or, with readonly, examine) a mailbox; data is the
        message count from EXISTS."""
        self.untagged_responses = {}
        self.is_readonly = readonly
        name = 'EXAMINE' if readonly else 'SELECT'
        typ, dat = self._simple_command(name, mailbox)
        if typ != 'OK':
            self.state = _AUTH
            return typ, dat
        self.state = _SELECTED
        if 'READ-ONLY' in self.untagged_responses and not readonly:
            raise self.readonly('%s is not writable' % mailbox)
        return typ, self.untagged_responses.get('EXISTS', [None])

    def setacl(self, mailbox, who, what):
        """Set the rights of who on mailbox."""
        return self._simple_command('SETACL', mailbox, who, what)

    def setannotation(self, *args):
        """Set annotations (ANNOTATEMORE extension)."""
        return self._ask('ANNOTATION', 'SETANNOTATION', *args)

    def setquota(self, root, limits):
        """Set the quota of root."""
        return self._ask('QUOTA', 'SETQUOTA', root, limits)

    def sort(self, sort_criteria, charset, *search_criteria):
        """Sorted search (SORT extension)."""
        sort_criteria = _in_parens(sort_criteria)
        return self._ask('SORT', 'SORT', sort_criteria, charset, *search_criteria)

    def starttls(self, ssl_context=None):
        """Upgrade the connection to TLS (STARTTLS) and ask for the
        capabilities again."""
        if ssl is None:
            raise self.error('SSL support missing')
        problem = None
        if self._tls_established:
            problem = 'TLS session already established'
        elif 'STARTTLS' not in self.capabilities:
            problem = 'TLS not supported by server'
        if problem:
            raise self.abort(problem)
        if ssl_context is None:
            ssl_context = ssl._create_stdlib_context()
        typ, dat = self._simple_command('STARTTLS')
        if typ != 'OK':
            raise self.error("Couldn't establish TLS session")
        self.sock = ssl_context.wrap_socket(self.sock, server_hostname=self.host)
        self.file = self.sock.makefile('rb')
        self._tls_established = True
        self._get_capabilities()
        return self._untagged_response(typ, dat, 'STARTTLS')

    def status(self, mailbox, names):
        """Ask for status items, e.g. '(MESSAGES UNSEEN)', of mailbox."""
        return self._ask('STATUS', 'STATUS', mailbox, names)

    def store(self, message_set, command, flags):
        """Change flags of messages; command is e.g. '+FLAGS'."""
        flags = _in_parens(flags)
        return self._ask('FETCH', 'STORE', message_set, command, flags)

    def subscribe(self, mailbox):
        """Subscribe to a mailbox."""
        return self._simple_command('SUBSCRIBE', mailbox)

    def thread(self, threading_algorithm, charset, *search_criteria):
        """Threaded search (THREAD extension)."""
        return self._ask('THREAD', 'THREAD', threading_algorithm, charset, *search_criteria)

    def uid(self, command, *args):
        """Run command (COPY, FETCH, SEARCH, STORE, ...) with UIDs in place
        of message numbers."""
        command = command.upper()
        if command not in Commands:
            raise self.error("Unknown IMAP4 UID command: %s" % command)
        self._require_state(command)
        # Searches answer with their own response; the rest with FETCH.
        kind = command if command in ('SEARCH', 'SORT', 'THREAD') else 'FETCH'
        return self._ask(kind, 'UID', command, *args)

    def unsubscribe(self, mailbox):
        """Unsubscribe from a mailbox."""
        return self._simple_command('UNSUBSCRIBE', mailbox)

    def xatom(self, name, *args):
        """Send a command this class does not know, allowed in the
        current state."""
        name = name.upper()
        if name not in Commands:
            Commands[name] = (self.state,)
        return self._simple_command(name, *args)

    # -- the protocol engine -------------------------------------------------

    def _ask(self, kind, name, *args):
        # Run a command and take the untagged responses of type kind.
        typ, dat = self._simple_command(name, *args)
        return self._untagged_response(typ, dat, kind)

    def _require_state(self, name):
        allowed = Commands[name]
        if self.state not in allowed:
            raise self.error('command %s illegal in state %s, only allowed in states %s'
                             % (name, self.state, ', '.join(allowed)))

    def _append_untagged(self, typ, dat):
        if dat is None:
            dat = b''
        self.untagged_responses.setdefault(typ, []).append(dat)

    def _check_bye(self):
        # After a BYE the server closes the connection: report it.
        said = self.untagged_responses.get('BYE') or [None]
        if said[-1] is not None:
            raise self.abort(said[-1].decode(self._encoding, 'replace'))

    def _command(self, name, *args):
        # Send a command; with self.literal set, wait for each
        # continuation request and answer it. Returns the tag.
        if self.state not in Commands[name]:
            self.literal = None
            self._require_state(name)
        for kind in ('OK', 'NO', 'BAD'):
            self.untagged_responses.pop(kind, None)
        if 'READ-ONLY' in self.untagged_responses and not self.is_readonly:
            raise self.readonly('mailbox status changed to READ-ONLY')
        tag = self._new_tag()
        parts = [tag, bytes(name, self._encoding)]
        for arg in args:
            if arg is None:
                continue
            if isinstance(arg, str):
                arg = bytes(arg, self._encoding)
            parts.append(arg)
        line = b' '.join(parts)
        literal = self.literal
        answer = None
        if literal is not None:
            self.literal = None
            if callable(literal):
                answer = literal
            else:
                line += bytes(' {%d}' % len(literal), self._encoding)
        self._transmit(line + CRLF)
        if literal is None:
            return tag
        # Each continuation request ('+ ...') gets the literal, or for an
        # authenticator its answer to the challenge, until the command
        # completes.
        while True:
            while self._get_response():
                if self.tagged_commands[tag]:
                    return tag
            if answer is not None:
                literal = answer(self.continuation_response)
            self._transmit(literal, CRLF)
            if answer is None:
                return tag

    def _transmit(self, *chunks):
        # Send each chunk; a socket error aborts the connection.
        try:
            for chunk in chunks:
                self.send(chunk)
        except OSError as exc:
            raise self.abort('socket error: %s' % exc)

    def _command_complete(self, name, tag):
        # Wait for the completion of tag; failures name the command. A
        # BYE before or with the completion aborts, except for LOGOUT.
        watch_bye = name != 'LOGOUT'
        if watch_bye:
            self._check_bye()
        try:
            typ, data = self._get_tagged_response(tag)
        except self.error as exc:
            kind = self.abort if isinstance(exc, self.abort) else self.error
            raise kind('command: %s => %s' % (name, exc))
        if watch_bye:
            self._check_bye()
        if typ != 'BAD':
            return typ, data
        raise self.error('%s command error: %s %s' % (name, typ, data))

    def _get_capabilities(self):
        said = self.capability()[1]
        if said == [None]:
            raise self.error('no CAPABILITY response from server')
        self.capabilities = tuple(str(said[-1], self._encoding).upper().split())

    def _get_response(self):
        # Read one response. A tagged one completes its command; an
        # untagged one (with any literals it announces) is kept under its
        # type; a continuation request returns None.
        resp = self._get_line()
        tagged = self._match(self.tagre, resp)
        if tagged:
            found = self.mo
            if found.group('tag') not in self.tagged_commands:
                raise self.abort('unexpected tagged response: %r' % resp)
            typ = str(found.group('type'), self._encoding)
            dat = found.group('data')
            self.tagged_commands[found.group('tag')] = (typ, [dat])
        else:
            # "* TYPE data", or "* 12 TYPE data" (a number first).
            found = Untagged_response.match(resp)
            numbered = None if found else self.Untagged_status.match(resp)
            if found is None and numbered is None:
                if self._match(Continuation, resp):
                    self.continuation_response = self.mo.group('data')
                    return None
                raise self.abort("unexpected response: %r" % resp)
            found = found or numbered
            typ = str(found.group('type'), self._encoding)
            dat = found.group('data') or b''
            if numbered is not None and numbered.group('data2'):
                dat += b' ' + numbered.group('data2')
            while self._match(self.Literal, dat):
                size = int(self.mo.group('size'))
                body = self.read(size)
                self._append_untagged(typ, (dat, body))
                dat = self._get_line()
            self._append_untagged(typ, dat)
        # A response code in brackets ([READ-ONLY], [APPENDUID ...]), in
        # a tagged or an untagged status, is kept under its own name.
        if typ in ('OK', 'NO', 'BAD') and self._match(Response_code, dat):
            code = str(self.mo.group('type'), self._encoding)
            self._append_untagged(code, self.mo.group('data'))
        return resp

    def _get_tagged_response(self, tag):
        while True:
            done = self.tagged_commands[tag]
            if done is not None:
                del self.tagged_commands[tag]
                return done
            # A BYE means the server is closing: report it rather than
            # wait for a completion that will not come.
            self._check_bye()
            self._get_response()

    def _get_line(self):
        # One line without its CRLF; the protocol ends every line so.
        line = self.readline()
        if line.endswith(CRLF):
            return line[:-2]
        if line:
            raise self.abort('socket error: unterminated line: %r' % line)
        raise self.abort('socket error: EOF')

    def _match(self, cre, s):
        # The match object stays in self.mo for the caller.
        self.mo = cre.match(s)
        return self.mo is not None

    def _new_tag(self):
        tag = self.tagpre + str(self.tagnum).encode(self._encoding)
        self.tagged_commands[tag] = None
        self.tagnum += 1
        return tag

    def _quote(self, arg):
        # A quoted string: backslashes and double quotes escaped.
        return '"' + arg.replace('\\', '\\\\').replace('"', '\\"') + '"'

    def _simple_command(self, name, *args):
        # Send a command and wait for its completion.
        return self._command_complete(name, self._command(name, *args))

    def _untagged_response(self, typ, dat, name):
        # The data kept under name (taken out), unless the command
        # failed with NO, whose text is returned instead.
        if typ == 'NO':
            return typ, dat
        return typ, self.untagged_responses.pop(name, [None])

    def __enter__(self):
        """The connection itself; leaving the block logs out."""
        return self

    def __exit__(self, *args):
        """Log out unless already logged out; socket errors are ignored."""
        if self.state != _LOGOUT:
            try:
                self.logout()
            except OSError:
                pass


if HAVE_SSL:

    class IMAP4_SSL(IMAP4):
        """IMAP4 over TLS: IMAP4_SSL(host='', port=993, keyfile=None,
        certfile=None, ssl_context=None). keyfile and certfile (a client
        certificate) are deprecated in favour of ssl_context."""

        def __init__(self, host='', port=IMAP4_SSL_PORT, keyfile=None,
                     certfile=None, ssl_context=None):
            if ssl_context is not None:
                for what, value in (('keyfile', keyfile), ('certfile', certfile)):
                    if value is not None:
                        raise ValueError('ssl_context and %s arguments are '
                                         'mutually exclusive' % what)
            self.keyfile, self.certfile = keyfile, certfile
            if ssl_context is None:
                if (keyfile, certfile) != (None, None):
                    import warnings
                    warnings.warn('keyfile and certfile are deprecated, use a '
                                  'custom ssl_context instead', DeprecationWarning, 2)
                # Like 3.6: no certificate verification by default.
                ssl_context = ssl._create_stdlib_context(certfile=certfile, keyfile=keyfile)
            self.ssl_context = ssl_context
            IMAP4.__init__(self, host, port)

        def _create_socket(self):
            raw = IMAP4._create_socket(self)
            return self.ssl_context.wrap_socket(raw, server_hostname=self.host)

        def open(self, host='', port=IMAP4_SSL_PORT):
            """Connect to host:port over TLS."""
            IMAP4.open(self, host, port)

    __all__.append("IMAP4_SSL")


class IMAP4_stream(IMAP4):
    """IMAP4 over the standard input and output of a shell command:
    IMAP4_stream(command)."""

    def __init__(self, command):
        self.command = command
        IMAP4.__init__(self)

    def open(self, host=None, port=None):
        """Start the command; host and port are ignored."""
        self.host = self.port = self.sock = self.file = None
        child = subprocess.Popen(self.command, shell=True, close_fds=True,
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 bufsize=DEFAULT_BUFFER_SIZE)
        self.process = child
        self.readfile, self.writefile = child.stdout, child.stdin

    def shutdown(self):
        """Close both pipes, then wait for the command to end."""
        for pipe in (self.readfile, self.writefile):
            pipe.close()
        self.process.wait()

    def send(self, data):
        """Write data to the command's input and flush it."""
        out = self.writefile
        out.write(data)
        out.flush()

    def readline(self):
        """Read a line from the command's output."""
        return self.readfile.readline()

    def read(self, size):
        """Read size bytes from the command's output."""
        return self.readfile.read(size)


class _Authenticator:
    # Wraps an authentication callable: challenges are base64-decoded for
    # it and its answers encoded back; None aborts with '*'.

    def __init__(self, mechinst):
        self.mech = mechinst

    def process(self, data):
        answer = self.mech(self.decode(data))
        if answer is None:
            return b'*'
        return self.encode(answer)

    def encode(self, inp):
        if isinstance(inp, str):
            inp = inp.encode('utf-8')
        out = []
        for start in range(0, len(inp), 48):
            out.append(binascii.b2a_base64(inp[start:start + 48])[:-1])
        return b''.join(out)

    def decode(self, inp):
        if not inp:
            return b''
        return binascii.a2b_base64(inp)


Months = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
          'Sep', 'Oct', 'Nov', 'Dec']
Mon2num = {name.encode(): number for number, name in enumerate(Months) if name}


def Internaldate2tuple(resp):
    """Turn an INTERNALDATE response into a local time.struct_time, or
    None when resp holds none."""
    mo = InternalDate.match(resp)
    if not mo:
        return None
    stamp = calendar.timegm((int(mo.group('year')), Mon2num[mo.group('mon')],
                             int(mo.group('day')), int(mo.group('hour')),
                             int(mo.group('min')), int(mo.group('sec')),
                             -1, -1, -1))
    offset = (int(mo.group('zoneh')) * 60 + int(mo.group('zonem'))) * 60
    if mo.group('zonen') == b'-':
        offset = -offset
    return time.localtime(stamp - offset)


def Int2AP(num):
    """Write abs(num) in base 16 with the digits A to P (as bytes)."""
    value = int(abs(num))
    letters = []
    while value:
        letters.append(65 + value % 16)
        value //= 16
    return bytes(reversed(letters))


def ParseFlags(resp):
    """Return the tuple of flags in a FLAGS response (bytes)."""
    found = Flags.match(resp)
    return tuple(found.group('flags').split()) if found else ()


def _local_offset(tt):
    # East-of-UTC seconds of the local zone at the time tuple tt (its
    # DST flag, or the C library's guess when it is -1).
    if not time.daylight:
        return -time.timezone
    dst = tt[8]
    if dst == -1:
        dst = time.localtime(time.mktime(tt))[8]
    return -time.altzone if dst else -time.timezone


def Time2Internaldate(date_time):
    """Format date_time as an IMAP INTERNALDATE string in double quotes.

    date_time may be seconds since the epoch, a time tuple or
    struct_time (local time), an aware datetime, or a string already in
    double quotes (returned as it is)."""
    if isinstance(date_time, (int, float)):
        # time.localtime follows a TZ that time.tzset() just applied
        local = time.localtime(date_time)
        moment = datetime(*local[:6], tzinfo=timezone(timedelta(seconds=local.tm_gmtoff)))
    elif isinstance(date_time, (tuple, time.struct_time)):
        offset = getattr(date_time, 'tm_gmtoff', None)
        if offset is None:
            offset = _local_offset(date_time)
        moment = datetime(*date_time[:6], tzinfo=timezone(timedelta(seconds=offset)))
    elif isinstance(date_time, datetime):
        if date_time.tzinfo is None:
            raise ValueError("date_time must be aware")
        moment = date_time
    elif isinstance(date_time, str) and (date_time[0], date_time[-1]) == ('"', '"'):
        return date_time
    else:
        raise ValueError("date_time not of a known type")
    return moment.strftime('"%d-' + Months[moment.month] + '-%Y %H:%M:%S %z"')
