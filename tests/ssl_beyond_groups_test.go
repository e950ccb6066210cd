package tests

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// groupsPairScript runs in-process handshakes (two SSLObjects over memory
// BIOs, OpenSSL on both ends) with set_groups on either side and prints
// what group() reports; then get_groups() and set_groups' errors.
// argv: CAFILE CERTKEY.
const groupsPairScript = `import ssl, sys
cafile, certkey = sys.argv[1], sys.argv[2]

def contexts(server_groups=None, client_groups=None, tls12=False):
    s = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    s.load_cert_chain(certkey)
    c = ssl.create_default_context(cafile=cafile)
    if tls12:
        c.maximum_version = ssl.TLSVersion.TLSv1_2
    if server_groups:
        s.set_groups(server_groups)
    if client_groups:
        c.set_groups(client_groups)
    return s, c

def handshake(sctx, cctx):
    si, so, ci, co = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    s = sctx.wrap_bio(si, so, server_side=True)
    c = cctx.wrap_bio(ci, co, server_hostname='localhost')
    before = (c.group(), s.group())
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
    return before, c, s

for label, sg, cg, tls12 in [
        ('defaults', None, None, False),
        ('server P-384', 'P-384', None, False),
        ('server X448:P-521', 'X448:P-521', None, False),
        ('client ffdhe2048', None, 'ffdhe2048', False),
        ('both secp384r1', 'secp384r1', 'secp384r1', False),
        ('tls12 client X25519', None, 'X25519', True),
        ('tls12 server P-256', 'P-256', None, True),
        ('disjoint', 'P-384', 'P-256', False)]:
    sctx, cctx = contexts(sg, cg, tls12)
    try:
        before, c, s = handshake(sctx, cctx)
        print(label, before, c.version(), c.group(), s.group())
    except ssl.SSLError as e:
        print(label, 'refused', e.reason)

ctx = ssl.create_default_context()
plain = ctx.get_groups()
aliases = ctx.get_groups(include_aliases=True)
print('names', all(isinstance(n, str) for n in plain), len(plain) == len(set(plain)))
for name in ('x25519', 'secp256r1', 'secp384r1', 'x448', 'ffdhe2048', 'P-256', 'prime256v1'):
    print('has', name, name in plain, name in aliases)
print('aliases extend', set(plain) < set(aliases))
ctx.minimum_version = ssl.TLSVersion.TLSv1_3
tls13 = ctx.get_groups()
print('tls13 subset', set(tls13) <= set(plain), 'x25519' in tls13)
print('tls13 drops TLS 1.2-only curves', 'sect163k1' in plain, 'sect163k1' in tls13)
ctx.minimum_version = ssl.TLSVersion.TLSv1_2
ctx.maximum_version = ssl.TLSVersion.TLSv1_2
print('tls12 has x25519', 'x25519' in ctx.get_groups())

for args, kwargs in [(('nope',), {}), (('X25519:nope',), {}), (('',), {}), ((5,), {}),
                     ((), {'groups': 'X25519'}), (('a\0b',), {})]:
    try:
        print('set_groups', ctx.set_groups(*args, **kwargs))
    except ssl.SSLError as e:
        print('set_groups SSLError', e.args)
    except (TypeError, ValueError) as e:
        print('set_groups', type(e).__name__, e)
for args in [(True,), ()]:
    try:
        ctx.get_groups(*args)
        print('get_groups ok')
    except TypeError as e:
        print('get_groups TypeError', e)
print('still', handshake(*contexts())[1].group())
`

