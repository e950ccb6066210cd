package tests

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// classAttrScript assigns sslsocket_class and sslobject_class on context
// instances (CPython 3.7+ allows it; wrap_socket and wrap_bio then make
// that class) and checks that the class attributes and other contexts
// are untouched.
const classAttrScript = `import socket, ssl

# Not subclasses: gpython-ssl's SSLObject and SSLSocket are Go types that
# Python cannot derive from; a class takes part through _create (README).
class MyObject:
    made = []
    @classmethod
    def _create(cls, *args, **kwargs):
        MyObject.made.append(kwargs.get('server_hostname'))
        return ssl.SSLObject._create(*args, **kwargs)

class MySocket:
    made = []
    @classmethod
    def _create(cls, *args, **kwargs):
        MySocket.made.append(kwargs.get('server_hostname'))
        return ssl.SSLSocket._create(*args, **kwargs)

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
other = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.sslobject_class = MyObject
ctx.sslsocket_class = MySocket
print('instance', ctx.sslobject_class is MyObject, ctx.sslsocket_class is MySocket)
print('class', ssl.SSLContext.sslobject_class is ssl.SSLObject, ssl.SSLContext.sslsocket_class is ssl.SSLSocket)
print('other', other.sslobject_class is ssl.SSLObject, other.sslsocket_class is ssl.SSLSocket)

obj = ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='a.example')
print('wrap_bio', MyObject.made, obj.server_hostname)
other.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='b.example')
print('other wrap_bio', MyObject.made)

s = socket.socket()
conn = ctx.wrap_socket(s, server_hostname='c.example')
print('wrap_socket', MySocket.made, conn.server_hostname)
conn.close()

del ctx.sslobject_class
print('deleted', ctx.sslobject_class is ssl.SSLObject)
ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='d.example')
print('after delete', MyObject.made)
ctx.anything = 42
print('other attribute', ctx.anything)
`

// TestContextClassAttributesOnInstances: assigning sslsocket_class and
// sslobject_class on an SSLContext instance (the bug of issue 18: an
// AttributeError before) makes that context's wrap_socket/wrap_bio use
// the class; the class attributes and other contexts keep theirs. Same
// stdout as CPython 3.11.
func TestContextClassAttributesOnInstances(t *testing.T) {
	path := filepath.Join(t.TempDir(), "classattr.py")
	writeFile(t, path, classAttrScript)
	out := sameAsCPython(t, path)
	assert.Equal(t, `instance True True
class True True
other True True
wrap_bio ['a.example'] a.example
other wrap_bio ['a.example']
wrap_socket ['c.example'] c.example
deleted True
after delete ['a.example']
other attribute 42
`, out)
}

// stdlibScript exercises what Lib/ssl.py now takes from the standard
// modules: binascii.Error from PEM_cert_to_DER_cert's base64 decoding,
// cert_time_to_seconds over time.strptime/calendar.timegm, and
// match_hostname's IP addresses through ipaddress.
const stdlibScript = `import binascii, ssl

def show(f, *args):
    try:
        print(repr(f(*args)))
    except binascii.Error as e:
        print('binascii.Error', e, isinstance(e, ValueError))
    except ssl.CertificateError as e:
        print('CertificateError', e)
    except (ValueError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)

H, F = ssl.PEM_HEADER, ssl.PEM_FOOTER
for body in ['MIIB', 'MIIBA', 'MII', 'A', '', 'YWJj', 'YW Jj\n', 'YWJ=', 'Y===', '!!YWJj!!', 'YWJj====']:
    show(ssl.PEM_cert_to_DER_cert, H + '\n' + body + '\n' + F + '\n')
show(ssl.PEM_cert_to_DER_cert, H + '\n\xe9\n' + F)
show(ssl.PEM_cert_to_DER_cert, 'junk')
show(ssl.PEM_cert_to_DER_cert, H + 'YWJj')
for der in [b'', b'a', b'abc', bytes(range(100))]:
    show(ssl.DER_cert_to_PEM_cert, der)
print(ssl.PEM_cert_to_DER_cert(ssl.DER_cert_to_PEM_cert(bytes(range(256)))) == bytes(range(256)))

for t in ['Jan  5 09:34:43 2018 GMT', 'jan 05 09:34:43 2018 gmt', 'Feb 29 12:00:00 2000 GMT',
          'Feb 29 12:00:00 2001 GMT', 'Feb 31 00:00:00 2001 GMT', 'Dec 31 23:59:60 2016 GMT',
          'Jun 30 23:59:61 2015 GMT', 'Jan  1 00:00:00 1900 GMT', 'Jan  1 00:00:00 0001 GMT',
          'Jan  1 00:00:00 0000 GMT', 'Foo  5 09:34:43 2018 GMT', 'Jan  5 09:34:43 2018 UTC',
          'Jan  5 09:34:43 2018 GMT ', 'Jan  5 24:00:00 2018 GMT', 'Jan 32 00:00:00 2018 GMT',
          'Jan  5 09:34:43 18 GMT', 'Ja', '', 'JAN\t5\t09:34:43\t2018\tGMT', 'Jan  5 9:4:3 2018 GMT']:
    show(ssl.cert_time_to_seconds, t)
show(ssl.cert_time_to_seconds, 5)

def cert(*ips):
    return {'subject': ((('commonName', 'example.com'),),),
            'subjectAltName': tuple(('IP Address', ip) for ip in ips)}
for ips, host in [(('127.0.0.1',), '127.0.0.1'), (('127.0.0.1\n',), '127.0.0.1'),
                  (('::1',), '0:0:0:0:0:0:0:1'), (('2001:db8::1\n',), '2001:DB8::1'),
                  (('::ffff:1.2.3.4',), '::ffff:102:304'), (('10.0.0.1',), '10.0.0.2'),
                  (('10.0.0.1', '10.0.0.2'), '10.0.0.3'), (('not an ip',), '10.0.0.1'),
                  (('010.0.0.1',), '10.0.0.1'), (('1.2.3.4',), '01.2.3.4'),
                  (('1.2.3',), '1.2.3.4'), (('::1',), 'example.com')]:
    show(ssl.match_hostname, cert(*ips), host)
show(ssl.match_hostname, {'subjectAltName': (('DNS', 'example.com'),)}, '127.0.0.1')
`

// TestSSLUsesStdlibModules: issue 16 item 3. PEM_cert_to_DER_cert's
// padding error is the binascii module's Error (caught by `except
// binascii.Error`), cert_time_to_seconds gives time.strptime's results and
// errors, match_hostname compares IP addresses through ipaddress; every
// line as CPython 3.6 prints it.
func TestSSLUsesStdlibModules(t *testing.T) {
	want := pytesting.CPython36Output(t, "ssl_beyond_stdlib", stdlibScript)
	path := filepath.Join(t.TempDir(), "stdlib.py")
	writeFile(t, path, stdlibScript)
	got := gpython(t, path)
	require.Equal(t, 0, got.Code, got.Stderr)
	assert.Equal(t, want, got.Stdout)
}
