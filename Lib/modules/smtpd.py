"""An RFC 5321 SMTP server over asyncore: SMTPServer accepts connections
and hands each to an SMTPChannel, which speaks the protocol and passes
every complete message to the server's process_message().

DebuggingServer prints the messages it receives; PureProxy relays them to
another SMTP server.
"""

import asynchat
import asyncore
import collections
import errno
import socket
import sys
import time
import warnings

__all__ = ["SMTPChannel", "SMTPServer", "DebuggingServer", "PureProxy",
           "MailmanProxy"]

program = sys.argv[0] if sys.argv else 'smtpd.py'


__version__ = 'Python SMTP proxy version 0.3'

DATA_SIZE_DEFAULT = 33554432
NEWLINE = '\n'
COMMASPACE = ', '


class Devnull:
    """Where the servers' diagnostics go unless DEBUGSTREAM is replaced."""

    def write(self, msg):
        pass

    def flush(self):
        pass


DEBUGSTREAM = Devnull()

_HELP = {
    'EHLO': '250 Syntax: EHLO hostname',
    'HELO': '250 Syntax: HELO hostname',
    'MAIL': ('250 Syntax: MAIL FROM: <address>',
             ' [SP <mail-parameters>]'),
    'RCPT': ('250 Syntax: RCPT TO: <address>', ' [SP <mail-parameters>]'),
    'DATA': '250 Syntax: DATA',
    'RSET': '250 Syntax: RSET',
    'NOOP': '250 Syntax: NOOP',
    'QUIT': '250 Syntax: QUIT',
    'VRFY': '250 Syntax: VRFY <address>',
}


def _split_address(arg):
    """(address, rest) of 'addr rest' or '<addr> rest'; ('', arg) when no
    address can be read."""
    text = arg.lstrip()
    if not text:
        return '', ''
    if text.startswith('<'):
        end = text.find('>')
        if end < 0:
            return '', arg
        inner = text[1:end].strip()
        if inner.startswith('@') and ':' in inner:
            inner = inner.split(':', 1)[1]  # drop a source route
        if not inner and text[:end + 1] != '<>':
            return '', arg
        return inner or '<>', text[end + 1:].strip()
    end = 0
    if text.startswith('"'):
        # a quoted local part may hold spaces: skip to its closing quote
        end = 1
        while end < len(text) and text[end] != '"':
            end += 2 if text[end] == '\\' else 1
    space = text.find(' ', end)
    if space < 0:
        head, rest = text, ''
    else:
        head, rest = text[:space], text[space + 1:]
    if '@' not in head and not head.isalnum():
        return '', arg
    return head, rest.strip()


