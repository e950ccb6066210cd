package weakref_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/gc"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib"  // threading
	_ "github.com/gpython-ssl/gpython-ssl/modules/thread" // _thread for threading
	"github.com/gpython-ssl/gpython-ssl/modules/weakref"
	_ "github.com/gpython-ssl/gpython-ssl/vm"
)

// An exception in a callback is reported as CPython reports it and
// ignored: collect() returns normally and the other callbacks run.
func TestCallbackErrorIgnored(t *testing.T) {
	var buf bytes.Buffer
	defer weakref.SetErrOut(&buf)()
	out := pytesting.MustRun(t, `import gc, _weakref as weakref
class A:
    pass
refs = []
seen = []
def make():
    a = A()
    refs.append(weakref.ref(a, lambda r: 1/0))
    refs.append(weakref.ref(a, lambda r: seen.append("second")))
make()
print(gc.collect(), seen, refs[0]())
`)
	assert.Equal(t, "0 ['second'] None\n", out)
	assert.Regexp(t, `^Exception ignored in: <function make.<locals>.<lambda> at 0x[0-9a-f]+>
Traceback \(most recent call last\):
  File "<test>", line 8, in <lambda>
ZeroDivisionError: division by zero
$`, buf.String())
}

// Callbacks run once each when several threads collect at the same time.
func TestCallbacksFromThreads(t *testing.T) {
	out := pytesting.MustRun(t, `import gc, threading, _weakref as weakref
class A:
    pass
refs = []
calls = []
def make():
    a = A()
    refs.append(weakref.ref(a, lambda r: calls.append(1)))
def worker():
    for i in range(50):
        make()
        gc.collect()
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
gc.collect()
print(len(refs), len(calls), sum(1 for r in refs if r() is None))
`)
	assert.Equal(t, "150 150 150\n", out)
}
