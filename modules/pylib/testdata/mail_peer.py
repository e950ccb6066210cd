# Scripted SMTP/POP3/IMAP/FTP servers for the mail_*_test.go differential
# tests. argv: portfile certfile keyfile. Every listener is on 127.0.0.1 on
# a free port; the port file gets "name=port" lines. Each connection lives
# at most 60 s; the process is killed by the test after a few minutes.
import base64, hashlib, hmac, os, socket, ssl, sys, threading

CERT, KEY = sys.argv[2], sys.argv[3]
SCTX = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER) if hasattr(ssl, 'PROTOCOL_TLS_SERVER') else ssl.SSLContext(ssl.PROTOCOL_SSLv23)
SCTX.load_cert_chain(CERT, KEY)


class Conn:
    def __init__(self, sock):
        self.sock = sock
        self.tls = False
        self.f = sock.makefile('rb')

    def send(self, *lines):
        self.sock.sendall(b''.join(l.encode('latin-1') + b'\r\n' for l in lines))

    def line(self):
        l = self.f.readline(100000)
        if not l:
            raise EOFError
        return l.rstrip(b'\r\n').decode('latin-1')

    def starttls(self):
        self.f.close()
        self.sock = SCTX.wrap_socket(self.sock, server_side=True)
        self.tls = True
        self.f = self.sock.makefile('rb')

    def close(self):
        try:
            self.f.close()
            self.sock.close()
        except OSError:
            pass


def serve(name, handler, implicit=False):
    ls = socket.socket()
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind(('127.0.0.1', 0))
    ls.listen(50)

    def run_one(s):
        s.settimeout(60)
        try:
            if implicit:
                s = SCTX.wrap_socket(s, server_side=True)
            c = Conn(s)
            c.tls = implicit
            handler(c)
        except (EOFError, OSError, ssl.SSLError):
            pass
        finally:
            try:
                s.close()
            except OSError:
                pass

    def loop():
        for _ in range(500):
            s, _ = ls.accept()
            threading.Thread(target=run_one, args=(s,), daemon=True).start()

    threading.Thread(target=loop, daemon=True).start()
    return '%s=%d\n' % (name, ls.getsockname()[1])


# ---- SMTP ----------------------------------------------------------------