class SMTPChannel(asynchat.async_chat):
    """One client connection: the command and data states of SMTP."""

    COMMAND = 0
    DATA = 1

    command_size_limit = 512
    command_size_limits = collections.defaultdict(
        lambda limit=command_size_limit: limit)

    @property
    def max_command_size_limit(self):
        return max(self.command_size_limits.values(),
                   default=self.command_size_limit)

    def __init__(self, server, conn, addr, data_size_limit=DATA_SIZE_DEFAULT,
                 map=None, enable_SMTPUTF8=False, decode_data=False):
        asynchat.async_chat.__init__(self, conn, map=map)
        self.smtp_server, self.conn, self.addr = server, conn, addr
        self.enable_SMTPUTF8, self._decode_data = enable_SMTPUTF8, decode_data
        self.data_size_limit = data_size_limit
        if decode_data and enable_SMTPUTF8:
            raise ValueError("decode_data and enable_SMTPUTF8 cannot"
                             " be set to True at the same time")
        # the pieces a message is cut and joined with: text or bytes
        if decode_data:
            pieces = ('', '\r\n', '.', NEWLINE)
        else:
            pieces = (b'', b'\r\n', ord(b'.'), b'\n')
        (self._emptystring, self._linesep, self._dotsep,
         self._newline) = pieces
        self.fqdn = socket.getfqdn()
        self.command_size_limits.clear()
        self.seen_greeting, self.extended_smtp = '', False
        self._set_rset_state()
        try:
            peer = conn.getpeername()
        except OSError as exc:
            self.close()
            if exc.args[0] == errno.ENOTCONN:
                return
            raise
        self.peer = peer
        print('Peer:', repr(peer), file=DEBUGSTREAM)
        self.push('220 %s %s' % (self.fqdn, __version__))

    def _set_post_data_state(self):
        # ready for the next transaction on this connection
        self.set_terminator(b'\r\n')
        self.mailfrom, self.rcpttos = None, []
        self.smtp_state, self.num_bytes = self.COMMAND, 0
        self.require_SMTPUTF8 = False

    def _set_rset_state(self):
        self._set_post_data_state()
        self.received_data = ''
        self.received_lines = []

    def push(self, msg):
        codec = 'utf-8' if self.require_SMTPUTF8 else 'ascii'
        asynchat.async_chat.push(self, (msg + '\r\n').encode(codec))

    def collect_incoming_data(self, data):
        if self.smtp_state == self.COMMAND:
            limit = self.max_command_size_limit
        else:
            limit = self.data_size_limit
        if limit and self.num_bytes > limit:
            return  # already too long: found_terminator() answers
        if limit:
            self.num_bytes += len(data)
        if self._decode_data:
            data = str(data, 'utf-8')
        self.received_lines.append(data)

    def found_terminator(self):
        line = self._emptystring.join(self.received_lines)
        self.received_lines = []
        print('Data:', repr(line), file=DEBUGSTREAM)
        if self.smtp_state == self.COMMAND:
            self._run_command(line)
        elif self.smtp_state == self.DATA:
            self._finish_message(line)
        else:
            self.push('451 Internal confusion')
            self.num_bytes = 0

    def _run_command(self, line):
        size, self.num_bytes = self.num_bytes, 0
        if not line:
            self.push('500 Error: bad syntax')
            return
        if not self._decode_data:
            line = str(line, 'utf-8')
        verb, space, arg = line.partition(' ')
        command = verb.upper()
        arg = arg.strip() if space else None
        if self.extended_smtp:
            limit = self.command_size_limits[command]
        else:
            limit = self.command_size_limit
        if size > limit:
            self.push('500 Error: line too long')
            return
        handler = getattr(self, 'smtp_' + command, None)
        if handler is None:
            self.push('500 Error: command "%s" not recognized' % command)
            return
        handler(arg)

    def _finish_message(self, block):
        if self.data_size_limit and self.num_bytes > self.data_size_limit:
            self.push('552 Error: Too much mail data')
            self.num_bytes = 0
            return
        lines = []
        for text in block.split(self._linesep):
            # a leading dot was doubled by the client (transparency)
            if text and text[0] == self._dotsep:
                text = text[1:]
            lines.append(text)
        self.received_data = self._newline.join(lines)
        args = (self.peer, self.mailfrom, self.rcpttos, self.received_data)
        extra = {}
        if not self._decode_data:
            extra = {'mail_options': self.mail_options,
                     'rcpt_options': self.rcpt_options}
        status = self.smtp_server.process_message(*args, **extra)
        self._set_post_data_state()
        self.push(status or '250 OK')

    # -- commands ----------------------------------------------------------

    def _greet(self, arg, verb):
        if not arg:
            self.push('501 Syntax: %s hostname' % verb)
            return False
        if self.seen_greeting:
            self.push('503 Duplicate HELO/EHLO')
            return False
        self._set_rset_state()
        self.seen_greeting = arg
        return True

    def smtp_HELO(self, arg):
        if self._greet(arg, 'HELO'):
            self.push('250 %s' % self.fqdn)

    def smtp_EHLO(self, arg):
        if not self._greet(arg, 'EHLO'):
            return
        self.extended_smtp = True
        lines = [self.fqdn]
        # each extension announced makes room for its MAIL parameter
        if self.data_size_limit:
            lines.append('SIZE %s' % self.data_size_limit)
            self.command_size_limits['MAIL'] += 26
        if not self._decode_data:
            lines.append('8BITMIME')
        if self.enable_SMTPUTF8:
            lines.append('SMTPUTF8')
            self.command_size_limits['MAIL'] += 10
        for line in lines:
            self.push('250-' + line)
        self.push('250 HELP')

    def smtp_NOOP(self, arg):
        self.push('501 Syntax: NOOP' if arg else '250 OK')

    def smtp_QUIT(self, arg):
        self.push('221 Bye')
        self.close_when_done()

    def smtp_HELP(self, arg):
        if not arg:
            verbs = 'EHLO HELO MAIL RCPT DATA RSET NOOP QUIT VRFY'
            self.push('250 Supported commands: ' + verbs)
            return
        text = _HELP.get(arg.upper())
        if text is None:
            self.push('501 Supported commands: EHLO HELO MAIL RCPT '
                      'DATA RSET NOOP QUIT VRFY')
        elif isinstance(text, tuple):
            self.push(text[0] + (text[1] if self.extended_smtp else ''))
        else:
            self.push(text)

    def smtp_VRFY(self, arg):
        if not arg:
            self.push('501 Syntax: VRFY <address>')
        elif _split_address(arg)[0]:
            self.push('252 Cannot VRFY user, but will accept message '
                      'and attempt delivery')
        else:
            self.push('502 Could not VRFY %s' % arg)

    def _after_keyword(self, keyword, arg):
        if arg[:len(keyword)].upper() == keyword:
            return arg[len(keyword):].strip()
        return ''

    @staticmethod
    def _getparams(params):
        found = {}
        for item in params:
            name, eq, value = item.partition('=')
            if not name.isalnum() or (eq and not value):
                return None
            found[name] = value if eq else True
        return found

    def _address_and_params(self, keyword, arg, usage):
        # (address, params dict) or None after answering with usage
        if self.extended_smtp:
            usage += ' [SP <mail-parameters>]'
        if arg is None:
            self.push(usage)
            return None
        address, rest = _split_address(self._after_keyword(keyword, arg))
        if not address or (rest and not self.extended_smtp):
            self.push(usage)
            return None
        options = rest.upper().split()
        params = self._getparams(options)
        if params is None:
            self.push(usage)
            return None
        return address, options, params, usage

    def smtp_MAIL(self, arg):
        if self._out_of_order():
            return
        print('===> MAIL', arg, file=DEBUGSTREAM)
        parsed = self._address_and_params(
            'FROM:', arg, '501 Syntax: MAIL FROM: <address>')
        if parsed is None:
            return
        address, options, params, usage = parsed
        if self.mailfrom:
            self.push('503 Error: nested MAIL command')
            return
        self.mail_options = options
        if not self._decode_data:
            body = params.pop('BODY', '7BIT')
            if body not in ('7BIT', '8BITMIME'):
                self.push('501 Error: BODY can only be one of 7BIT, 8BITMIME')
                return
        if self.enable_SMTPUTF8:
            utf8 = params.pop('SMTPUTF8', False)
            if utf8 is True:
                self.require_SMTPUTF8 = True
            elif utf8 is not False:
                self.push('501 Error: SMTPUTF8 takes no arguments')
                return
        size = params.pop('SIZE', None)
        if size:
            if not size.isdigit():
                self.push(usage)
                return
            if self.data_size_limit and int(size) > self.data_size_limit:
                self.push('552 Error: message size exceeds fixed maximum '
                          'message size')
                return
        if params:
            self.push('555 MAIL FROM parameters not recognized or not '
                      'implemented')
            return
        self.mailfrom = address
        print('sender:', address, file=DEBUGSTREAM)
        self.push('250 OK')

    def _out_of_order(self, need_sender=False, need_recipient=False):
        # answer a command sent too early; True if it was
        if not self.seen_greeting:
            problem = 'send HELO first'
        elif need_sender and not self.mailfrom:
            problem = 'need MAIL command'
        elif need_recipient and not self.rcpttos:
            problem = 'need RCPT command'
        else:
            return False
        self.push('503 Error: ' + problem)
        return True

    def smtp_RCPT(self, arg):
        if self._out_of_order():
            return
        print('===> RCPT', arg, file=DEBUGSTREAM)
        if self._out_of_order(need_sender=True):
            return
        parsed = self._address_and_params(
            'TO:', arg, '501 Syntax: RCPT TO: <address>')
        if parsed is None:
            return
        address, options, params, usage = parsed
        self.rcpt_options = options
        if params:
            self.push('555 RCPT TO parameters not recognized or not '
                      'implemented')
            return
        self.rcpttos.append(address)
        print('recips:', self.rcpttos, file=DEBUGSTREAM)
        self.push('250 OK')

    def smtp_RSET(self, arg):
        if arg:
            self.push('501 Syntax: RSET')
            return
        self._set_rset_state()
        self.push('250 OK')

    def smtp_DATA(self, arg):
        if self._out_of_order(need_recipient=True):
            return
        if arg:
            self.push('501 Syntax: DATA')
            return
        self.set_terminator(b'\r\n.\r\n')
        self.smtp_state = self.DATA
        self.push('354 End data with <CR><LF>.<CR><LF>')

    def smtp_EXPN(self, arg):
        self.push('502 EXPN not implemented')


