package hashlib_test

import (
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/modules/hashlib"
)

// run runs src and returns its output lines, failing on an exception.
func run(t *testing.T, src string) []string {
	t.Helper()
	out, err := pytesting.RunGuarded(t, "import hashlib, hmac\n"+prelude+src)
	require.NoError(t, err, "output:\n%s", out)
	return strings.Split(strings.TrimRight(out, "\n"), "\n")
}

// TestOpenSSLBuildBehaviour checks what CPython 3.6 built with OpenSSL
// does and the oracle of the differential test (which may lack OpenSSL)
// cannot show: the _hashlib.HASH type and repr, the name given to new(),
// scrypt, and pbkdf2_hmac's argument errors.
func TestOpenSSLBuildBehaviour(t *testing.T) {
	cases := []struct{ expr, want string }{
		{`type(hashlib.sha256())`, `=> <class '_hashlib.HASH'>`},
		{`type(hashlib.new("md5"))`, `=> <class '_hashlib.HASH'>`},
		{`type(hashlib.sha3_256())`, `=> <class '_sha3.sha3_256'>`},
		{`type(hashlib.shake_128())`, `=> <class '_sha3.shake_128'>`},
		{`type(hashlib.new("sha3_512"))`, `=> <class '_sha3.sha3_512'>`},
		{`type(hashlib.blake2b())`, `=> <class '_blake2.blake2b'>`},
		{`type(hashlib.new("blake2s"))`, `=> <class '_blake2.blake2s'>`},
		{`hashlib.blake2b`, `=> <class '_blake2.blake2b'>`},
		{`hashlib.new("SHA256").name`, `=> 'SHA256'`},
		{`hashlib.new("SHA256", b"abc").hexdigest() == hashlib.sha256(b"abc").hexdigest()`, `=> True`},
		{`hashlib.new("ripemd160", b"").hexdigest()`, `=> '9c1185a5c5e9fc54612808977ee8f548b2258d31'`},
		{`hashlib.new("md5", b"x", foo=1).hexdigest()`, `=> '9dd4e461268c8034f5c8564e155c67a6'`},
		{`hashlib.new()`, `!! builtins TypeError __hash_new() missing 1 required positional argument: 'name'`},
		{`hashlib.new(1)`, `!! builtins TypeError name must be a string`},
		{`hashlib.new("foo", "x")`, `!! builtins TypeError Unicode-objects must be encoded before hashing`},
		{`hashlib.new("foo", b"x")`, `!! builtins ValueError unsupported hash type foo`},
		{`hashlib.md5(b"a", string=b"b")`, `!! builtins TypeError md5() takes at most 1 argument (2 given)`},
		{`hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 0)`, `!! builtins ValueError iteration value must be greater than 0.`},
		{`hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 2**31)`, `!! builtins OverflowError iteration value is too great.`},
		{`hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 2**70)`, `!! builtins OverflowError Python int too large to convert to C long`},
		{`hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 1, 0)`, `!! builtins ValueError key length must be greater than 0.`},
		{`hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 1, 2**31)`, `!! builtins OverflowError key length is too great.`},
		{`hashlib.pbkdf2_hmac("foo", b"pw", b"s", 1)`, `!! builtins ValueError unsupported hash type`},
		{`hashlib.pbkdf2_hmac("sha256", "pw", b"s", 1)`, `!! builtins TypeError a bytes-like object is required, not 'str'`},
		{`hashlib.pbkdf2_hmac(b"sha256", b"pw", b"s", 1)`, `!! builtins TypeError pbkdf2_hmac() argument 1 must be str, not bytes`},
		{`hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 1.0)`, `!! builtins TypeError integer argument expected, got float`},
		// RFC 7914 section 12.
		{`hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1).hex()`, `=> '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906'`},
		{`hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16).hex()`, `=> 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640'`},
		{`hashlib.scrypt(bytearray(b"pw"), salt=bytearray(b"s"), n=2, r=1, p=1, dklen=5).hex()`, `=> '43d009c11f'`},
		{`hashlib.scrypt(b"pw", b"s", n=16, r=1, p=1)`, `!! builtins TypeError scrypt() takes exactly 1 positional argument (2 given)`},
		{`hashlib.scrypt(b"pw", n=16, r=1, p=1)`, `!! builtins TypeError salt is required`},
		{`hashlib.scrypt(b"pw", salt=b"s", r=1, p=1)`, `!! builtins TypeError n is required and must be an unsigned int`},
		{`hashlib.scrypt(b"pw", salt=b"s", n=16, p=1)`, `!! builtins TypeError r is required and must be an unsigned int`},
		{`hashlib.scrypt(b"pw", salt=b"s", n=15, r=1, p=1)`, `!! builtins ValueError n must be a power of 2.`},
		{`hashlib.scrypt(b"pw", salt=b"s", n=1, r=1, p=1)`, `!! builtins ValueError n must be a power of 2.`},
		{`hashlib.scrypt(b"pw", salt=b"s", n="x", r=1, p=1)`, `!! builtins TypeError scrypt() argument 'n' must be int, not str`},
		{`hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, maxmem=-1)`, `!! builtins ValueError maxmem must be positive and smaller than 2147483647`},
		{`hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, dklen=0)`, `!! builtins ValueError dklen must be greater than 0 and smaller than 2147483647`},
		{`hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, maxmem=1)`, `!! builtins ValueError Invalid paramemter combination for n, r, p, maxmem.`},
		{`hashlib.scrypt(b"pw", salt=b"s", n=16, r=0, p=1)`, `!! builtins ValueError Invalid paramemter combination for n, r, p, maxmem.`},
		{`hashlib.scrypt("pw", salt=b"s", n=16, r=1, p=1)`, `!! builtins TypeError a bytes-like object is required, not 'str'`},
		{`hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, x=1)`, `!! builtins TypeError 'x' is an invalid keyword argument for scrypt()`},
		{`hmac.digest(b"key", b"msg", "sha256").hex()`, `=> '2d93cbc1be167bcb1637a4a23cbff01a7878f0c50ee833954ea5221bb1b8c628'`},
		{`hmac.new(b"k", b"m", "sha256").hexdigest() == hmac.digest(b"k", b"m", hashlib.sha256).hex()`, `=> True`},
	}
	var src strings.Builder
	for i, c := range cases {
		src.WriteString("_show(\"c" + string(rune('A'+i/26)) + string(rune('a'+i%26)) + "\", lambda: " + c.expr + ")\n")
	}
	lines := run(t, src.String())
	require.Len(t, lines, len(cases))
	for i, c := range cases {
		assert.Equal(t, c.want, lines[i][4:], "expr: %s", c.expr)
	}
}