def smtp(c, greeting='220 mail.test ESMTP ready'):
    c.send(greeting)
    if not greeting.startswith('220'):
        c.line()
        return
    rcpts = []
    auth = 'PLAIN LOGIN CRAM-MD5'
    while True:
        l = c.line()
        cmd, _, arg = l.partition(' ')
        cmd = cmd.upper()
        if cmd == 'EHLO':
            if arg in ('old', 'nohelo'):
                c.send('502 5.5.1 EHLO not implemented')
                continue
            feats = ['SIZE 1000', '8BITMIME']
            if not c.tls:
                feats.append('STARTTLS')
            authline = {'plainonly': 'AUTH PLAIN', 'loginonly': 'AUTH LOGIN',
                        'cramonly': 'AUTH CRAM-MD5', 'noauth': None,
                        'oddauth': 'AUTH XOAUTH2', 'oldauth': 'AUTH=LOGIN PLAIN'}.get(arg, 'AUTH ' + auth)
            if authline:
                feats.append(authline)
            feats.append('HELP')
            out = ['250-mail.test greets %s tls=%s' % (arg, c.tls)]
            out += ['250-' + f for f in feats[:-1]] + ['250 ' + feats[-1]]
            c.send(*out)
        elif cmd == 'HELO':
            if arg == 'nohelo':
                c.send('501 5.5.4 bad helo')
            else:
                c.send('250 mail.test hello %s' % arg)
        elif cmd == 'MAIL':
            rcpts = []
            if 'drop' in arg:
                return
            if 'busy' in arg:
                c.send('421 4.3.2 shutting down')
            elif 'bad' in arg:
                c.send('550 5.1.0 sender refused: %s' % arg)
            else:
                c.send('250 2.1.0 OK ' + arg)
        elif cmd == 'RCPT':
            if 'drop' in arg:
                return
            if 'bad' in arg:
                c.send('550 5.1.1 no such user')
            elif 'later' in arg:
                c.send('451 4.2.0 try later')
            elif 'closing' in arg:
                c.send('421 4.3.2 closing')
            else:
                rcpts.append(arg)
                c.send('250 2.1.5 OK ' + arg)
        elif cmd == 'DATA':
            if any('nodata' in r for r in rcpts):
                c.send('554 5.5.1 no valid recipients')
                continue
            c.send('354 End data with <CR><LF>.<CR><LF>')
            data = b''
            while True:
                raw = c.f.readline(100000)
                if not raw:
                    raise EOFError
                if raw == b'.\r\n':
                    break
                data += raw
            if b'REJECT' in data:
                c.send('552 5.3.4 message rejected')
            else:
                c.send('250 2.0.0 got %d bytes sha1 %s' % (len(data), hashlib.sha1(data).hexdigest()[:12]))
        elif cmd == 'AUTH':
            mech, _, init = arg.partition(' ')
            if mech == 'PLAIN':
                if not init:
                    c.send('334 ')
                    init = c.line()
                user, pw = base64.b64decode(init).split(b'\0')[1:]
            elif mech == 'LOGIN':
                if not init:
                    c.send('334 VXNlcm5hbWU6')
                    init = c.line()
                user = base64.b64decode(init)
                c.send('334 UGFzc3dvcmQ6')
                pw = base64.b64decode(c.line())
            elif mech == 'CRAM-MD5':
                chal = b'<1896.697170952@mail.test>'
                c.send('334 ' + base64.b64encode(chal).decode())
                user, dig = base64.b64decode(c.line()).split(b' ')
                ok = hmac.new(b'p', chal, 'md5').hexdigest().encode()
                pw = b'p' if dig == ok else b'?'
            else:
                c.send('504 5.5.4 unrecognized auth type')
                continue
            if (user, pw) == (b'u', b'p'):
                c.send('235 2.7.0 Authentication successful (%s)' % mech)
            else:
                c.send('535 5.7.8 bad credentials (%s)' % mech)
        elif cmd == 'STARTTLS':
            if c.tls:
                c.send('503 5.5.1 already in TLS')
            elif arg:
                c.send('454 4.7.0 TLS not available')
            else:
                c.send('220 2.0.0 Ready to start TLS')
                c.starttls()
        elif cmd == 'NOOP':
            c.send('250 2.0.0 OK')
        elif cmd == 'RSET':
            rcpts = []
            c.send('250 2.0.0 reset')
        elif cmd == 'VRFY':
            c.send('252 2.0.0 cannot verify <%s>' % arg)
        elif cmd == 'EXPN':
            c.send('502 5.5.1 EXPN not here: %s' % arg)
        elif cmd == 'HELP':
            c.send('214-2.0.0 help for %r' % arg, '214 2.0.0 end')
        elif cmd == 'QUIT':
            c.send('221 2.0.0 bye')
            return
        elif cmd == 'XDROP':
            return
        elif cmd == 'XGARBAGE':
            c.send('xyz what')
        elif cmd == 'XLONG':
            c.send('250 ' + 'a' * 9000)
        elif cmd == 'XQUIT500':
            c.send('500 no')
        else:
            c.send('500 5.5.2 unknown command %s' % cmd)


def smtp554(c):
    smtp(c, '554 5.3.2 go away')


# ---- POP3 ----------------------------------------------------------------

MSGS = [
    ['From: a@b', 'Subject: one', '', 'hello', '.dotted line', 'end'],
    ['From: c@d', 'Subject: two', '', 'x' * 50, 'last'],
]