def _old_name(old, new):
    # the attribute names of old versions, kept with a DeprecationWarning
    def get(self):
        warnings.warn("Access to __%s attribute on SMTPChannel is deprecated, "
                      "use '%s' instead" % (old, new), DeprecationWarning, 2)
        return getattr(self, new)

    def put(self, value):
        warnings.warn("Setting __%s attribute on SMTPChannel is deprecated, "
                      "use '%s' instead" % (old, new), DeprecationWarning, 2)
        setattr(self, new, value)
    return property(get, put)


for _old, _new in (('server', 'smtp_server'), ('line', 'received_lines'),
                   ('state', 'smtp_state'), ('greeting', 'seen_greeting'),
                   ('mailfrom', 'mailfrom'), ('rcpttos', 'rcpttos'),
                   ('data', 'received_data'), ('fqdn', 'fqdn'),
                   ('peer', 'peer'), ('conn', 'conn'), ('addr', 'addr')):
    setattr(SMTPChannel, '_SMTPChannel__' + _old, _old_name(_old, _new))
del _old, _new


class SMTPServer(asyncore.dispatcher):
    """Listen on localaddr; each accepted connection gets a channel_class
    instance. Subclasses implement process_message()."""

    channel_class = SMTPChannel

    def __init__(self, localaddr, remoteaddr,
                 data_size_limit=DATA_SIZE_DEFAULT, map=None,
                 enable_SMTPUTF8=False, decode_data=False):
        self._localaddr, self._remoteaddr = localaddr, remoteaddr
        self.enable_SMTPUTF8, self._decode_data = enable_SMTPUTF8, decode_data
        self.data_size_limit = data_size_limit
        if decode_data and enable_SMTPUTF8:
            raise ValueError("decode_data and enable_SMTPUTF8 cannot"
                             " be set to True at the same time")
        asyncore.dispatcher.__init__(self, map=map)
        found = socket.getaddrinfo(*localaddr, type=socket.SOCK_STREAM)
        ok = False
        try:
            self.create_socket(*found[0][:2])
            self.set_reuse_addr()
            self.bind(localaddr)
            self.listen(5)
            ok = True
        finally:
            if not ok:
                self.close()
        print('%s started at %s\n\tLocal addr: %s\n\tRemote addr:%s' % (
            type(self).__name__, time.ctime(time.time()), localaddr,
            remoteaddr), file=DEBUGSTREAM)

    def handle_accepted(self, conn, addr):
        print('Incoming connection from %s' % repr(addr), file=DEBUGSTREAM)
        self.channel_class(self, conn, addr, self.data_size_limit, self._map,
                           self.enable_SMTPUTF8, self._decode_data)

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        """Handle one message: return None for '250 OK', or the reply line
        to send instead (an error such as '550 No such user')."""
        raise NotImplementedError


