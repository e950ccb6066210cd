# repr() of ssl's errors shows the arguments they were made with, whatever
# str() shows (strerror with two arguments, str(args) otherwise).
import ssl
for e in [ssl.SSLError(1, 'x'), ssl.SSLZeroReturnError('closed'), ssl.SSLError('just'), ssl.SSLError(),
          ssl.SSLWantReadError(2, 'want'), ssl.SSLEOFError(8, 'EOF occurred'), ssl.CertificateError('bad host'),
          ssl.SSLError(1, 'x', 'extra'), ssl.SSLSyscallError(5, 'eof', None)]:
    print(repr(e), '|', str(e), '|', e.args, '|', '%r' % (e,), '|', repr([e]))
for a in [(1, 'x', None), (1, 'x', 'f'), (1, 'x', None, None), (1, 'x', 'f', None, 'g'), (1, 'x', None, None, None)]:
    e = ssl.SSLError(*a)
    print(a, repr(e), e.args, e.filename, str(e))
