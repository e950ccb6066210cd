import sys, calendar, datetime, hmac, imaplib, os, ssl, threading, time
PORT = int(os.getenv('MAIL_IMAP_PORT'))
SPORT = int(os.getenv('MAIL_IMAPS_PORT'))
PPORT = int(os.getenv('MAIL_IMAPPREAUTH_PORT'))
OPORT = int(os.getenv('MAIL_IMAPOLD_PORT'))
BPORT = int(os.getenv('MAIL_IMAPBAD_PORT'))
CA = os.getenv('MAIL_CA')
H = 'localhost'
NOTES = {}


def mask(s):
    s = str(s)
    for p, n in ((PORT, 'PORT'), (SPORT, 'SPORT'), (PPORT, 'PPORT'), (OPORT, 'OPORT'), (BPORT, 'BPORT')):
        s = s.replace(str(p), n)
    return s


def case(name, f):
    try:
        r = f()
        return '%s => %s' % (name, mask(repr(r)))
    except Exception as e:
        if isinstance(e, ssl.SSLError):
            return '%s !! SSLError %s %s' % (name, isinstance(e, OSError), e.reason)
        return '%s !! %s %s %s' % (name, type(e).__name__, mask(repr(e.args)), mask(str(e)))


def ctx():
    return ssl.create_default_context(cafile=CA)


def conn(port=PORT):
    m = imaplib.IMAP4(H, port)
    return m


def logged():
    m = conn()
    m.login('u', 'p')
    return m


def selected():
    m = logged()
    m.select()
    return m


def c_welcome():
    m = conn()
    r = (m.welcome, m.state, m.PROTOCOL_VERSION, m.capabilities, m.host, m.port == PORT, m.is_readonly)
    m.logout()
    return r


def c_login():
    m = conn()
    r = (m.login('u', 'p'), m.state, m.response('CAPABILITY'))
    m.logout()
    return r


def c_login_bad():
    m = conn()
    try:
        return m.login('a b', 'x"y\\z')
    finally:
        NOTES[sys._getframe().f_code.co_name] = m.state
        m.logout()


def c_cram():
    m = conn()
    r = (m.login_cram_md5('u', 'p'), m.state)
    m.logout()
    return r


def c_cram_bad():
    m = conn()
    try:
        return m.login_cram_md5('u', b'wrong')
    finally:
        m.logout()


def c_authobject():
    seen = []
    def auth(challenge):
        seen.append(challenge)
        return 'u ' + hmac.new(b'p', challenge, 'md5').hexdigest()
    m = conn()
    r = (m.authenticate('cram-md5', auth), seen, m.state)
    m.logout()
    return r


def c_auth_abort():
    m = conn()
    return m.authenticate('X', lambda c: None)


def c_select():
    m = logged()
    r = (m.select(), m.state, sorted(m.untagged_responses.items()), m.is_readonly)
    m.logout()
    return r


def c_examine():
    m = logged()
    r = (m.select('INBOX', readonly=True), m.state, m.response('READ-ONLY'), m.is_readonly)
    m.logout()
    return r


def c_select_ro():
    m = logged()
    try:
        return m.select('ro')
    finally:
        NOTES[sys._getframe().f_code.co_name] = m.state


def c_select_nope():
    m = logged()
    r = (m.select('nope'), m.state)
    m.logout()
    return r


def c_search():
    m = selected()
    r = (m.search(None, 'ALL'), m.search(None, 'UNSEEN'), m.search(None, 'NOTHING'),
         m.search('UTF-8', 'SUBJECT', 'x'))
    m.logout()
    return r


def c_fetch_literal():
    m = selected()
    r = (m.fetch('1', '(RFC822)'), m.fetch('1:2', '(BODY[HEADER])'))
    m.logout()
    return r


def c_fetch_flags():
    m = selected()
    typ, dat = m.fetch('1,3', '(FLAGS)')
    r = (typ, dat, [imaplib.ParseFlags(d) for d in dat])
    m.logout()
    return r


def c_internaldate():
    m = selected()
    typ, dat = m.fetch('2', '(INTERNALDATE)')
    t = imaplib.Internaldate2tuple(dat[0])
    r = (typ, dat, time.mktime(t), t.tm_sec, type(t).__name__)
    m.logout()
    return r


def c_fetch_bad():
    m = selected()
    try:
        return m.fetch('x', '(FLAGS)')
    finally:
        NOTES[sys._getframe().f_code.co_name] = m.state
        m.logout()


def c_fetch_none():
    m = selected()
    r = m.fetch('9', '(FLAGS)')
    m.logout()
    return r


