package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// dropCollections runs src in a new interpreter and returns its output
// and how many of its drops asked for a collection (counted whether the
// ration allowed it or not, so that the count does not depend on the
// machine's load).
func dropCollections(t *testing.T, src string) (string, uint64) {
	t.Helper()
	before := vm.DropsAskingCollection()
	out, err := pytesting.Run(t, src)
	ran := vm.DropsAskingCollection() - before
	require.NoError(t, err, out)
	return out, ran
}

// TestAwaitedCoroutinesCollectNot checks that `await coro()` does not
// treat the coroutine as dropped unawaited: the call `await` compiles to
// hands it to the YIELD_FROM that starts it. Each await in a loop cost a
// collection of the whole heap before (69 in a small asyncio TLS
// client/server script).
func TestAwaitedCoroutinesCollectNot(t *testing.T) {
	src := `import asyncio
async def step(i):
    return i * 2
async def many(n):
    total = 0
    for i in range(n):
        total += await step(i)
    for i in range(n):
        c = step(i)
        total += await c
    return total
loop = asyncio.new_event_loop()
print(loop.run_until_complete(many(60)))
loop.close()
`
	out, ran := dropCollections(t, src)
	assert.Equal(t, "7080\n", out)
	assert.LessOrEqual(t, ran, uint64(1), "drops collecting for 120 awaits")
}

// TestTaskCoroutinesCollectNot checks that a coroutine a Task drives is
// not a drop to collect for when the frame that made it returns (gather's
// loop variable, a protocol callback's result handed to create_task),
// and that a coroutine dropped unawaited is still reported at its drop.
func TestTaskCoroutinesCollectNot(t *testing.T) {
	src := `import asyncio, sys, warnings
warnings.simplefilter('always')
warnings.showwarning = lambda m, c, f, l, *a: print('warning:', c.__name__, m, l)
async def job(i):
    await asyncio.sleep(0)
    return i
def spawn(loop, i):
    coro = job(i)
    return loop.create_task(coro)
async def main(loop):
    total = 0
    for i in range(40):
        total += await spawn(loop, i)
    total += sum(await asyncio.gather(*[job(i) for i in range(40)]))
    return total
loop = asyncio.new_event_loop()
print(loop.run_until_complete(main(loop)))
def forget():
    c = job(1)
forget()
print('after forget')
loop.close()
`
	out, ran := dropCollections(t, src)
	assert.Equal(t, "1560\nwarning: RuntimeWarning coroutine 'job' was never awaited 20\nafter forget\n", out)
	assert.LessOrEqual(t, ran, uint64(4), "drops collecting for 80 tasks")
}

// TestWaitedPopenDropsCollectNot checks that a Popen whose returncode is
// known is dropped without a collection (its __del__ has nothing to do),
// that the method calls its __init__ makes on self are not taken for
// calls on a temporary,
// while one dropped with its child still running still warns at the
// drop, as CPython's __del__ does.
func TestWaitedPopenDropsCollectNot(t *testing.T) {
	src := `import subprocess, sys, warnings
warnings.simplefilter('always')
warnings.showwarning = lambda m, c, f, l, *a: print('warning:', c.__name__, str(m).split()[0])
def run_once():
    p = subprocess.Popen(['true'])
    return p.wait()
def output():
    return subprocess.check_output(['echo', 'hi'])
codes = [run_once() for _ in range(12)]
outs = [output() for _ in range(12)]
print(codes.count(0), outs.count(b'hi\n'))
def running():
    p = subprocess.Popen(['sleep', '5'])
    pid = p.pid
    p = None
    print('dropped')
    return pid
pid = running()
import os, signal
os.kill(pid, signal.SIGKILL)
`
	out, ran := dropCollections(t, src)
	assert.Equal(t, "12 12\nwarning: ResourceWarning subprocess\ndropped\n", out)
	assert.LessOrEqual(t, ran, uint64(3), "drops collecting for 24 waited processes")
}

// TestClosedZipFileDropsCollectNot checks that a closed ZipFile is
// dropped without a collection, while one dropped open still writes its
// central directory at the drop (ZipFile.__del__ closes it).
func TestClosedZipFileDropsCollectNot(t *testing.T) {
	src := `import io, zipfile
def build(i):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        z.writestr('m.txt', b'member %d' % i)
    return buf.getvalue()
def read(blob):
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        return z.read('m.txt')
got = [read(build(i)) for i in range(30)]
print(got[0], got[-1])
def dropped_open(buf):
    z = zipfile.ZipFile(buf, 'w')
    z.writestr('n.txt', b'open')
    z = None
    return len(buf.getvalue()) > 0
print(dropped_open(io.BytesIO()))
`
	out, ran := dropCollections(t, src)
	assert.Equal(t, "b'member 0' b'member 29'\nTrue\n", out)
	assert.LessOrEqual(t, ran, uint64(3), "drops collecting for 60 closed archives")
}
