// Package interp finds the interpreters the benchmark commands
// (bench/cmd/sslbench, vmbench and stdlibbench) compare.
package interp

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
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

// Pyenv finds the newest installed pyenv version whose name starts with
// prefix ("3.6.") and gives its python3 executable, or "" when pyenv or
// such a version is missing. A pyenv shim such as python3.6 runs only
// when that version is selected, so the shim alone may not find it.
func Pyenv(prefix string) string {
	root, err := exec.Command("pyenv", "root").Output()
	if err != nil {
		return ""
	}
	matches, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(root)), "versions", prefix+"*", "bin", "python3"))
	best := ""
	for _, m := range matches {
		if best == "" || versionLess(best, m) {
			best = m
		}
	}
	return best
}

// versionLess orders two paths by the dotted version in their
// "versions/<v>/" part, numerically.
func versionLess(a, b string) bool {
	num := func(p string) []int {
		v := filepath.Base(filepath.Dir(filepath.Dir(p)))
		var out []int
		for _, f := range strings.Split(v, ".") {
			n, _ := strconv.Atoi(f)
			out = append(out, n)
		}
		return out
	}
	return slices.Compare(num(a), num(b)) < 0
}
