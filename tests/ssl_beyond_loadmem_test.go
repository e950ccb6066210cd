package tests

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadMemFiles derives from the test PKI's RSA server file (certificate
// and key, PEM) the forms load_cert_chain_data takes: the certificate and
// key apart in PEM and DER, the key encrypted in PEM and in DER (PKCS#8,
// password "secret"), and the ECDSA server's key (a mismatch).
type loadMemFiles struct {
	certPEM, keyPEM, certDER, keyDER, encPEM, encDER, otherKey string
}

func makeLoadMemFiles(t *testing.T) loadMemFiles {
	bin := needOpenSSL(t)
	p := testPKI(t)
	dir := t.TempDir()
	f := loadMemFiles{
		certPEM: filepath.Join(dir, "cert.pem"), keyPEM: filepath.Join(dir, "key.pem"),
		certDER: filepath.Join(dir, "cert.der"), keyDER: filepath.Join(dir, "key.der"),
		encPEM: filepath.Join(dir, "enc.pem"), encDER: filepath.Join(dir, "enc.der"),
		otherKey: filepath.Join(dir, "other.pem"),
	}
	for _, args := range [][]string{
		{"x509", "-in", p.RSA, "-out", f.certPEM},
		{"pkey", "-in", p.RSA, "-out", f.keyPEM},
		{"x509", "-in", p.RSA, "-outform", "DER", "-out", f.certDER},
		{"pkey", "-in", p.RSA, "-outform", "DER", "-out", f.keyDER},
		{"pkey", "-in", p.RSA, "-aes256", "-passout", "pass:secret", "-out", f.encPEM},
		{"pkcs8", "-topk8", "-in", p.RSA, "-outform", "DER", "-v2", "aes256", "-passout", "pass:secret", "-out", f.encDER},
		{"pkey", "-in", p.ECDSA, "-out", f.otherKey},
		{"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", filepath.Join(dir, "rsa2.pem")},
	} {
		out, err := exec.Command(bin, args...).CombinedOutput()
		require.NoError(t, err, "openssl %v: %s", args, out)
	}
	// The chain case: the leaf followed by the CA.
	leaf, err := os.ReadFile(f.certPEM)
	require.NoError(t, err)
	ca, err := os.ReadFile(p.CA)
	require.NoError(t, err)
	writeFile(t, filepath.Join(dir, "chain.pem"), string(leaf)+"some text between blocks\n"+string(ca))
	return f
}