def pop(c):
    c.send('+OK POP3 ready <1896.697170952@dbc.mtview.ca.us>')
    user = None
    deleted = set()
    while True:
        l = c.line()
        cmd, _, arg = l.partition(' ')
        cmd = cmd.upper()
        def size(i):
            return sum(len(x) + 2 for x in MSGS[i])
        def msgno(a):
            try:
                n = int(a)
            except ValueError:
                return None
            if 1 <= n <= len(MSGS) and n not in deleted:
                return n - 1
            return None
        def body(lines):
            return ['..' + x[1:] if False else ('.' + x if x.startswith('.') else x) for x in lines] + ['.']
        if cmd == 'USER':
            user = arg
            c.send('+OK user accepted')
        elif cmd == 'PASS':
            if (user, arg) == ('u', 'p'):
                c.send('+OK logged in, 2 messages')
            else:
                c.send('-ERR [AUTH] invalid password')
        elif cmd == 'APOP':
            u, _, d = arg.partition(' ')
            want = hashlib.md5(b'<1896.697170952@dbc.mtview.ca.us>p').hexdigest()
            c.send('+OK apop ok' if (u, d) == ('u', want) else '-ERR apop failed')
        elif cmd == 'STAT':
            live = [i for i in range(len(MSGS)) if i + 1 not in deleted]
            c.send('+OK %d %d' % (len(live), sum(size(i) for i in live)))
        elif cmd == 'LIST' or cmd == 'UIDL':
            val = (lambda i: str(size(i))) if cmd == 'LIST' else (lambda i: 'uid-%03d' % (i + 1))
            if arg:
                n = msgno(arg)
                if n is None:
                    c.send('-ERR no such message')
                else:
                    c.send('+OK %d %s' % (n + 1, val(n)))
            else:
                c.send('+OK listing follows', *(['%d %s' % (i + 1, val(i)) for i in range(len(MSGS)) if i + 1 not in deleted] + ['.']))
        elif cmd == 'RETR':
            n = msgno(arg)
            if n is None:
                c.send('-ERR no such message')
            else:
                c.send('+OK %d octets' % size(n), *body(MSGS[n]))
        elif cmd == 'TOP':
            a, _, k = arg.partition(' ')
            n = msgno(a)
            if n is None:
                c.send('-ERR no such message')
            else:
                hdr = MSGS[n].index('')
                c.send('+OK top of message', *body(MSGS[n][:hdr + 1 + int(k)]))
        elif cmd == 'DELE':
            n = msgno(arg)
            if n is None:
                c.send('-ERR no such message')
            else:
                deleted.add(n + 1)
                c.send('+OK message %d deleted' % (n + 1))
        elif cmd == 'NOOP':
            c.send('+OK')
        elif cmd == 'RSET':
            deleted = set()
            c.send('+OK maildrop has 2 messages')
        elif cmd == 'CAPA':
            caps = ['USER', 'TOP', 'UIDL', 'IMPLEMENTATION fake pop server']
            if not c.tls:
                caps.append('STLS')
            c.send('+OK capability list follows', *(caps + ['.']))
        elif cmd == 'STLS':
            if c.tls:
                c.send('-ERR already in TLS')
            else:
                c.send('+OK begin TLS negotiation')
                c.starttls()
        elif cmd == 'QUIT':
            c.send('+OK bye')
            return
        elif cmd == 'XDROP':
            return
        elif cmd == 'XHALF':
            c.send('+OK partial listing', '1 100')
            return
        elif cmd == 'XLONG':
            c.send('+OK ' + 'a' * 3000)
        else:
            c.send('-ERR unknown command')


def pop_nocapa(c):
    c.send('+OK nocapa ready')
    while True:
        l = c.line()
        if l.upper() == 'QUIT':
            c.send('+OK bye')
            return
        c.send('-ERR unknown command')


def pop_bad(c):
    c.send('-ERR go away')


# ---- FTP -----------------------------------------------------------------

