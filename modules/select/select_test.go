package pyselect_test

import (
	"fmt"
	"strings"
	"syscall"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	pyselect "github.com/gpython-ssl/gpython-ssl/modules/select"
	"github.com/gpython-ssl/gpython-ssl/modules/socket"
)

func lines(s string) []string {
	return strings.Split(strings.TrimRight(s, "\n"), "\n")
}

func TestSelectAndPoll(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"select over a socketpair", `
import socket, select
a, b = socket.socketpair()
r, w, x = select.select([b], [], [], 0)
print(r, w, x)
r, w, x = select.select([a, b], [a], [a, b], 0)
print(len(r), w == [a], x)
a.send(b"x")
r, w, x = select.select([a, b.fileno()], [], [], 5)
print(r == [b.fileno()])
r, w, x = select.select((b,), [], [])
print(r == [b])
a.close()
print(b.recv(10), select.select([b], [], [], 0)[0] == [b])
b.close()
`, []string{"[] [] []", "0 True []", "True", "True", "b'x' True"}},
		{"select errors", `
import socket, select
a, b = socket.socketpair()
for f in [lambda: select.select([-1], [], []), lambda: select.select([], [], [], -1), lambda: select.select(["x"], [], [], 0), lambda: select.select([], [], [], "1")]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(e)
fd = a.fileno()
a.close()
try:
    select.select([fd], [], [], 0)
except OSError as e:
    print(e.errno, e)
b.close()
`, []string{"file descriptor cannot be a negative integer (-1)", "timeout must be non-negative", "argument must be an int, or have a fileno() method.", "timeout must be a float or None", "9 [Errno 9] Bad file descriptor"}},
		{"poll", `
import socket, select
a, b = socket.socketpair()
p = select.poll()
p.register(b, select.POLLIN)
print(p.poll(0))
a.send(b"x")
print(p.poll(1000) == [(b.fileno(), select.POLLIN)])
p.modify(b.fileno(), select.POLLIN | select.POLLOUT)
print(p.poll() == [(b.fileno(), select.POLLIN | select.POLLOUT)])
p.register(a, select.POLLOUT)
print(len(p.poll(0)))
p.unregister(b)
print(p.poll(None) == [(a.fileno(), select.POLLOUT)])
try:
    p.unregister(b)
except KeyError as e:
    print("KeyError")
try:
    p.modify(b, select.POLLIN)
except FileNotFoundError as e:
    print(e.errno, e)
try:
    p.register(-1)
except ValueError as e:
    print(e)
b.close()
p.modify(a, select.POLLIN)
r = p.poll(1000)
print(r[0][0] == a.fileno(), r[0][1] & (select.POLLIN | select.POLLHUP) != 0)
fd = a.fileno()
a.close()
print(p.poll(0) == [(fd, select.POLLNVAL)])
`, []string{"[]", "True", "True", "2", "True", "KeyError", "2 [Errno 2] No such file or directory", "file descriptor cannot be a negative integer (-1)", "True True", "True"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := pytesting.Run(t, tc.src)
			require.NoError(t, err, "output so far:\n%s", out)
			assert.Equal(t, tc.want, lines(out))
			// CPython 3.6's output, stored (testdata/cpython36) while the
			// script is unchanged.
			want := pytesting.CPython36Output(t, strings.ReplaceAll(tc.name, " ", "_"), tc.src)
			assert.Equal(t, lines(want), lines(out), "differs from CPython 3.6")
		})
	}
}

// TestLargeFD checks that descriptors above FD_SETSIZE (1024) work, which
// select(2) could not do.
func TestLargeFD(t *testing.T) {
	a, b, err := socket.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	defer a.Close()
	defer b.Close()
	const high = 3000
	var lim syscall.Rlimit
	require.NoError(t, syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim))
	if lim.Cur <= high {
		t.Skipf("RLIMIT_NOFILE %d too low for fd %d", lim.Cur, high)
	}
	require.NoError(t, syscall.Dup3(b.Fd(), high, syscall.O_CLOEXEC))
	defer syscall.Close(high)
	require.NoError(t, a.SendAll([]byte("x"), 0))
	out, err := pytesting.Run(t, fmt.Sprintf(`
import select
print(select.select([%d], [%d], [], 5))
p = select.poll()
p.register(%d, select.POLLIN)
print(p.poll(5000))
`, high, high, high))
	require.NoError(t, err)
	assert.Equal(t, []string{"([3000], [3000], [])", "[(3000, 1)]"}, lines(out))
}

// TestBadArguments calls select's functions and poll methods with bad
// arguments: Python exceptions only, never a Go panic (SystemError).
func TestBadArguments(t *testing.T) {
	bad := []py.Tuple{nil, {py.None}, {py.String("x")}, {py.Int(-1)}, {py.Float(0.5)}, {py.NewList(), py.NewList(), py.NewList(), py.Float(-1)},
		{py.NewList(), py.NewList(), py.NewList(), py.String("x")}, {py.Int(1), py.Int(2), py.Int(3), py.Int(4), py.Int(5)}}
	check := func(what string, err error) {
		if err == nil {
			return
		}
		e, ok := err.(*py.Exception)
		if assert.True(t, ok, "%s: %T %v", what, err, err) {
			assert.NotEqual(t, py.SystemError, e.Base, "%s: %v", what, err)
		}
	}
	mod := py.GetModuleImpl("select")
	require.NotNil(t, mod)
	for _, m := range mod.Methods {
		for _, args := range bad {
			_, err := m.Call(nil, args)
			check(m.Name, err)
		}
	}
	for name, v := range pyselect.PollType.Dict {
		m, ok := v.(*py.Method)
		if !ok {
			continue
		}
		for _, args := range bad {
			if name == "poll" && (len(args) == 0 || args[0] == py.None || args[0] == py.Int(-1)) {
				continue // a valid infinite wait on nothing, as in CPython
			}
			p, err := mod.Methods[1].Call(nil, nil)
			require.NoError(t, err)
			_, err = m.Call(p, args)
			check("poll."+name, err)
		}
	}
}
