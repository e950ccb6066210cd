package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl" // the project's loop, compiler and modules, as in bin/gpython-ssl
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

const scriptsDir = "../../vm"

// TestBenchmarksListEveryScript: each bench/vm script is a row, and each
// row has its script.
func TestBenchmarksListEveryScript(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(scriptsDir, "*.py"))
	require.NoError(t, err)
	var onDisk, listed []string
	for _, f := range files {
		onDisk = append(onDisk, filepath.Base(f))
	}
	names := map[string]bool{}
	for _, b := range benchmarks {
		listed = append(listed, b.Script)
		assert.False(t, names[b.Name], "%s listed twice", b.Name)
		names[b.Name] = true
		assert.NotEmpty(t, b.What, b.Name)
		assert.NotEmpty(t, b.Tiny, b.Name)
	}
	sort.Strings(listed)
	assert.Equal(t, onDisk, listed)
}

// TestScriptsAgreeWithCPython runs every script once with its tiny size
// on the project's evaluation loop (in this process, through the root
// package, so that the test needs no binary and cannot see a stale one)
// and under CPython, and requires the same checksum, so that the scripts
// keep running and keep meaning the same thing on both. Stock gpython is
// not run: vmbench reports n/a where it cannot run a script.
func TestScriptsAgreeWithCPython(t *testing.T) {
	python, pyErr := exec.LookPath("python3")
	for _, b := range benchmarks {
		t.Run(b.Name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(scriptsDir, b.Script))
			require.NoError(t, err)
			out, err := pytesting.RunArgs(t, string(src), []string{b.Script, b.Tiny})
			require.NoError(t, err, "gpython-ssl's loop cannot run %s; output so far:\n%s", b.Script, out)
			ours, err := parseOutput(out, runResult{})
			require.NoError(t, err)
			assert.NotEqual(t, "0", ours.Checksum, "the tiny size must still do some work")
			if pyErr != nil {
				t.Skipf("python3 not found (%v): checksum %s not compared with CPython's", pyErr, ours.Checksum)
			}
			cpy, err := runScript(interp{Path: python}, scriptsDir, b.Script, []string{b.Tiny}, 30*time.Second)
			require.NoError(t, err, "CPython cannot run %s", b.Script)
			assert.Equal(t, cpy.Checksum, ours.Checksum, "%s %s: gpython-ssl and CPython disagree", b.Script, b.Tiny)
		})
	}
}
