import io, os, smtplib, socket, ssl, sys
PORT = int(os.getenv('MAIL_SMTP_PORT'))
SPORT = int(os.getenv('MAIL_SMTPS_PORT'))
BPORT = int(os.getenv('MAIL_SMTP554_PORT'))
CA = os.getenv('MAIL_CA')
H = 'localhost'


def mask(s):
    return str(s).replace(str(PORT), 'PORT').replace(str(SPORT), 'SPORT').replace(str(BPORT), 'BPORT')


def case(name, f):
    try:
        r = f()
        print(name, '=>', mask(repr(r)))
    except Exception as e:
        if isinstance(e, ssl.SSLError):
            # 3.7 added SSLCertVerificationError: print what 3.6 has
            print(name, '!! SSLError', isinstance(e, OSError), e.reason)
        else:
            print(name, '!!', type(e).__name__, mask(repr(e.args)), mask(str(e)))


def ctx():
    return ssl.create_default_context(cafile=CA)


def conn(**kw):
    return smtplib.SMTP(H, PORT, local_hostname='client.test', timeout=20, **kw)


def c_connect():
    s = smtplib.SMTP(timeout=20, local_hostname='me')
    r = s.connect(H, PORT)
    s.quit()
    return r, s.sock, s.file


def c_ehlo():
    s = conn()
    r = s.ehlo()
    out = (r, s.does_esmtp, sorted(s.esmtp_features.items()), s.has_extn('STARTTLS'), s.has_extn('size'), s.has_extn('nope'), s.ehlo_resp, s.helo_resp)
    s.quit()
    return out


def c_helo():
    s = conn()
    r = s.helo('h1')
    out = (r, s.helo_resp, s.ehlo_resp, s.esmtp_features, s.does_esmtp)
    s.quit()
    return out


def c_helo_fallback():
    s = conn()
    s.local_hostname = 'old'
    s.ehlo_or_helo_if_needed()
    out = (s.ehlo_resp, s.helo_resp, s.does_esmtp)
    s.quit()
    return out


def c_helo_error():
    s = conn()
    try:
        s.ehlo('old')
        s.ehlo_resp = None
        s.local_hostname = 'nohelo'
        s.ehlo_or_helo_if_needed()
    finally:
        s.close()


def c_misc():
    s = conn()
    out = [s.noop(), s.rset(), s.vrfy('Joe <joe@x.org>'), s.verify('plain@x'), s.expn('list'), s.help(), s.help('DATA'), s.docmd('FOO', 'bar')]
    out.append(s.quit())
    out.append((s.sock, s.file, s.ehlo_resp, s.esmtp_features, s.does_esmtp))
    return out


def c_sendmail():
    s = conn()
    r = s.sendmail('Me <me@x.org>', ['a@x.org', 'b@x.org'], 'Subject: hi\n\nline one\n.dot line\nend')
    s.quit()
    return r


def c_sendmail_bytes():
    s = conn()
    r = s.sendmail('me@x.org', 'a@x.org', b'Subject: b\r\n\r\n.\r\n..\r\nx\r\n')
    s.quit()
    return r


def c_partial_refused():
    s = conn()
    r = s.sendmail('me@x.org', ['bad@x.org', 'ok@x.org', 'later@x.org'], 'x')
    s.quit()
    return r


def c_all_refused():
    s = conn()
    try:
        s.sendmail('me@x.org', ['bad@x.org', 'later@x.org'], 'x')
    except smtplib.SMTPRecipientsRefused as e:
        r = (e.recipients, s.noop())
        s.quit()
        return r


def c_sender_refused():
    s = conn()
    try:
        s.sendmail('bad@x.org', ['a@x.org'], 'x')
    except smtplib.SMTPSenderRefused as e:
        r = (e.smtp_code, e.smtp_error, e.sender, str(e), s.noop())
        s.quit()
        return r


def c_sender_421():
    s = conn()
    try:
        s.sendmail('busy@x.org', ['a@x.org'], 'x')
    except smtplib.SMTPSenderRefused as e:
        return (e.args, s.sock)


def c_rcpt_421():
    s = conn()
    try:
        s.sendmail('me@x.org', ['a@x.org', 'closing@x.org', 'b@x.org'], 'x')
    except smtplib.SMTPRecipientsRefused as e:
        return (e.recipients, s.sock)


def c_data_error():
    s = conn()
    try:
        s.sendmail('me@x.org', ['a@x.org'], 'REJECT me')
    except smtplib.SMTPDataError as e:
        r = (e.smtp_code, e.smtp_error, s.noop())
        s.quit()
        return r


def c_data_354():
    s = conn()
    s.ehlo()
    s.mail('me@x.org')
    s.rcpt('nodata@x.org')
    try:
        s.data('x')
    finally:
        s.quit()