class DebuggingServer(SMTPServer):
    """Print every message to standard output."""

    def _print_message_content(self, peer, data):
        lines = data.splitlines()
        # the peer goes after the headers (before the first empty line)
        empty = data[:0]
        cut = lines.index(empty) if empty in lines else None
        show = repr if isinstance(data, bytes) else str
        for at, line in enumerate(lines):
            if at == cut:
                tag = 'X-Peer: ' + peer[0]
                print(show(tag.encode('utf-8')) if show is repr else tag)
            print(show(line))

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        print('---------- MESSAGE FOLLOWS ----------')
        for key, shown in (('mail_options', 'mail options: %s'),
                           ('rcpt_options', 'rcpt options: %s\n')):
            if kwargs.get(key):
                print(shown % kwargs[key])
        self._print_message_content(peer, data)
        print('------------ END MESSAGE ------------')


class PureProxy(SMTPServer):
    """Relay every message to the SMTP server at remoteaddr."""

    def __init__(self, *args, **kwargs):
        if kwargs.get('enable_SMTPUTF8'):
            raise ValueError("PureProxy does not support SMTPUTF8.")
        SMTPServer.__init__(self, *args, **kwargs)

    def process_message(self, peer, mailfrom, rcpttos, data):
        lines = data.split('\n')
        at = 0
        for at, line in enumerate(lines):
            if not line:
                break
        lines.insert(at, 'X-Peer: %s' % peer[0])
        refused = self._deliver(mailfrom, rcpttos, NEWLINE.join(lines))
        print('we got some refusals:', refused, file=DEBUGSTREAM)

    def _deliver(self, mailfrom, rcpttos, data):
        import smtplib
        refused = {}
        try:
            client = smtplib.SMTP()
            client.connect(self._remoteaddr[0], self._remoteaddr[1])
            try:
                refused = client.sendmail(mailfrom, rcpttos, data)
            finally:
                client.quit()
        except smtplib.SMTPRecipientsRefused as exc:
            print('got SMTPRecipientsRefused', file=DEBUGSTREAM)
            refused = exc.recipients
        except (OSError, smtplib.SMTPException) as exc:
            print('got', type(exc), file=DEBUGSTREAM)
            code = getattr(exc, 'smtp_code', -1)
            reason = getattr(exc, 'smtp_error', 'ignore')
            refused = {r: (code, reason) for r in rcpttos}
        return refused