def c_store_expunge():
    m = selected()
    r = (m.store('2', '+FLAGS', '\\Deleted'), m.store('1', 'FLAGS', '(\\Flagged)'),
         m.store('3', '-FLAGS', '\\Seen'), m.expunge(), m.copy('1', 'Archive'))
    m.logout()
    return r


def c_list():
    m = logged()
    r = (m.list(), m.lsub('""', 'I*'), m.list('~', '%'))
    m.logout()
    return r


def c_mailboxes():
    m = logged()
    r = (m.create('New'), m.rename('New', 'Old'), m.delete('Old'), m.delete('INBOX'),
         m.subscribe('Old'), m.unsubscribe('Old'))
    m.logout()
    return r


def c_status_namespace():
    m = logged()
    r = (m.status('INBOX', '(MESSAGES UNSEEN)'), m.namespace())
    m.logout()
    return r


def c_noop_recent():
    m = selected()
    r = (m.noop(), m.recent(), m.response('EXISTS'), m.response('EXISTS'), m.recent())
    m.logout()
    return r


def c_append():
    m = logged()
    date = datetime.datetime(2020, 2, 3, 4, 5, 6, tzinfo=datetime.timezone.utc)
    r = (m.append('INBOX', '\\Seen', date, b'Subject: x\nline\r\nend\rz'),
         m.response('APPENDUID'), m.append('', '(\\Draft)', None, b'm'),
         m.append('Box', None, '"01-Jan-2000 00:00:00 +0000"', b''))
    m.select()
    r += (m.fetch('4', '(RFC822)'),)
    m.logout()
    return r


def c_uid():
    m = selected()
    r = (m.uid('search', None, 'ALL'), m.uid('FETCH', '101:102', '(FLAGS)'),
         m.uid('store', '103', '+FLAGS', '(\\Answered)'), m.uid('COPY', '101', 'X'))
    m.logout()
    return r


def c_uid_unknown():
    m = selected()
    try:
        return m.uid('frobnicate', '1')
    finally:
        m.logout()


def c_uid_state():
    m = logged()
    try:
        return m.uid('FETCH', '1', '(FLAGS)')
    finally:
        m.logout()


def c_illegal_state():
    m = logged()
    try:
        return m.fetch('1', '(FLAGS)')
    finally:
        m.logout()


def c_illegal_nonauth():
    m = conn()
    try:
        return m.select()
    finally:
        m.logout()


def c_getattr():
    m = logged()
    r = (m.LIST()[0], m.NOOP())
    try:
        m.Nope
    except AttributeError as e:
        r += (str(e),)
    m.logout()
    return r


def c_close_logout():
    m = selected()
    r = (m.close(), m.state, m.logout(), m.state)
    return r


def c_xatom_bye():
    m = logged()
    return m.xatom('XBYE')


def c_xatom_drop():
    m = logged()
    return m.xatom('xdrop')


def c_garbage():
    m = logged()
    return m.xatom('XGARBAGE')


def c_xno():
    m = logged()
    r = (m.xatom('XNO'), m.response('ALERT'))
    m.logout()
    return r


def c_bad_command():
    m = logged()
    try:
        return m.xatom('WHAT', 'arg')
    finally:
        m.logout()


def c_enable():
    m = logged()
    try:
        return m.enable('UTF8=ACCEPT')
    finally:
        m.logout()


def c_check_partial():
    m = selected()
    r = (m.check(),)
    try:
        m.partial('1', 'BODY[]', '0', '10')
    except imaplib.IMAP4.error as e:
        r += (str(e),)
    m.logout()
    return r


def c_starttls():
    m = conn()
    caps = m.capabilities
    r = (m.starttls(ssl_context=ctx()), caps, m.capabilities, m._tls_established,
         m.sock.version() is not None, m.login('u', 'p')[0], m.select())
    m.logout()
    return r


def c_starttls_twice():
    m = conn()
    m.starttls(ctx())
    try:
        return m.starttls(ctx())
    finally:
        m.logout()


def c_starttls_untrusted():
    m = conn()
    return m.starttls()


def c_starttls_unsupported():
    m = conn(PPORT)
    try:
        return m.starttls(ctx())
    finally:
        m.logout()


def c_ssl():
    m = imaplib.IMAP4_SSL(H, SPORT, ssl_context=ctx())
    r = (m.welcome, m.capabilities, m.login('u', 'p'), m.select('INBOX', True)[1],
         m.fetch('3', '(RFC822)'), m.port == SPORT, m.sock.version() is not None)
    m.logout()
    return r