// loadMemScript loads the same material with load_cert_chain_data and
// with load_cert_chain (from files) and prints both outcomes side by side,
// then handshakes with a server whose chain came from memory.
// argv: CAFILE DIR(with the files of makeLoadMemFiles).
const loadMemScript = `import os, ssl, sys
cafile, d = sys.argv[1], sys.argv[2]
def rd(name, mode='rb'):
    with open(os.path.join(d, name), mode) as f:
        return f.read()
def path(name):
    return os.path.join(d, name)

def outcome(f):
    try:
        f()
        return 'ok'
    except ssl.SSLError as e:
        return 'SSLError %s %s %s' % (e.library, e.reason, str(e).split(' (')[0])
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)

def srv():
    return ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)

calls = [0]
def pw_callable():
    calls[0] += 1
    return 'secret'
def pw_raises():
    raise KeyError('from callback')
def pw_int():
    return 5

cases = [
    ('pem str', lambda c: c.load_cert_chain_data(rd('cert.pem', 'r'), rd('key.pem', 'r')),
                lambda c: c.load_cert_chain(path('cert.pem'), path('key.pem'))),
    ('pem bytes', lambda c: c.load_cert_chain_data(rd('cert.pem'), rd('key.pem')),
                  lambda c: c.load_cert_chain(path('cert.pem'), path('key.pem'))),
    ('pem one blob', lambda c: c.load_cert_chain_data(rd('cert.pem') + rd('key.pem')), None),
    ('bytearray', lambda c: c.load_cert_chain_data(bytearray(rd('cert.pem')), bytearray(rd('key.pem'))), None),
    ('chain pem', lambda c: c.load_cert_chain_data(rd('chain.pem'), rd('key.pem')),
                  lambda c: c.load_cert_chain(path('chain.pem'), path('key.pem'))),
    ('der', lambda c: c.load_cert_chain_data(rd('cert.der'), rd('key.der')), None),
    ('der cert pem key', lambda c: c.load_cert_chain_data(rd('cert.der'), rd('key.pem', 'r')), None),
    ('enc pem str pw', lambda c: c.load_cert_chain_data(rd('cert.pem'), rd('enc.pem'), 'secret'),
                       lambda c: c.load_cert_chain(path('cert.pem'), path('enc.pem'), 'secret')),
    ('enc pem bytes pw', lambda c: c.load_cert_chain_data(rd('cert.pem'), rd('enc.pem'), b'secret'),
                         lambda c: c.load_cert_chain(path('cert.pem'), path('enc.pem'), b'secret')),
    ('enc pem callable', lambda c: c.load_cert_chain_data(rd('cert.pem'), rd('enc.pem'), pw_callable),
                         lambda c: c.load_cert_chain(path('cert.pem'), path('enc.pem'), pw_callable)),
    ('enc der pw', lambda c: c.load_cert_chain_data(rd('cert.der'), rd('enc.der'), 'secret'), None),
    ('wrong pw', lambda c: c.load_cert_chain_data(rd('cert.pem'), rd('enc.pem'), 'wrong'),
                 lambda c: c.load_cert_chain(path('cert.pem'), path('enc.pem'), 'wrong')),
    ('pw raises', lambda c: c.load_cert_chain_data(rd('cert.pem'), rd('enc.pem'), pw_raises),
                  lambda c: c.load_cert_chain(path('cert.pem'), path('enc.pem'), pw_raises)),
    ('pw returns int', lambda c: c.load_cert_chain_data(rd('cert.pem'), rd('enc.pem'), pw_int),
                       lambda c: c.load_cert_chain(path('cert.pem'), path('enc.pem'), pw_int)),
    ('pw wrong type', lambda c: c.load_cert_chain_data(rd('cert.pem'), rd('enc.pem'), 5),
                      lambda c: c.load_cert_chain(path('cert.pem'), path('enc.pem'), 5)),
    ('pw too long', lambda c: c.load_cert_chain_data(rd('cert.pem'), rd('enc.pem'), 'x' * 2000),
                    lambda c: c.load_cert_chain(path('cert.pem'), path('enc.pem'), 'x' * 2000)),
    ('other key type', lambda c: c.load_cert_chain_data(rd('cert.pem'), rd('other.pem')),
                       lambda c: c.load_cert_chain(path('cert.pem'), path('other.pem'))),
    ('mismatch', lambda c: c.load_cert_chain_data(rd('cert.der'), rd('rsa2.pem')),
                 lambda c: c.load_cert_chain(path('cert.pem'), path('rsa2.pem'))),
    ('key only', lambda c: c.load_cert_chain_data(rd('key.pem')),
                 lambda c: c.load_cert_chain(path('key.pem'))),
    ('cert only', lambda c: c.load_cert_chain_data(rd('cert.pem')),
                  lambda c: c.load_cert_chain(path('cert.pem'))),
    ('garbage pem', lambda c: c.load_cert_chain_data('-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n'), None),
    ('garbage der', lambda c: c.load_cert_chain_data(b'\x30\x03\x01\x01\x00', rd('key.der')), None),
    ('empty', lambda c: c.load_cert_chain_data(b''), None),
    ('path is data', lambda c: c.load_cert_chain_data(path('cert.pem'), path('key.pem')), None),
    ('int', lambda c: c.load_cert_chain_data(5), None),
    ('non-ascii str', lambda c: c.load_cert_chain_data('\xe9'), None),
    ('key int', lambda c: c.load_cert_chain_data(rd('cert.pem'), 5), None),
    ('no args', lambda c: c.load_cert_chain_data(), None),
]
for label, mem, files in cases:
    line = label + ': ' + outcome(lambda: mem(srv()))
    if files is not None:
        line += ' | files: ' + outcome(lambda: files(srv()))
    print(line)
print('callable calls', calls[0])

# A handshake with the chain loaded from memory (encrypted DER key).
server = srv()
server.load_cert_chain_data(rd('chain.pem'), rd('enc.der'), password=b'secret')
client = ssl.create_default_context(cafile=cafile)
si, so, ci, co = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
s = server.wrap_bio(si, so, server_side=True)
c = client.wrap_bio(ci, co, server_hostname='localhost')
for _ in range(10):
    done = 0
    for o in (c, s):
        try:
            o.do_handshake()
            done += 1
        except ssl.SSLWantReadError:
            pass
    si.write(co.read())
    ci.write(so.read())
    if done == 2:
        break
print('handshake', c.version(), dict(x[0] for x in c.getpeercert()['subject'])['commonName'], len(c.get_unverified_chain()))
`

