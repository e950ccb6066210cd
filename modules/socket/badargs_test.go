package socket_test

import (
	"sort"
	"syscall"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/modules/socket"
)

// badArgs are argument lists no socket method should turn into a Go panic
// (SystemError) or a raw Go error.
var badArgs = []py.Tuple{
	nil,
	{py.None},
	{py.String("x")},
	{py.Int(-1)},
	{py.Int(1)},
	{py.Float(1.5)},
	{py.Tuple{}},
	{py.Tuple{py.Int(1), py.Int(2)}},
	{py.Int(1), py.Int(2)},
	{py.Int(1), py.Int(2), py.Int(3), py.Int(4), py.Int(5)},
	{py.Bytes("data"), py.None, py.String("x")},
}

// checkError asserts err is nil or a Python exception other than
// SystemError.
func checkError(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	e, ok := err.(*py.Exception)
	if !assert.True(t, ok, "%s returned a non-Python error %T: %v", what, err, err) {
		return
	}
	assert.NotEqual(t, py.SystemError, e.Base, "%s: %v", what, err)
}

func TestMethodsRejectBadArguments(t *testing.T) {
	var names []string
	for name, v := range socket.SocketType.Dict {
		if _, ok := v.(*py.Method); ok {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	require.NotEmpty(t, names)
	for _, name := range names {
		m := socket.SocketType.Dict[name].(*py.Method)
		t.Run(name, func(t *testing.T) {
			for _, args := range badArgs {
				// A fresh non-blocking socket per call: nothing blocks and no
				// call sees another's side effects.
				s, err := socket.New(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_NONBLOCK, 0)
				require.NoError(t, err)
				res, err := m.Call(s, args)
				checkError(t, name, err)
				if f, ok := res.(interface{ Type() *py.Type }); ok && f.Type() == socket.SocketFileType {
					closeMethod := socket.SocketFileType.Dict["close"].(*py.Method)
					_, _ = closeMethod.Call(res, nil)
				}
				if o, ok := socket.FromObject(res); ok {
					o.Close()
				}
				if tup, ok := res.(py.Tuple); ok {
					for _, x := range tup {
						if o, ok := socket.FromObject(x); ok {
							o.Close()
						}
					}
				}
				s.Close()
				// The same call on a closed socket.
				_, err = m.Call(s, args)
				checkError(t, name+" (closed)", err)
			}
		})
	}
	t.Run("makefile objects", func(t *testing.T) {
		makefile := socket.SocketType.Dict["makefile"].(*py.Method)
		for _, mode := range []string{"rb", "wb", "rwb", "r", "w", "rw"} {
			for name, v := range socket.SocketFileType.Dict {
				m, ok := v.(*py.Method)
				if !ok {
					continue
				}
				for _, args := range badArgs {
					a, b, err := socket.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_NONBLOCK, 0)
					require.NoError(t, err)
					f, err := makefile.CallWithKeywords(a, py.Tuple{py.String(mode)}, py.StringDict{})
					require.NoError(t, err)
					_, err = m.Call(f, args)
					checkError(t, mode+" "+name, err)
					closeMethod := socket.SocketFileType.Dict["close"].(*py.Method)
					_, _ = closeMethod.Call(f, nil)
					a.Close()
					b.Close()
				}
			}
		}
	})
	t.Run("module functions", func(t *testing.T) {
		mod := py.GetModuleImpl("socket")
		require.NotNil(t, mod)
		for _, m := range mod.Methods {
			if m.Name == "close" {
				continue // would close arbitrary descriptors of the test process
			}
			if m.Name == "sethostname" {
				continue // as root, a str argument renames the machine
			}
			for _, args := range badArgs {
				if m.Name == "fromfd" && len(args) > 0 {
					continue // dups arbitrary descriptors
				}
				res, err := m.Call(nil, args)
				checkError(t, m.Name, err)
				if o, ok := socket.FromObject(res); ok {
					o.Close()
				}
				if tup, ok := res.(py.Tuple); ok {
					for _, x := range tup {
						if o, ok := socket.FromObject(x); ok {
							o.Close()
						}
					}
				}
			}
		}
		socket.SetDefaultTimeout(-1)
	})
}