def c_mail_opts():
    s = conn()
    s.ehlo()
    out = [s.mail('me@x.org', ['BODY=8BITMIME']), s.rcpt('r@x.org', ['NOTIFY=NEVER']), s.data('hello\r\n')]
    s.quit()
    return out


def c_smtputf8():
    s = conn()
    s.ehlo()
    try:
        s.mail('me@x.org', ['SMTPUTF8'])
    finally:
        s.close()


def c_login(name, user='u', pw='p', **kw):
    def f():
        s = conn()
        s.ehlo(name)
        try:
            return s.login(user, pw, **kw)
        finally:
            s.close()
    return f


def c_starttls():
    s = conn()
    r = s.starttls(context=ctx())
    out = [r, type(s.sock).__name__, s.ehlo_resp, s.esmtp_features, s.does_esmtp]
    out.append(s.ehlo())
    out.append(s.has_extn('starttls'))
    out.append(s.login('u', 'p'))
    out.append(s.sendmail('me@x.org', 'you@x.org', 'over tls'))
    out.append(s.quit())
    return out


def c_starttls_twice():
    s = conn()
    s.starttls(context=ctx())
    try:
        s.starttls(context=ctx())
    finally:
        s.close()


def c_starttls_badca():
    s = conn()
    try:
        s.starttls(context=ssl.create_default_context())
    finally:
        s.close()


def c_starttls_args():
    s = conn()
    try:
        s.starttls(keyfile='k', context=ctx())
    finally:
        s.close()


def c_ssl():
    s = smtplib.SMTP_SSL(H, SPORT, local_hostname='tls.test', timeout=20, context=ctx())
    out = [type(s.sock).__name__, s.ehlo(), s.has_extn('starttls'), s.login('u', 'p'), s.sendmail('me@x.org', ['a@x.org', 'bad@x.org'], 'x'), s.quit(), s.default_port]
    return out


def c_ssl_badca():
    smtplib.SMTP_SSL(H, SPORT, local_hostname='tls.test', timeout=20, context=ssl.create_default_context())


def c_ssl_args():
    smtplib.SMTP_SSL(certfile='c', context=ctx())


def c_with():
    with conn() as s:
        r = s.noop()
    return r, s.sock


def c_with_disconnected():
    with conn() as s:
        s.close()
    return s.sock


def c_with_500():
    with conn() as s:
        s.docmd('XQUIT500')
        s.putcmd = lambda *a: smtplib.SMTP.putcmd(s, 'XQUIT500')


def c_disconnect():
    s = conn()
    try:
        s.docmd('XDROP')
    finally:
        print('  sock after drop:', s.sock)


def c_disconnect_mail():
    s = conn()
    s.sendmail('drop@x.org', ['a@x.org'], 'x')


def c_not_connected():
    s = smtplib.SMTP(local_hostname='x')
    s.noop()


def c_garbage():
    s = conn()
    r = s.docmd('XGARBAGE')
    s.quit()
    return r


def c_long_line():
    s = conn()
    try:
        s.docmd('XLONG')
    finally:
        print('  sock:', s.sock)


def c_connect_error():
    smtplib.SMTP(H, BPORT, local_hostname='x', timeout=20)


def c_refused():
    p = socket.socket()
    p.bind(('127.0.0.1', 0))
    port = p.getsockname()[1]
    p.close()
    try:
        smtplib.SMTP('127.0.0.1', port, local_hostname='x', timeout=20)
    except ConnectionRefusedError as e:
        return 'refused', e.errno == 111


def c_hostport():
    s = smtplib.SMTP(local_hostname='x', timeout=20)
    r = s.connect('%s:%d' % (H, PORT))
    s.quit()
    return r


def c_badport():
    s = smtplib.SMTP(local_hostname='x', timeout=20)
    s.connect('localhost:abc')


def c_source_address():
    s = smtplib.SMTP(H, PORT, local_hostname='x', timeout=20, source_address=('127.0.0.1', 0))
    r = (s.source_address, s.sock.getsockname()[0], s.timeout)
    s.quit()
    return r


def c_debug():
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        s = smtplib.SMTP(local_hostname='dbg.test', timeout=20)
        s.set_debuglevel(1)
        s.connect(H, PORT)
        s.ehlo()
        s.sendmail('me@x.org', ['a@x.org'], 'dbg\n.x')
        s.quit()
    finally:
        sys.stderr = old
    for line in buf.getvalue().splitlines():
        print('  |', mask(line))


def c_debug2():
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        s = conn()
        s.set_debuglevel(2)
        s.noop()
        s.quit()
    finally:
        sys.stderr = old
    return [len(l.split(' ', 1)[0].split(':')) for l in buf.getvalue().splitlines()]


