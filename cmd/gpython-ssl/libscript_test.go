package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestLibraryModuleAsScript: a library module's __file__ runs as a
// script, as CPython's test_pydoc runs pydoc.__file__, although the
// module is compiled into the binary and no such file is on disk; a
// missing library file still cannot be opened. Compared with CPython 3.6.
func TestLibraryModuleAsScript(t *testing.T) {
	script := `import json, os, pydoc, subprocess, sys
def run(*args, stdin=b""):
    p = subprocess.run([sys.executable] + list(args), input=stdin,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode(), p.stderr.decode().count("can't open file")
print(run(pydoc.__file__, "test.i_am_not_here"))
print(run(os.path.join(os.path.dirname(json.__file__), "tool.py"), stdin=b'{"b": [1, 2]}'))
print(run(os.path.join(os.path.dirname(pydoc.__file__), "no_such_module_here.py")))
`
	want := pytesting.CPython36Output(t, "library_module_as_script", script)
	stdout, stderr, status := runCmdlineInput(t, t.TempDir(), append(os.Environ(), asInterpreter+"=1"), script, program(t), "-")
	assert.Equal(t, want, stdout, stderr)
	assert.Equal(t, 0, status)
}
