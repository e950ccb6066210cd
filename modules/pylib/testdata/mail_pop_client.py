import os, poplib, socket, ssl
PORT = int(os.getenv('MAIL_POP_PORT'))
SPORT = int(os.getenv('MAIL_POPS_PORT'))
NPORT = int(os.getenv('MAIL_POPNOCAPA_PORT'))
BPORT = int(os.getenv('MAIL_POPBAD_PORT'))
CA = os.getenv('MAIL_CA')
H = 'localhost'


def mask(s):
    s = str(s)
    for p, n in ((PORT, 'PORT'), (SPORT, 'SPORT'), (NPORT, 'NPORT'), (BPORT, 'BPORT')):
        s = s.replace(str(p), n)
    return s


def case(name, f):
    try:
        r = f()
        print(name, '=>', mask(repr(r)))
    except Exception as e:
        if isinstance(e, ssl.SSLError):
            print(name, '!! SSLError', isinstance(e, OSError), e.reason)
        else:
            print(name, '!!', type(e).__name__, mask(repr(e.args)), mask(str(e)))


def ctx():
    return ssl.create_default_context(cafile=CA)


def conn():
    return poplib.POP3(H, PORT, timeout=20)


def logged():
    p = conn()
    p.user('u')
    p.pass_('p')
    return p


def c_welcome():
    p = conn()
    r = (p.getwelcome(), p.welcome, p.host, p.port == PORT, p.encoding)
    p.quit()
    return r


def c_login():
    p = conn()
    r = (p.user('u'), p.pass_('p'), p.quit(), p.sock, p.file)
    return r


def c_badpass():
    p = conn()
    p.user('u')
    try:
        p.pass_('wrong')
    finally:
        p.quit()


def c_stat():
    p = logged()
    r = p.stat()
    p.quit()
    return r


def c_list():
    p = logged()
    r = (p.list(), p.list(1), p.list('2'))
    p.quit()
    return r


def c_list_bad():
    p = logged()
    try:
        p.list(9)
    finally:
        p.quit()


def c_retr():
    p = logged()
    r = [p.retr(1), p.retr(2)]
    p.quit()
    return r


def c_retr_bad():
    p = logged()
    try:
        p.retr('x')
    finally:
        p.quit()


def c_top():
    p = logged()
    r = [p.top(1, 0), p.top(1, 1), p.top(2, 5)]
    p.quit()
    return r


def c_dele():
    p = logged()
    r = [p.dele(1), p.stat(), p.list(), p.rset(), p.stat()]
    try:
        p.dele(9)
    except poplib.error_proto as e:
        r.append(e.args)
    p.quit()
    return r


def c_uidl():
    p = logged()
    r = (p.uidl(), p.uidl(2))
    p.quit()
    return r


def c_noop():
    p = logged()
    r = (p.noop(), p.rset())
    p.quit()
    return r


def c_capa():
    p = conn()
    r = sorted(p.capa().items())
    p.quit()
    return r


def c_capa_missing():
    p = poplib.POP3(H, NPORT, timeout=20)
    try:
        p.capa()
    finally:
        p.quit()


def c_stls_missing():
    p = poplib.POP3(H, NPORT, timeout=20)
    try:
        p.stls()
    finally:
        p.quit()


def c_stls():
    p = conn()
    r = [p.stls(ctx()), type(p.sock).__name__, p._tls_established, sorted(p.capa()), p.user('u'), p.pass_('p'), p.stat(), p.retr(1)[1]]
    r.append(p.quit())
    return r


def c_stls_twice():
    p = conn()
    p.stls(ctx())
    try:
        p.stls(ctx())
    finally:
        p.quit()


def c_stls_badca():
    p = conn()
    p.stls(ssl.create_default_context())


def c_ssl():
    p = poplib.POP3_SSL(H, SPORT, timeout=20, context=ctx())
    r = [type(p.sock).__name__, p.getwelcome(), p.user('u'), p.pass_('p'), p.stat(), p.list(), p.top(2, 0)]
    try:
        p.stls()
    except poplib.error_proto as e:
        r.append(e.args)
    r.append(p.quit())
    return r


def c_ssl_badca():
    poplib.POP3_SSL(H, SPORT, timeout=20, context=ssl.create_default_context())


def c_ssl_args():
    poplib.POP3_SSL(H, SPORT, keyfile='k', context=ctx())


def c_bad_greeting():
    poplib.POP3(H, BPORT, timeout=20)


def c_drop():
    p = logged()
    try:
        p._shortcmd('XDROP')
    finally:
        p.close()


def c_half():
    p = logged()
    try:
        p._longcmd('XHALF')
    finally:
        p.close()


def c_long():
    p = logged()
    try:
        p._shortcmd('XLONG')
    finally:
        p.close()


def c_unknown():
    p = logged()
    try:
        p._shortcmd('FOO bar')
    finally:
        p.quit()


def c_apop():
    p = conn()
    r = p.apop('u', 'p')
    try:
        p.apop('u', 'bad')
    except poplib.error_proto as e:
        r = (r, e.args)
    p.quit()
    return r


def c_apop_missing():
    p = poplib.POP3(H, NPORT, timeout=20)
    try:
        p.apop('u', 'p')
    finally:
        p.quit()


def c_debug():
    p = conn()
    p.set_debuglevel(2)
    p.user('u')
    p.pass_('p')
    r = p.stat()
    p.set_debuglevel(0)
    p.quit()
    return r


def c_close_twice():
    p = conn()
    p.close()
    p.close()
    return p.sock, p.file


def c_refused():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    try:
        poplib.POP3('127.0.0.1', port, timeout=20)
    except ConnectionRefusedError as e:
        return 'refused', e.errno == 111


def c_misc():
    e = poplib.error_proto(b'-ERR x')
    return (poplib.POP3_PORT, poplib.POP3_SSL_PORT, poplib.CRLF, poplib._MAXLINE, poplib.error_proto.__bases__, e.args, str(e), sorted(poplib.__all__), poplib.HAVE_SSL)


for name, f in [
    ('welcome', c_welcome), ('login', c_login), ('badpass', c_badpass), ('stat', c_stat), ('list', c_list),
    ('list_bad', c_list_bad), ('retr', c_retr), ('retr_bad', c_retr_bad), ('top', c_top), ('dele', c_dele),
    ('uidl', c_uidl), ('noop', c_noop), ('capa', c_capa), ('capa_missing', c_capa_missing),
    ('stls_missing', c_stls_missing), ('stls', c_stls), ('stls_twice', c_stls_twice), ('stls_badca', c_stls_badca),
    ('ssl', c_ssl), ('ssl_badca', c_ssl_badca), ('ssl_args', c_ssl_args), ('bad_greeting', c_bad_greeting),
    ('drop', c_drop), ('half', c_half), ('long', c_long), ('unknown', c_unknown), ('apop', c_apop),
    ('apop_missing', c_apop_missing), ('debug', c_debug), ('close_twice', c_close_twice), ('refused', c_refused),
    ('misc', c_misc),
]:
    case(name, f)
