// Package interp finds the interpreters the benchmark commands
// (bench/cmd/sslbench, bench/cmd/vmbench) compare.
package interp

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Find resolves path (a name on PATH or a file) to an absolute path.
func Find(path string) (string, error) {
	p, err := exec.LookPath(path)
	if err != nil {
		return "", err
	}
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	return p, nil
}

// RealPython resolves a CPython launcher to sys.executable (a pyenv shim
// is a shell script that adds hundreds of milliseconds and its own memory
// to each start) and gives its version ("3.11.7"). When the executable
// cannot be read back, exe is path itself.
func RealPython(path string) (exe, version string, err error) {
	out, err := exec.Command(path, "-c", "import sys; print(sys.executable); print(sys.version.split()[0])").Output()
	if err != nil {
		return path, "", err
	}
	exe = path
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) == 2 {
		if _, err := os.Stat(lines[0]); err == nil {
			exe = lines[0]
		}
		version = lines[1]
	}
	return exe, version, nil
}
