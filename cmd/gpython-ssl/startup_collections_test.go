package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStartupForcesNoCollection: importing ssl, or dropping a coroutine
// that was closed before it started (what _collections_abc does at
// import), forces no garbage collection (gctrace marks forced ones). A
// forced collection costs 2-5 ms of a 45 ms start, and resets the heap
// goal so that a second one follows.
func TestStartupForcesNoCollection(t *testing.T) {
	scripts := map[string]string{
		"import ssl":    "import ssl\nssl.create_default_context()\n",
		"closed coro":   "async def f():\n    pass\nc = f()\nc.close()\ndel c\nprint('done')\n",
		"awaited coro":  "async def f():\n    return 1\nc = f()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)\ndel c\n",
		"abc and types": "import _collections_abc, types\nprint(types.CoroutineType.__name__)\n",
	}
	env := append(os.Environ(), asInterpreter+"=1", "GODEBUG=gctrace=1")
	for name, src := range scripts {
		t.Run(name, func(t *testing.T) {
			_, stderr, status := runCmdline(t, t.TempDir(), env, program(t), "-c", src)
			assert.Equal(t, 0, status, stderr)
			for _, line := range strings.Split(stderr, "\n") {
				assert.NotContains(t, line, "(forced)", "a collection forced at start-up")
			}
		})
	}
}