def c_ssl_unverified():
    m = imaplib.IMAP4_SSL(H, SPORT)
    return (m.welcome, m.ssl_context.verify_mode == ssl.CERT_NONE, m.keyfile, m.certfile, m.logout())


def c_ssl_exclusive():
    r = []
    for kw in ({'keyfile': 'k'}, {'certfile': 'c'}):
        try:
            imaplib.IMAP4_SSL(H, SPORT, ssl_context=ctx(), **kw)
        except ValueError as e:
            r.append(str(e))
    return r


def c_preauth():
    m = conn(PPORT)
    r = (m.state, m.welcome, m.capabilities, m.logout(), m.state)
    return r


def c_old():
    return conn(OPORT)


def c_bad_greeting():
    return conn(BPORT)


def c_refused():
    import socket
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    try:
        imaplib.IMAP4('127.0.0.1', port)
    except OSError as e:
        return type(e).__name__, isinstance(e, ConnectionRefusedError)


def c_with():
    with conn() as m:
        m.login('u', 'p')
        r = m.state
    return r, m.state


def c_helpers():
    return (imaplib.Int2AP(0), imaplib.Int2AP(12345), imaplib.Int2AP(-17), imaplib.Int2AP(65535),
            imaplib.ParseFlags(b'1 (FLAGS (\\Seen \\Deleted))'), imaplib.ParseFlags(b'x'),
            imaplib.ParseFlags(b'2 (UID 5 FLAGS ())'),
            imaplib.Internaldate2tuple(b'xx'),
            calendar.timegm(imaplib.Internaldate2tuple(b'25 (INTERNALDATE "01-Jan-2000 12:00:00 +0530")')[:6]) - calendar.timegm(time.localtime(0)[:6]),
            imaplib.Internaldate2tuple(b'INTERNALDATE " 1-Feb-2001 00:00:00 -0100"')[:3] == time.localtime(calendar.timegm((2001, 2, 1, 1, 0, 0)))[:3])


def c_time2internal():
    T = imaplib.Time2Internaldate
    tz = datetime.timezone(datetime.timedelta(hours=-5, minutes=-30))
    r = [T(datetime.datetime(2020, 5, 6, 7, 8, 9, tzinfo=tz)),
         T(datetime.datetime(1999, 12, 31, 23, 59, 59, tzinfo=datetime.timezone.utc)),
         T('"01-Jan-2000 00:00:00 +0000"'), T('"'),
         T(time.localtime(86400 * 400)) == T(86400 * 400),
         T(86400 * 400.5)[1:12]]
    for bad in (datetime.datetime(2020, 1, 1), 'abc', [1], None):
        try:
            T(bad)
        except ValueError as e:
            r.append(str(e))
    return r


def c_module():
    return (imaplib.__all__, imaplib.IMAP4_PORT, imaplib.IMAP4_SSL_PORT, imaplib.AllowedVersions,
            imaplib.CRLF, imaplib.Commands['UID'], imaplib.Commands['LOGOUT'], len(imaplib.Commands),
            [c.__name__ for c in imaplib.IMAP4.readonly.__mro__],
            issubclass(imaplib.IMAP4_SSL, imaplib.IMAP4), imaplib.IMAP4.error.__qualname__)


STREAM = ("printf '* PREAUTH stream ready\\r\\n'; read tag rest; "
          "printf '* CAPABILITY IMAP4rev1 X-STREAM\\r\\n%s OK done\\r\\n' \"$tag\"; "
          "read tag rest; printf '* 4 EXISTS\\r\\n%s OK [READ-ONLY] %s\\r\\n' \"$tag\" \"$rest\"; "
          "read tag rest; printf '* BYE bye\\r\\n%s OK done\\r\\n' \"$tag\"")


def c_stream():
    m = imaplib.IMAP4_stream(STREAM)
    r = (m.state, m.welcome, m.capabilities, m.host, m.sock, m.select('INBOX', True),
         m.logout(), m.process.returncode)
    return r


def c_quote_and_tags():
    m = conn()
    r = (m._quote('a"b\\c'), m.tagnum, len(m.tagpre) in (3, 4), m._new_tag()[len(m.tagpre):])
    m.logout()
    return r


# The cases run eight at a time (each on its own connections, the
# server's state is per connection) and print in name order.
CASES = sorted((n, f) for n, f in globals().items() if n.startswith('c_'))
RESULTS = {}


def worker(queue):
    while queue:
        try:
            name, f = queue.pop()
        except IndexError:
            return
        RESULTS[name] = case(name, f)


todo = list(CASES)
threads = [threading.Thread(target=worker, args=(todo,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name, _ in CASES:
    print(RESULTS[name])
    if name in NOTES:
        print('   state', NOTES[name])
