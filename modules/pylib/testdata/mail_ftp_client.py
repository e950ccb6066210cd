import ftplib, io, os, socket, ssl
PORT = int(os.getenv('MAIL_FTP_PORT'))
CA = os.getenv('MAIL_CA')
H = 'localhost'


def mask(s):
    return str(s).replace(str(PORT), 'PORT')


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
    f = ftplib.FTP(timeout=20)
    f.connect(H, PORT)
    return f


def logged():
    f = conn()
    f.login('u', 'p')
    return f


def c_connect():
    f = ftplib.FTP(timeout=20)
    r = (f.connect(H, PORT), f.getwelcome(), f.host, f.port == PORT, f.passiveserver, f.encoding, f.lastresp)
    f.quit()
    return r, f.sock, f.file


def c_login():
    f = conn()
    return f.login('u', 'p'), f.quit()


def c_login_anon():
    f = conn()
    r = [f.login()]
    f.close()
    f = conn()
    r.append(f.login('anonymous', '-'))
    f.close()
    f = conn()
    r.append(f.login('anonymous', 'me@x'))
    f.close()
    return r


def c_login_acct():
    f = conn()
    r = f.login('acct', 'p', 'A1')
    f.close()
    return r


def c_login_bad():
    f = conn()
    try:
        f.login('u', 'wrong')
    finally:
        f.close()


def c_login_nobody():
    f = conn()
    try:
        f.login('nobody')
    finally:
        f.close()


def c_pwd_cwd():
    f = logged()
    r = [f.pwd(), f.cwd('sub'), f.cwd('..'), f.cwd(''), f.mkd('new'), f.mkd('a"b'), f.rmd('old')]
    f.quit()
    return r


def c_cwd_bad():
    f = logged()
    try:
        f.cwd('nope')
    finally:
        f.close()


def c_rmd_bad():
    f = logged()
    try:
        f.rmd('nope')
    finally:
        f.close()


def c_nlst():
    f = logged()
    r = (f.nlst(), f.nlst('-a'))
    f.quit()
    return r


def c_dir():
    f = logged()
    lines = []
    r = f.dir(lines.append)
    f.dir()
    f.quit()
    return r, lines


def c_retrlines():
    f = logged()
    lines = []
    r = f.retrlines('RETR a.txt', lines.append)
    f.quit()
    return r, lines


def c_retrbinary():
    f = logged()
    chunks = []
    r = f.retrbinary('RETR bin.dat', chunks.append, blocksize=1000)
    f.quit()
    data = b''.join(chunks)
    return r, len(data), data[:5], data[-3:], all(len(c) <= 1000 for c in chunks)


def c_retr_missing():
    f = logged()
    try:
        f.retrbinary('RETR nope', print)
    finally:
        print('  next:', f.voidcmd('NOOP'))
        f.close()


def c_storbinary():
    f = logged()
    seen = []
    r = f.storbinary('STOR up.bin', io.BytesIO(b'x' * 20000 + b'end'), 4096, seen.append)
    r2 = f.size('up.bin')
    f.quit()
    return r, r2, [len(s) for s in seen]


def c_storlines():
    f = logged()
    r = f.storlines('STOR up.txt', io.BytesIO(b'one\ntwo\r\nthree\rfour'))
    lines = []
    f.retrlines('RETR up.txt', lines.append)
    f.quit()
    return r, lines


def c_size_delete_rename():
    f = logged()
    r = [f.size('a.txt'), f.size('empty'), f.rename('a.txt', 'b.txt'), f.nlst(), f.delete('b.txt'), f.nlst()]
    for g in (lambda: f.size('nope'), lambda: f.delete('nope'), lambda: f.rename('nope', 'x'), lambda: f.delete('odd')):
        try:
            g()
        except ftplib.Error as e:
            r.append((type(e).__name__, e.args))
    f.quit()
    return r


def c_mlsd():
    f = logged()
    r = list(f.mlsd())
    f.quit()
    return r


def c_active():
    f = logged()
    f.set_pasv(False)
    r = (f.nlst(), f.retrbinary('RETR a.txt', lambda b: print('  got', b)))
    f.quit()
    return r


def c_errors():
    f = logged()
    r = []
    for cmd in ('XTEMP', 'XPROTO', 'BOGUS'):
        try:
            f.sendcmd(cmd)
        except ftplib.all_errors as e:
            r.append((type(e).__name__, e.args))
    try:
        f.voidcmd('PASV')
    except ftplib.error_reply as e:
        r.append(('reply', e.args[0][:3]))
    r.append(f.sendcmd('XMULTI'))
    f.close()
    return r


def c_newline():
    f = logged()
    try:
        f.sendcmd('NOOP\r\nQUIT')
    finally:
        f.close()


def c_drop():
    f = logged()
    try:
        f.sendcmd('XDROP')
    finally:
        f.close()