class MailmanProxy(PureProxy):
    """PureProxy that hands mail for a GNU Mailman list (the Mailman
    package importable) to Mailman's queue itself and relays the rest."""

    # A recipient's local part is LIST or LIST-COMMAND, COMMAND one of
    # these; each maps to the keyword of Message.Enqueue that files it.
    _commands = {'': 'tolist', 'admin': 'toadmin', 'owner': 'toowner',
                 'request': 'torequest', 'join': 'torequest',
                 'leave': 'torequest'}

    def __init__(self, *args, **kwargs):
        if kwargs.get('enable_SMTPUTF8'):
            raise ValueError("MailmanProxy does not support SMTPUTF8.")
        SMTPServer.__init__(self, *args, **kwargs)

    def process_message(self, peer, mailfrom, rcpttos, data):
        from io import StringIO
        from Mailman import Utils
        from Mailman import Message
        from Mailman import MailList
        # The list recipients leave rcpttos (the caller's list, as in
        # CPython); the others are relayed.
        for_lists = []
        for rcpt in list(rcpttos):
            name, _, command = rcpt.lower().split('@')[0].partition('-')
            if '-' in command:
                continue
            if Utils.list_exists(name) and command in self._commands:
                for_lists.append((rcpt, name, command))
        for rcpt, _, _ in for_lists:
            rcpttos.remove(rcpt)
        print('forwarding recips:', ' '.join(rcpttos), file=DEBUGSTREAM)
        if rcpttos:
            refused = self._deliver(mailfrom, rcpttos, data)
            print('we got refusals:', refused, file=DEBUGSTREAM)
        msg = Message.Message(StringIO(data))
        # Mailman needs From and Date, which MTAs add when missing.
        if not msg.get('from'):
            msg['From'] = mailfrom
        if not msg.get('date'):
            msg['Date'] = time.ctime(time.time())
        opened = {}
        for rcpt, name, command in for_lists:
            print('sending message to', rcpt, file=DEBUGSTREAM)
            mlist = opened.get(name)
            if not mlist:
                mlist = opened[name] = MailList.MailList(name, lock=0)
            if command == 'join':
                msg['Subject'] = 'subscribe'
            elif command == 'leave':
                msg['Subject'] = 'unsubscribe'
            msg.Enqueue(mlist, **{self._commands[command]: 1})


# The command line: python -m smtpd [options] [local [remote]].

_USAGE = """\
Run an SMTP server (RFC 5321, with RFC 1870 SIZE and RFC 6531 SMTPUTF8).

Usage: %(program)s [options] [localhost:localport [remotehost:remoteport]]

Options:
  -n, --nosetuid        stay the current user (by default the server
                        switches to the user `nobody', which needs root)
  -V, --version         print the version and exit
  -c, --class NAME      the server class: a name defined in this module
                        (PureProxy, the default, DebuggingServer or
                        MailmanProxy) or a
                        dotted module.Class path
  -s, --size LIMIT      refuse messages longer than LIMIT bytes (announced
                        with the SIZE extension; 33554432 by default)
  -u, --smtputf8        offer the SMTPUTF8 extension
  -d, --debug           print the server's diagnostics to stderr
  -h, --help            print this text and exit

%(__version__)s

The local address defaults to localhost:8025, the remote one (where
PureProxy relays messages) to localhost:25.
"""