func TestReprs(t *testing.T) {
	lines := run(t, `
print(repr(hashlib.sha256()))
print(repr(hashlib.new("SHA512")))
print(repr(hashlib.sha3_224()))
print(repr(hashlib.shake_256()))
print(repr(hashlib.blake2s()))
print(repr(hmac.new(b"k")))
`)
	pats := []string{
		`^<sha256 HASH object @ 0x[0-9a-f]+>$`,
		`^<SHA512 HASH object @ 0x[0-9a-f]+>$`,
		`^<_sha3\.sha3_224 object at 0x[0-9a-f]+>$`,
		`^<_sha3\.shake_256 object at 0x[0-9a-f]+>$`,
		`^<_blake2\.blake2s object at 0x[0-9a-f]+>$`,
		`^<hmac\.HMAC object at 0x[0-9a-f]+>$`,
	}
	require.Len(t, lines, len(pats))
	for i, p := range pats {
		assert.Regexp(t, regexp.MustCompile(p), lines[i])
	}
}

// waitFreed runs the collector until the live EVP contexts drop to at
// most limit (cleanups run asynchronously after a collection).
func waitFreed(t *testing.T, limit int64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for hashlib.LiveContexts() > limit && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	assert.LessOrEqual(t, hashlib.LiveContexts(), limit)
}

// TestNoLeak hashes in a Python loop (new objects, copies, digests) and
// checks that every EVP_MD_CTX is freed once the objects are garbage.
func TestNoLeak(t *testing.T) {
	waitFreed(t, 0)
	run(t, `
big = b"x" * 3000
for i in range(20000):
    h = hashlib.sha256(b"x")
    c = h.copy()
    c.update(b"y")
    c.hexdigest()
    hashlib.new("md5").digest()
    hashlib.sha3_256(b"z").digest()
    hmac.new(b"k", b"m", "sha1").hexdigest()
    # past 2048 bytes an object owns an OpenSSL context
    b = hashlib.sha256(big)
    b.copy().update(b"y")
    hashlib.new("ripemd160", big).digest()
print("done")
`)
	waitFreed(t, 0)
}

func TestBlake2Vectors(t *testing.T) {
	// RFC 7693 appendices A and B.
	lines := run(t, `
print(hashlib.blake2b(b"abc").hexdigest())
print(hashlib.blake2s(b"abc").hexdigest())
`)
	assert.Equal(t, "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", lines[0])
	assert.Equal(t, "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982", lines[1])
}

// TestImportFresh imports the modules in a new context, as a script does.
func TestImportFresh(t *testing.T) {
	out, err := pytesting.Run(t, "import hashlib, hmac\nprint(hashlib.md5(b'').hexdigest(), hmac.compare_digest(b'a', b'a'))\n")
	require.NoError(t, err)
	assert.Equal(t, "d41d8cd98f00b204e9800998ecf8427e True\n", out)
}