def c_with():
    f = ftplib.FTP(timeout=20)
    with f:
        f.connect(H, PORT)
        f.login('u', 'p')
    return f.sock


def c_init_connect():
    f = ftplib.FTP(timeout=20)
    f.port = PORT
    r = f.connect(H)
    f.login('u', 'p')
    with f:
        r2 = f.pwd()
    return r, r2, f.sock


def c_debug():
    f = conn()
    f.set_debuglevel(2)
    f.login('u', 'p')
    f.getwelcome()
    f.debug(0)
    f.quit()


def c_parse():
    r = [ftplib.parse227('227 Entering Passive Mode (10,0,0,1,4,1).'), ftplib.parse257('257 "/a""b" x'), ftplib.parse257('257 no quotes'),
         ftplib.parse150('150 Opening (123 bytes)'), ftplib.parse150('150 ok'), ftplib.parse229('229 Entering (|||6446|)', ('h', 1))]
    for f, a in ((ftplib.parse227, '200 x'), (ftplib.parse227, '227 x'), (ftplib.parse257, '250 x'), (ftplib.parse150, '226 x'), (lambda a: ftplib.parse229(a, ('h', 1)), '229 (|x)'), (lambda a: ftplib.parse229(a, ('h', 1)), '229 (|||x|')):
        try:
            f(a)
        except ftplib.Error as e:
            r.append((type(e).__name__, e.args))
    return r


def c_classes():
    return ([c.__name__ for c in ftplib.all_errors], [c.__bases__[0].__name__ for c in (ftplib.error_reply, ftplib.error_temp, ftplib.error_perm, ftplib.error_proto)], ftplib.FTP_PORT, ftplib.MAXLINE, ftplib.CRLF, ftplib.B_CRLF, sorted(ftplib.__all__))


def c_tls():
    f = ftplib.FTP_TLS(context=ctx(), timeout=20)
    r = [f.connect(H, PORT), f.login('u', 'p'), type(f.sock).__name__, f.prot_p()]
    r.append(f.nlst())
    lines = []
    r.append(f.retrlines('RETR a.txt', lines.append))
    r.append(lines)
    chunks = []
    r.append(f.retrbinary('RETR bin.dat', chunks.append))
    r.append(len(b''.join(chunks)))
    r.append(f.storbinary('STOR t.bin', io.BytesIO(b'tls data')))
    r.append(f.prot_c())
    r.append(f.nlst())
    r.append(f.quit())
    return r


def c_tls_auth_twice():
    f = ftplib.FTP_TLS(context=ctx(), timeout=20)
    f.connect(H, PORT)
    f.auth()
    try:
        f.auth()
    finally:
        f.close()


def c_tls_ccc():
    f = ftplib.FTP_TLS(context=ctx(), timeout=20)
    f.connect(H, PORT)
    r = [f.login('u', 'p'), f.ccc(), type(f.sock).__name__]
    try:
        f.ccc()
    except ValueError as e:
        r.append(e.args[0][:22])
    f.close()
    return r


def c_tls_insecure_login():
    f = ftplib.FTP_TLS(context=ctx(), timeout=20)
    f.connect(H, PORT)
    r = (f.login('u', 'p', secure=False), type(f.sock).__name__)
    f.quit()
    return r


def c_tls_badca():
    f = ftplib.FTP_TLS(context=ssl.create_default_context(), timeout=20)
    f.connect(H, PORT)
    f.login('u', 'p')


def c_tls_args():
    ftplib.FTP_TLS(keyfile='k', context=ctx())


for name, f in [
    ('connect', c_connect), ('login', c_login), ('login_anon', c_login_anon), ('login_acct', c_login_acct),
    ('login_bad', c_login_bad), ('login_nobody', c_login_nobody), ('pwd_cwd', c_pwd_cwd), ('cwd_bad', c_cwd_bad),
    ('rmd_bad', c_rmd_bad), ('nlst', c_nlst), ('dir', c_dir), ('retrlines', c_retrlines), ('retrbinary', c_retrbinary),
    ('retr_missing', c_retr_missing), ('storbinary', c_storbinary), ('storlines', c_storlines),
    ('size_delete_rename', c_size_delete_rename), ('mlsd', c_mlsd), ('active', c_active), ('errors', c_errors),
    ('newline', c_newline), ('drop', c_drop), ('with', c_with), ('init_connect', c_init_connect), ('debug', c_debug),
    ('parse', c_parse), ('classes', c_classes), ('tls', c_tls), ('tls_auth_twice', c_tls_auth_twice),
    ('tls_ccc', c_tls_ccc), ('tls_insecure_login', c_tls_insecure_login), ('tls_badca', c_tls_badca),
    ('tls_args', c_tls_args),
]:
    case(name, f)