def ftp(c):
    c.send('220-Welcome to the fake FTP', '220 fake ftp ready')
    files = {'a.txt': b'hello\r\nworld\r\n.dot\r\n', 'bin.dat': bytes(range(256)) * 40, 'empty': b''}
    user = None
    prot = False
    pasv = None
    port = None
    while True:
        l = c.line()
        cmd, _, arg = l.partition(' ')
        cmd = cmd.upper()

        def data_conn():
            nonlocal pasv, port
            if pasv is not None:
                pasv.settimeout(20)
                d, _ = pasv.accept()
                pasv.close()
                pasv = None
            else:
                d = socket.create_connection(port, 20)
                port = None
            if prot:
                d = SCTX.wrap_socket(d, server_side=True)
            return d

        def finish(d):
            if prot:
                try:
                    d = d.unwrap()
                except (OSError, ssl.SSLError):
                    pass
            d.close()

        if cmd == 'USER':
            user = arg
            if arg == 'nobody':
                c.send('530 Not logged in.')
            elif arg == 'anonymous':
                c.send('331 Guest login ok, send email as password')
            else:
                c.send('331 Password required for %s' % arg)
        elif cmd == 'PASS':
            if user == 'anonymous':
                c.send('230 Anonymous ok (pw=%s)' % arg)
            elif user == 'acct' and arg == 'p':
                c.send('332 Need account for login.')
            elif (user, arg) == ('u', 'p'):
                c.send('230 Login successful.')
            else:
                c.send('530 Login incorrect.')
        elif cmd == 'ACCT':
            c.send('230 Account %s ok' % arg)
        elif cmd == 'AUTH':
            if c.tls:
                c.send('503 Already in TLS')
            else:
                c.send('234 AUTH %s ok' % arg)
                c.starttls()
        elif cmd == 'CCC':
            c.send('200 CCC ok')
            c.f.close()
            c.sock = c.sock.unwrap()
            c.tls = False
            c.f = c.sock.makefile('rb')
        elif cmd == 'PBSZ':
            c.send('200 PBSZ=0')
        elif cmd == 'PROT':
            prot = arg == 'P'
            c.send('200 Protection set to %s' % ('Private' if prot else 'Clear'))
        elif cmd == 'PWD':
            c.send('257 "/home/u" is the current directory')
        elif cmd == 'CWD':
            c.send('550 No such directory.' if arg == 'nope' else '250 CWD to %s ok' % arg)
        elif cmd == 'CDUP':
            c.send('250 CDUP ok')
        elif cmd == 'MKD':
            c.send('257 "/home/u/%s" created' % arg.replace('"', '""'))
        elif cmd == 'RMD':
            c.send('550 Remove directory operation failed.' if arg == 'nope' else '250 Remove directory ok')
        elif cmd == 'DELE':
            if arg in files:
                del files[arg]
                c.send('250 Delete operation successful.')
            elif arg == 'odd':
                c.send('226 odd reply')
            else:
                c.send('550 Delete operation failed.')
        elif cmd == 'RNFR':
            c.send('350 Ready for RNTO.' if arg in files else '550 RNFR command failed.')
            src = arg
        elif cmd == 'RNTO':
            files[arg] = files.pop(src)
            c.send('250 Rename successful.')
        elif cmd == 'SIZE':
            c.send('213 %d' % len(files[arg]) if arg in files else '550 Could not get file size.')
        elif cmd == 'TYPE':
            c.send('200 Switching to %s mode.' % ('Binary' if arg == 'I' else 'ASCII'))
        elif cmd == 'PASV':
            pasv = socket.socket()
            pasv.bind(('127.0.0.1', 0))
            pasv.listen(1)
            p = pasv.getsockname()[1]
            c.send('227 Entering Passive Mode (127,0,0,1,%d,%d).' % (p >> 8, p & 255))
        elif cmd == 'PORT':
            nums = arg.split(',')
            port = ('.'.join(nums[:4]), int(nums[4]) * 256 + int(nums[5]))
            c.send('200 PORT command successful.')
        elif cmd in ('LIST', 'NLST', 'MLSD'):
            if cmd == 'LIST':
                lines = ['-rw-r--r-- 1 u u %d Jan 01 00:00 %s' % (len(v), k) for k, v in sorted(files.items())]
            elif cmd == 'MLSD':
                lines = ['type=file;size=%d; %s' % (len(v), k) for k, v in sorted(files.items())]
            else:
                lines = sorted(files)
            c.send('150 Here comes the directory listing.')
            d = data_conn()
            d.sendall(''.join(x + '\r\n' for x in lines).encode())
            finish(d)
            c.send('226 Directory send OK.')
        elif cmd == 'RETR':
            if arg not in files:
                if pasv is not None:
                    pasv.close()
                    pasv = None
                c.send('550 Failed to open file.')
                continue
            c.send('150 Opening BINARY mode data connection for %s (%d bytes).' % (arg, len(files[arg])))
            d = data_conn()
            d.sendall(files[arg])
            finish(d)
            c.send('226 Transfer complete.')
        elif cmd == 'STOR':
            c.send('150 Ok to send data.')
            d = data_conn()
            got = b''
            while True:
                b = d.recv(65536)
                if not b:
                    break
                got += b
            finish(d)
            files[arg] = got
            c.send('226 Stored %d bytes sha1 %s' % (len(got), hashlib.sha1(got).hexdigest()[:12]))
        elif cmd == 'NOOP':
            c.send('200 NOOP ok.')
        elif cmd == 'QUIT':
            c.send('221 Goodbye.')
            return
        elif cmd == 'XDROP':
            return
        elif cmd == 'XTEMP':
            c.send('421 Service not available, closing control connection.')
        elif cmd == 'XPROTO':
            c.send('600 weird reply')
        elif cmd == 'XMULTI':
            c.send('211-Features:', ' MDTM', '211-still going', '211 End')
        else:
            c.send('500 Unknown command.')