// TestLoadCertChainData: SSLContext.load_cert_chain_data (this project's
// method: the chain and key from memory) takes PEM (str, bytes, one blob,
// a chain with text between blocks) and DER (certificate, plain and
// encrypted PKCS#8 keys), passwords as str, bytes or a callable, and
// fails exactly as load_cert_chain does with the same material in files
// (each line prints both); data that names a file is data, never a path.
// A server context loaded from memory completes a handshake and sends its
// chain.
func TestLoadCertChainData(t *testing.T) {
	f := makeLoadMemFiles(t)
	p := testPKI(t)
	path := filepath.Join(t.TempDir(), "loadmem.py")
	writeFile(t, path, loadMemScript)
	r := gpython(t, path, p.CA, filepath.Dir(f.certPEM))
	require.Equal(t, 0, r.Code, r.Stderr)
	const pemLib = "SSLError SSL None [SSL] PEM lib"
	assert.Equal(t, strings.Join([]string{
		"pem str: ok | files: ok",
		"pem bytes: ok | files: ok",
		"pem one blob: ok",
		"bytearray: ok",
		"chain pem: ok | files: ok",
		"der: ok",
		"der cert pem key: ok",
		"enc pem str pw: ok | files: ok",
		"enc pem bytes pw: ok | files: ok",
		"enc pem callable: ok | files: ok",
		"enc der pw: ok",
		"wrong pw: " + pemLib + " | files: " + pemLib,
		"pw raises: KeyError 'from callback' | files: KeyError 'from callback'",
		"pw returns int: TypeError password callback must return a string | files: TypeError password callback must return a string",
		"pw wrong type: TypeError password should be a string or callable | files: TypeError password should be a string or callable",
		"pw too long: ValueError password cannot be longer than 1024 bytes | files: ValueError password cannot be longer than 1024 bytes",
		"other key type: SSLError SSL NO_CERTIFICATE_ASSIGNED [SSL: NO_CERTIFICATE_ASSIGNED] no certificate assigned | files: SSLError SSL NO_CERTIFICATE_ASSIGNED [SSL: NO_CERTIFICATE_ASSIGNED] no certificate assigned",
		"mismatch: SSLError X509 KEY_VALUES_MISMATCH [X509: KEY_VALUES_MISMATCH] key values mismatch | files: SSLError X509 KEY_VALUES_MISMATCH [X509: KEY_VALUES_MISMATCH] key values mismatch",
		"key only: " + pemLib + " | files: " + pemLib,
		"cert only: " + pemLib + " | files: " + pemLib,
		"garbage pem: " + pemLib,
		"garbage der: SSLError SSL None [SSL] ASN1 lib",
		"empty: " + pemLib,
		"path is data: " + pemLib,
		"int: TypeError certdata should be an ASCII string or a bytes-like object",
		"non-ascii str: TypeError certdata should be an ASCII string or a bytes-like object",
		"key int: TypeError keydata should be an ASCII string or a bytes-like object",
		"no args: TypeError load_cert_chain_data() takes at least 1 arguments (0 given)",
		"callable calls 2",
		"handshake TLSv1.3 localhost 2",
	}, "\n")+"\n", r.Stdout)

	// The file half of each line is CPython's behaviour: CPython 3.11
	// prints the same for load_cert_chain.
	if py3 := python3Path(); py3 != "" {
		probe := `import os, ssl, sys
d = sys.argv[1]
def path(name):
    return os.path.join(d, name)
for args in [('cert.pem', 'enc.pem', 'wrong'), ('cert.pem', 'other.pem'), ('cert.pem', 'rsa2.pem'), ('key.pem',), ('cert.pem',)]:
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        c.load_cert_chain(path(args[0]), *[path(a) if a.endswith('.pem') else a for a in args[1:]])
    except ssl.SSLError as e:
        print(e.library, e.reason, str(e).split(' (')[0])
`
		pp := filepath.Join(t.TempDir(), "probe.py")
		writeFile(t, pp, probe)
		want := runCmd(t, 60*time.Second, py3, pp, filepath.Dir(f.certPEM))
		got := gpython(t, pp, filepath.Dir(f.certPEM))
		require.Equal(t, 0, want.Code, want.Stderr)
		assert.Equal(t, want.Stdout, got.Stdout, "load_cert_chain: gpython-ssl and CPython 3.11 disagree")
	}
}

// TestLoadCertChainDataServesGoClient: a gpython-ssl server whose chain
// and key came from memory (DER key) is verified by a crypto/tls client.
func TestLoadCertChainDataServesGoClient(t *testing.T) {
	f := makeLoadMemFiles(t)
	p := testPKI(t)
	srv := `import socket, ssl, sys
d = sys.argv[1]
def rd(n):
    with open(d + '/' + n, 'rb') as f:
        return f.read()
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain_data(rd('cert.der'), rd('key.der'))
ls = socket.socket()
ls.bind(('127.0.0.1', 0))
ls.listen(1)
print('PORT', ls.getsockname()[1], flush=True)
conn, _ = ls.accept()
with ctx.wrap_socket(conn, server_side=True) as s:
    line = s.recv(100)
    s.sendall(line.upper())
    print('served', line)
`
	path := filepath.Join(t.TempDir(), "memserver.py")
	writeFile(t, path, srv)
	proc := startProcess(t, 60*time.Second, binary, path, filepath.Dir(f.certDER))
	port, err := strconv.Atoi(strings.TrimPrefix(proc.waitLine(t, "PORT ", 20*time.Second), "PORT "))
	require.NoError(t, err)
	reply, err := goTLSClient(port, p.CA, "", "localhost", 0)
	require.NoError(t, err)
	assert.Equal(t, "HELLO FROM GO\n", reply)
	lines := proc.Wait(t, 30*time.Second)
	assert.Equal(t, []string{"served b'hello from Go\\n'"}, lines[1:])
}