def c_quote():
    return [smtplib.quoteaddr(a) for a in ['a@b', 'Joe <j@x>', '<j@x>', '', ' <x', 'j@x (c)']] + [smtplib.quotedata('a\n.b\r\n.\rc'), smtplib._quote_periods(b'.a\r\n.b'), smtplib._addr_only('J <j@x>'), smtplib._addr_only('')]


def c_exceptions():
    out = []
    for cls in (smtplib.SMTPException, smtplib.SMTPServerDisconnected, smtplib.SMTPNotSupportedError):
        e = cls('m')
        out.append((cls.__name__, [b.__name__ for b in cls.__mro__[1:3]], e.args, str(e)))
    for cls in (smtplib.SMTPResponseException, smtplib.SMTPDataError, smtplib.SMTPConnectError, smtplib.SMTPHeloError, smtplib.SMTPAuthenticationError):
        e = cls(550, b'msg')
        out.append((cls.__name__, cls.__bases__[0].__name__, e.args, e.smtp_code, e.smtp_error, str(e), e.errno, e.strerror))
    e = smtplib.SMTPSenderRefused(550, b'no', 'a@b')
    out.append((e.args, e.sender, str(e), isinstance(e, OSError), e.errno))
    e = smtplib.SMTPRecipientsRefused({'a': (550, b'x')})
    out.append((e.args, e.recipients, str(e)))
    return out


def c_send_message():
    try:
        import email.message
    except ImportError:
        return 'no email'
    m = email.message.Message()
    m['From'] = 'Me <me@x.org>'
    m['To'] = 'a@x.org, B <b@x.org>'
    m['Cc'] = 'c@x.org'
    m['Bcc'] = 'hidden@x.org'
    m['Subject'] = 'test'
    m.set_payload('body line\n.dot\n')
    s = conn()
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        s.set_debuglevel(1)
        r = s.send_message(m)
    finally:
        sys.stderr = old
    s.set_debuglevel(0)
    s.quit()
    for line in buf.getvalue().splitlines():
        if line.startswith("send: b'"):
            print('  |', line)
    return r, m['Bcc']


def c_send_message_resent():
    try:
        import email
    except ImportError:
        return 'no email'
    m = email.message_from_string('From: me@x.org\nTo: a@x.org\nResent-Date: x\nResent-From: r@x.org\nResent-To: bad@x.org, ok@x.org\nSubject: s\n\nbody\n')
    s = conn()
    r = s.send_message(m)
    s.quit()
    return r


for name, f in [
    ('connect', c_connect), ('ehlo', c_ehlo), ('helo', c_helo), ('helo_fallback', c_helo_fallback),
    ('helo_error', c_helo_error), ('misc', c_misc), ('sendmail', c_sendmail), ('sendmail_bytes', c_sendmail_bytes),
    ('partial_refused', c_partial_refused), ('all_refused', c_all_refused), ('sender_refused', c_sender_refused),
    ('sender_421', c_sender_421), ('rcpt_421', c_rcpt_421), ('data_error', c_data_error), ('data_354', c_data_354),
    ('mail_opts', c_mail_opts), ('smtputf8', c_smtputf8),
    ('login_default', c_login('')), ('login_plain', c_login('plainonly')), ('login_login', c_login('loginonly')),
    ('login_login_noinitial', c_login('loginonly', initial_response_ok=False)),
    ('login_cram', c_login('cramonly')), ('login_cram_bad', c_login('cramonly', pw='x')), ('login_bad', c_login('', pw='wrong')),
    ('login_noauth', c_login('noauth')), ('login_odd', c_login('oddauth')), ('login_old', c_login('oldauth')),
    ('starttls', c_starttls), ('starttls_twice', c_starttls_twice), ('starttls_badca', c_starttls_badca),
    ('starttls_args', c_starttls_args), ('ssl', c_ssl), ('ssl_badca', c_ssl_badca), ('ssl_args', c_ssl_args),
    ('with', c_with), ('with_disconnected', c_with_disconnected), ('with_500', c_with_500),
    ('disconnect', c_disconnect), ('disconnect_mail', c_disconnect_mail), ('not_connected', c_not_connected),
    ('garbage', c_garbage), ('long_line', c_long_line), ('connect_error', c_connect_error), ('refused', c_refused),
    ('hostport', c_hostport), ('badport', c_badport), ('source_address', c_source_address), ('debug', c_debug),
    ('debug2', c_debug2), ('quote', c_quote), ('exceptions', c_exceptions), ('send_message', c_send_message),
    ('send_message_resent', c_send_message_resent),
]:
    case(name, f)