def usage(code, msg=''):
    """Print the help text (and msg) to stderr and exit with code."""
    print(_USAGE % {'program': program, '__version__': __version__},
          file=sys.stderr)
    if msg:
        print(msg, file=sys.stderr)
    sys.exit(code)


class Options:
    """The settings parseargs() read from the command line."""
    setuid = True
    classname = 'PureProxy'
    size_limit = None
    enable_SMTPUTF8 = False


def _host_port(spec, which):
    """(host, port) of 'host:port'; usage(1) when spec is not one."""
    host, colon, port = spec.partition(':')
    if not colon:
        usage(1, 'Bad %s spec: %s' % (which, spec))
    try:
        return host, int(port)
    except ValueError:
        usage(1, 'Bad %s port: %s' % (which, spec))


# Each long option and the short one it stands for; a trailing ':' marks
# an option that takes a value.
_OPTIONS = (('nosetuid', 'n'), ('version', 'V'), ('help', 'h'),
            ('class', 'c:'), ('size', 's:'), ('debug', 'd'),
            ('smtputf8', 'u'))


def _apply_option(options, flag, value):
    """Record one option (by its short letter) in options."""
    global DEBUGSTREAM
    if flag == 'h':
        usage(0)
    elif flag == 'V':
        print(__version__)
        sys.exit(0)
    elif flag == 'n':
        options.setuid = False
    elif flag == 'c':
        options.classname = value
    elif flag == 'd':
        DEBUGSTREAM = sys.stderr
    elif flag == 'u':
        options.enable_SMTPUTF8 = True
    elif flag == 's':
        try:
            options.size_limit = int(value)
        except ValueError:
            print('Invalid size: ' + value, file=sys.stderr)
            sys.exit(1)


def parseargs():
    """Read sys.argv into an Options; exit with a message on bad input."""
    import getopt
    shorts = ''.join(short for _, short in _OPTIONS)
    longs = [name + ('=' if short.endswith(':') else '')
             for name, short in _OPTIONS]
    letter = {'--' + name: short[0] for name, short in _OPTIONS}
    try:
        found, addresses = getopt.getopt(sys.argv[1:], shorts, longs)
    except getopt.GetoptError as exc:
        usage(1, exc)
    options = Options()
    for opt, value in found:
        _apply_option(options, letter.get(opt, opt[1:]), value)
    if len(addresses) > 2:
        usage(1, 'Invalid arguments: %s' % COMMASPACE.join(addresses))
    defaults = ['localhost:8025', 'localhost:25']
    local, remote = addresses + defaults[len(addresses):]
    options.localhost, options.localport = _host_port(local, 'local')
    options.remotehost, options.remoteport = _host_port(remote, 'remote')
    return options


def _server_class(name):
    """The class -c names: module.Class, or a name in __main__."""
    if '.' in name:
        modname, _, name = name.rpartition('.')
        mod = __import__(modname, globals(), locals(), [''])
    else:
        import __main__ as mod
    return getattr(mod, name)


def _become_nobody():
    """Switch to the user nobody, or exit saying to use -n."""
    import os
    try:
        import pwd
    except ImportError:
        print('Cannot import module "pwd"; try running with -n option.',
              file=sys.stderr)
        sys.exit(1)
    nobody = pwd.getpwnam('nobody')[2]
    try:
        os.setuid(nobody)
    except PermissionError:
        print('Cannot setuid "nobody"; try running with -n option.',
              file=sys.stderr)
        sys.exit(1)


def _main():
    options = parseargs()
    server_class = _server_class(options.classname)
    # The server is made (and its port bound) before giving up root.
    server_class((options.localhost, options.localport),
                 (options.remotehost, options.remoteport),
                 options.size_limit, enable_SMTPUTF8=options.enable_SMTPUTF8)
    if options.setuid:
        _become_nobody()
    try:
        asyncore.loop()
    except KeyboardInterrupt:
        pass


if __name__ == '__main__':
    _main()