# ---- IMAP ----------------------------------------------------------------

IMSGS = [b'From: a@b\r\nSubject: one\r\n\r\nhello\r\n', b'From: c@d\r\nSubject: two\r\n\r\nsecond body\r\n', b'Subject: 3\r\n\r\n']


def imap(c):
    c.send('* OK [CAPABILITY IMAP4rev1 STARTTLS] fake imap ready')
    msgs = list(IMSGS)
    flags = {1: '\\Seen', 2: '', 3: '\\Seen'}
    while True:
        l = c.line()
        tag, _, rest = l.partition(' ')
        cmd, _, arg = rest.partition(' ')
        cmd = cmd.upper()
        uid = False
        if cmd == 'UID':
            uid = True
            cmd, _, arg = arg.partition(' ')
            cmd = cmd.upper()
        ok = lambda text: c.send('%s OK %s' % (tag, text))
        if cmd == 'CAPABILITY':
            caps = 'IMAP4rev1 AUTH=CRAM-MD5 ENABLE' + ('' if c.tls else ' STARTTLS')
            c.send('* CAPABILITY ' + caps)
            ok('CAPABILITY completed')
        elif cmd == 'LOGIN':
            if arg == 'u "p"':
                ok('[CAPABILITY IMAP4rev1] Logged in')
            else:
                c.send('%s NO [AUTHENTICATIONFAILED] Invalid credentials (%s)' % (tag, arg))
        elif cmd == 'AUTHENTICATE':
            chal = b'<12345.67@imap.test>'
            c.send('+ ' + base64.b64encode(chal).decode())
            ans = base64.b64decode(c.line()).split(b' ')
            if ans == [b'u', hmac.new(b'p', chal, 'md5').hexdigest().encode()]:
                ok('CRAM-MD5 authentication successful')
            else:
                c.send('%s NO [AUTHENTICATIONFAILED] bad CRAM-MD5' % tag)
        elif cmd in ('SELECT', 'EXAMINE'):
            if arg == 'nope':
                c.send('%s NO Mailbox does not exist' % tag)
                continue
            c.send('* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)', '* %d EXISTS' % len(msgs), '* 0 RECENT', '* OK [UIDVALIDITY 1] UIDs valid')
            ro = cmd == 'EXAMINE' or arg == 'ro'
            ok('[%s] %s completed' % ('READ-ONLY' if ro else 'READ-WRITE', cmd))
        elif cmd == 'SEARCH':
            if 'UNSEEN' in arg:
                hits = [n for n in flags if '\\Seen' not in flags[n]]
            elif 'NOTHING' in arg:
                hits = []
            else:
                hits = list(range(1, len(msgs) + 1))
            c.send('* SEARCH' + ''.join(' %d' % ((100 + h) if uid else h) for h in hits))
            ok('SEARCH completed')
        elif cmd in ('FETCH', 'STORE'):
            mset, _, what = arg.partition(' ')
            if not mset.replace(':', '').replace(',', '').isdigit():
                c.send('%s BAD Invalid message set' % tag)
                continue
            nums = []
            for part in mset.split(','):
                a, _, b = part.partition(':')
                nums += list(range(int(a), int(b or a) + 1))
            if uid:
                nums = [n - 100 for n in nums]
            nums = [n for n in nums if 1 <= n <= len(msgs)]
            for n in nums:
                extra = ('UID %d ' % (100 + n)) if uid else ''
                if cmd == 'STORE':
                    op, _, fl = what.partition(' ')
                    fl = fl.strip('()')
                    if op.upper().startswith('+'):
                        flags[n] = (flags[n] + ' ' + fl).strip()
                    elif op.upper().startswith('-'):
                        flags[n] = ' '.join(f for f in flags[n].split() if f not in fl.split())
                    else:
                        flags[n] = fl
                    c.send('* %d FETCH (%sFLAGS (%s))' % (n, extra, flags[n]))
                elif 'RFC822' in what or 'BODY' in what:
                    body = msgs[n - 1]
                    if 'HEADER' in what:
                        body = body.split(b'\r\n\r\n')[0] + b'\r\n\r\n'
                    c.sock.sendall(('* %d FETCH (%sFLAGS (%s) %s {%d}\r\n' % (n, extra, flags[n], 'BODY[HEADER]' if 'HEADER' in what else 'RFC822', len(body))).encode() + body + b')\r\n')
                elif 'INTERNALDATE' in what:
                    c.send('* %d FETCH (%sINTERNALDATE "0%d-Jan-2020 10:00:00 +0100")' % (n, extra, n))
                else:
                    c.send('* %d FETCH (%sFLAGS (%s))' % (n, extra, flags[n]))
            ok('%s completed' % cmd)
        elif cmd == 'EXPUNGE':
            gone = [n for n in sorted(flags) if '\\Deleted' in flags[n]]
            for i, n in enumerate(gone):
                c.send('* %d EXPUNGE' % (n - i))
            ok('EXPUNGE completed')
        elif cmd in ('LIST', 'LSUB'):
            c.send('* %s (\\HasNoChildren) "/" INBOX' % cmd, '* %s (\\HasNoChildren) "/" "Sent Items"' % cmd)
            ok('%s completed' % cmd)
        elif cmd == 'STATUS':
            c.send('* STATUS INBOX (MESSAGES %d UNSEEN 1)' % len(msgs))
            ok('STATUS completed')
        elif cmd == 'NOOP':
            c.send('* %d EXISTS' % len(msgs), '* 1 RECENT')
            ok('NOOP completed')
        elif cmd == 'APPEND':
            size = int(arg[arg.rindex('{') + 1:-1])
            c.send('+ Ready for literal data')
            data = c.f.read(size)
            c.line()
            msgs.append(data)
            flags[len(msgs)] = ''
            ok('[APPENDUID 1 %d] APPEND completed (%d bytes, %s)' % (100 + len(msgs), size, arg[:arg.rindex('{')].strip()))
        elif cmd in ('CREATE', 'RENAME', 'SUBSCRIBE', 'UNSUBSCRIBE', 'CHECK', 'COPY'):
            ok('%s completed' % cmd)
        elif cmd == 'DELETE':
            if arg == 'INBOX':
                c.send('%s NO Cannot delete INBOX' % tag)
            else:
                ok('DELETE completed')
        elif cmd == 'CLOSE':
            ok('CLOSE completed')
        elif cmd == 'NAMESPACE':
            c.send('* NAMESPACE (("" "/")) NIL NIL')
            ok('NAMESPACE completed')
        elif cmd == 'LOGOUT':
            c.send('* BYE logging out')
            ok('LOGOUT completed')
            return
        elif cmd == 'STARTTLS':
            if c.tls:
                c.send('%s BAD already in TLS' % tag)
            else:
                ok('Begin TLS negotiation now')
                c.starttls()
        elif cmd == 'XBYE':
            c.send('* BYE server shutting down')
            return
        elif cmd == 'XDROP':
            return
        elif cmd == 'XGARBAGE':
            c.send('garbage line')
        elif cmd == 'XNO':
            c.send('%s NO [ALERT] something failed' % tag)
        else:
            c.send('%s BAD Unknown command %s' % (tag, cmd))


