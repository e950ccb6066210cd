package host_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Canaries pin what the host completion cannot fix from outside gpython:
// protocol slots of gpython's own bytes type dispatch on Go interfaces that
// py.Bytes does not implement, and no public hook reaches them.
//
// Each case asserts today's BROKEN behaviour. When one fails, gpython fixed
// it: remove the case, drop the limitation from the README (section "Writing scripts for gpython"), and
// retire the idiom scripts use instead.
func TestCanaryBytesLimitations(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want string // what stock gpython prints today (CPython differs)
	}{
		{"index", `
try:
    print(b"abc"[0])
except TypeError as e:
    print("TypeError", e)`, "TypeError 'bytes' object is not subscriptable"}, // CPython: 97
		{"slice", `
try:
    print(b"abc"[0:2])
except TypeError as e:
    print("TypeError", e)`, "TypeError 'bytes' object is not subscriptable"}, // CPython: b'ab'
		{"iterate", `
try:
    for c in b"ab":
        print(c)
except TypeError as e:
    print("TypeError", e)`, "TypeError 'bytes' object is not iterable"}, // CPython: 97, 98
		{"iter", `
try:
    iter(b"ab")
except TypeError as e:
    print("TypeError", e)`, "TypeError 'bytes' object is not iterable"},
		{"in subsequence", `print(b"b" in b"abc")`, "False"},        // CPython: True
		{"not in subsequence", `print(b"b" not in b"abc")`, "True"}, // CPython: False
		{"truthiness if", `
if b"":
    print("empty bytes is true")
else:
    print("empty bytes is false")`, "empty bytes is true"}, // CPython: false
		{"truthiness not", `print(not b"")`, "False"}, // CPython: True
		{"truthiness while", `
data = b""
n = 0
while data and n < 3:
    n = n + 1
print(n)`, "3"}, // CPython: 0
		{"repeat", `
try:
    print(b"ab" * 2)
except TypeError as e:
    print("TypeError")`, "TypeError"}, // CPython: b'abab'
		// str % formats through Go's fmt, which knows nothing of Python's
		// bool: the string's own M__mod__ cannot be replaced from outside.
		{"percent bool", `print("%s %r" % (True, False))`, "true false"}, // CPython: True False
		// bytes += appends into the Go slice's spare capacity, which the
		// first += leaves behind: two later results share storage.
		{"iadd aliasing", `
x = b"abc"
x += b"d"
y = x
y += b"1"
z = x
z += b"2"
print(y, z)`, "b'abcd2' b'abcd2'"}, // CPython: b'abcd1' b'abcd2'
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := runGpython(t, c.src)
			require.NoError(t, err)
			assert.Equal(t, c.want, strings.TrimSpace(out),
				"gpython changed: if it now matches CPython, remove this canary and the README limitation")
		})
	}
}

// TestCanaryWorkingIdioms checks the idioms the README (section "Writing scripts for gpython") recommends
// instead of the broken forms above.
func TestCanaryWorkingIdioms(t *testing.T) {
	src := `
data = b"hello"
print(len(data) > 0, bool(b""), bool(data))
print(data.find(b"ll") >= 0, 108 in data)
buf = bytearray(data)
print(buf[0], bytes(buf[1:3]), [c for c in buf][:2], b"ll" in buf)
print(list(data)[:2])
n = 0
rest = b"abc"
while len(rest) > 0 and n < 10:
    rest = bytes(bytearray(rest)[1:])
    n = n + 1
print(n)
print(b"".join([data, data]), b"".join([b"ab"] * 2))
print(data.split(b"l", 1), data.partition(b"e"))
`
	want := "True False True\nTrue True\n104 b'el' [104, 101] True\n[104, 101]\n3\nb'hellohello' b'abab'\n" +
		"[b'he', b'lo'] (b'h', b'e', b'llo')\n"
	assert.Equal(t, want, pytesting.MustRun(t, src))
	assert.Equal(t, want, runPython3(t, src), "the idioms must mean the same under CPython")
}

// TestCanaryPercentFormatOfException pins what host cannot reach: the %
// operator renders an exception with gpython's own text ("ValueError: 'x'"),
// not str(e) ("x"). str(e), print(e) and "{}".format(e) are fixed and are
// the idiom to use.
func TestCanaryPercentFormatOfException(t *testing.T) {
	src := `print("[%s] [%s]" % (ValueError("x"), ValueError()))`
	assert.Equal(t, "[ValueError: 'x'] [ValueError]\n", pytesting.MustRun(t, src),
		"gpython changed '%s' % exception: if it now matches CPython, remove this canary and its README entry")
	assert.Equal(t, "[x] []\n", runPython3(t, src))
	fixed := `print("[" + str(ValueError()) + "]", "{}".format(KeyError("k")), str(ValueError("x")))`
	assert.Equal(t, "[] 'k' x\n", pytesting.MustRun(t, fixed))
}

// TestCanaryIdentityOfUncomparable pins a Go panic inside gpython's VM:
// `is` compares with Go's ==, which panics for a dict (a Go map) or an
// empty tuple. When this fails, gpython fixed it: drop the canary and the
// README row.
func TestCanaryIdentityOfUncomparable(t *testing.T) {
	for _, src := range []string{"d = {}\nd is d\n", "() is ()\n"} {
		panicked := func() (p bool) {
			defer func() { p = recover() != nil }()
			_, _ = pytesting.Run(t, src)
			return false
		}()
		assert.True(t, panicked, "gpython no longer panics on %q: remove this canary and its README row", src)
	}
}
