package host_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// The rows the README once listed as impossible to fix from outside
// gpython (bytes protocols, the += aliasing, %-formatting, identity of
// dicts) are now the project's evaluation loop's (package vm), which this
// package links. Each case pins the fix: the output is CPython's, checked
// against python3 as well.
func TestLoopFixesBytesProtocols(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want string // CPython's output
	}{
		{"index", `print(b"abc"[0], b"abc"[-1])`, "97 99"},
		{"slice", `print(b"abc"[0:2], b"abcdef"[::-2])`, "b'ab' b'fdb'"},
		{"iterate", `
for c in b"ab":
    print(c)`, "97\n98"},
		{"iter", `print(next(iter(b"ab")))`, "97"},
		{"in subsequence", `print(b"b" in b"abc", 98 in b"abc")`, "True True"},
		{"not in subsequence", `print(b"b" not in b"abc")`, "False"},
		{"truthiness if", `
if b"":
    print("empty bytes is true")
else:
    print("empty bytes is false")`, "empty bytes is false"},
		{"truthiness not", `print(not b"")`, "True"},
		{"truthiness while", `
data = b"abc"
n = 0
while data and n < 10:
    data = data[1:]
    n = n + 1
print(n)`, "3"},
		{"repeat", `print(b"ab" * 2, 2 * b"c")`, "b'abab' b'cc'"},
		{"percent bool", `print("%s %r" % (True, False))`, "True False"},
		{"percent exception", `print("[%s] [%s]" % (ValueError("x"), ValueError()))`, "[x] []"},
		{"iadd aliasing", `
x = b"abc"
x += b"d"
y = x
y += b"1"
z = x
z += b"2"
print(y, z)`, "b'abcd1' b'abcd2'"},
		{"identity of dicts and tuples", `
d = {}
print(d is d, () is (), d is {})`, "True True False"},
		{"tuple concat", `print((1.0, 2.0, 3.0) + (4.0,), (1,) + (2, 3))`, "(1.0, 2.0, 3.0, 4.0) (1, 2, 3)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := pytesting.RunGuarded(t, c.src)
			require.NoError(t, err)
			assert.Equal(t, c.want, strings.TrimSpace(out))
			assert.Equal(t, c.want, strings.TrimSpace(runPython3(t, c.src)), "the expectation is CPython's")
		})
	}
}

// TestCanaryWorkingIdioms checks the idioms the README once recommended
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