def imap_preauth(c):
    c.send('* PREAUTH fake imap preauth')
    while True:
        l = c.line()
        tag, _, rest = l.partition(' ')
        if rest.upper().startswith('CAPABILITY'):
            c.send('* CAPABILITY IMAP4rev1', '%s OK done' % tag)
        elif rest.upper().startswith('LOGOUT'):
            c.send('* BYE bye', '%s OK done' % tag)
            return
        else:
            c.send('%s BAD no' % tag)


def imap_old(c):
    c.send('* OK old server')
    l = c.line()
    tag = l.split(' ')[0]
    c.send('* CAPABILITY IMAP2', '%s OK done' % tag)
    c.line()


def imap_bad(c):
    c.send('* BAD go away')


out = ''
out += serve('smtp', smtp)
out += serve('smtps', smtp, implicit=True)
out += serve('smtp554', smtp554)
out += serve('pop', pop)
out += serve('pops', pop, implicit=True)
out += serve('popnocapa', pop_nocapa)
out += serve('popbad', pop_bad)
out += serve('ftp', ftp)
out += serve('imap', imap)
out += serve('imaps', imap, implicit=True)
out += serve('imappreauth', imap_preauth)
out += serve('imapold', imap_old)
out += serve('imapbad', imap_bad)
with open(sys.argv[1] + '.tmp', 'w') as f:
    f.write(out)
os.rename(sys.argv[1] + '.tmp', sys.argv[1])
threading.Event().wait(240)