// TestGroupsInProcess: set_groups/get_groups/group() (CPython 3.15's API,
// over OpenSSL 3.0) in in-process handshakes: the group each side
// negotiates, None before the handshake, the version filter of
// get_groups() and its include_aliases, and set_groups' errors.
func TestGroupsInProcess(t *testing.T) {
	p := testPKI(t)
	path := filepath.Join(t.TempDir(), "groups_pair.py")
	writeFile(t, path, groupsPairScript)
	r := gpython(t, path, p.CA, p.RSA)
	require.Equal(t, 0, r.Code, r.Stderr)
	assert.Equal(t, `defaults (None, None) TLSv1.3 x25519 x25519
server P-384 (None, None) TLSv1.3 secp384r1 secp384r1
server X448:P-521 (None, None) TLSv1.3 x448 x448
client ffdhe2048 (None, None) TLSv1.3 ffdhe2048 ffdhe2048
both secp384r1 (None, None) TLSv1.3 secp384r1 secp384r1
tls12 client X25519 (None, None) TLSv1.2 x25519 x25519
tls12 server P-256 (None, None) TLSv1.2 secp256r1 secp256r1
disjoint refused NO_SUITABLE_KEY_SHARE
names True True
has x25519 True True
has secp256r1 True True
has secp384r1 True True
has x448 True True
has ffdhe2048 True True
has P-256 False True
has prime256v1 False False
aliases extend True
tls13 subset True True
tls13 drops TLS 1.2-only curves True False
tls12 has x25519 True
set_groups SSLError ('unrecognized group',)
set_groups SSLError ('unrecognized group',)
set_groups SSLError ('unrecognized group',)
set_groups TypeError set_groups() argument must be str, not int
set_groups TypeError set_groups() takes no keyword arguments
set_groups ValueError embedded null character
get_groups TypeError get_groups() takes no positional arguments
get_groups ok
still x25519
`, r.Stdout)
}

// groupsClientScript connects to the server on PORT once per argument
// (a group list for set_groups, or "-" for the defaults) and prints the
// group the handshake used. argv: PORT CAFILE LISTS...
const groupsClientScript = `import socket, ssl, sys
port, cafile = int(sys.argv[1]), sys.argv[2]
for groups in sys.argv[3:]:
    ctx = ssl.create_default_context(cafile=cafile)
    if groups != '-':
        ctx.set_groups(groups)
    sock = socket.create_connection(('127.0.0.1', port))
    try:
        with ctx.wrap_socket(sock, server_hostname='localhost') as conn:
            print(groups, 'ok', conn.version(), conn.group())
    except ssl.SSLError as e:
        print(groups, 'refused', e.reason)
        sock.close()
`

// TestGroupsAgainstOpenSSL: against `openssl s_server -groups X25519`
// and `-groups P-256`, group() names the group the server allowed; a
// client limited to another group is refused; TLS 1.2 reports it too.
func TestGroupsAgainstOpenSSL(t *testing.T) {
	p := testPKI(t)
	path := filepath.Join(t.TempDir(), "groups_client.py")
	writeFile(t, path, groupsClientScript)
	for _, c := range []struct {
		server []string
		lists  []string
		want   string
	}{
		{[]string{"-groups", "X25519"}, []string{"-", "P-256:X25519", "P-384"},
			"- ok TLSv1.3 x25519\nP-256:X25519 ok TLSv1.3 x25519\nP-384 refused SSLV3_ALERT_HANDSHAKE_FAILURE\n"},
		{[]string{"-groups", "P-256"}, []string{"-", "X25519:P-256", "X448"},
			"- ok TLSv1.3 secp256r1\nX25519:P-256 ok TLSv1.3 secp256r1\nX448 refused SSLV3_ALERT_HANDSHAKE_FAILURE\n"},
		{[]string{"-groups", "P-384", "-tls1_2"}, []string{"-", "P-384"},
			"- ok TLSv1.2 secp384r1\nP-384 ok TLSv1.2 secp384r1\n"},
	} {
		t.Run(strings.Join(c.server, " "), func(t *testing.T) {
			args := append([]string{"-cert", p.RSA, "-key", p.RSA}, c.server...)
			port := opensslServer(t, len(c.lists), args...)
			r := gpython(t, append([]string{path, strconv.Itoa(port), p.CA}, c.lists...)...)
			require.Equal(t, 0, r.Code, r.Stderr)
			assert.Equal(t, c.want, r.Stdout)
		})
	}
}
