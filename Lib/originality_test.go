package lib

import (
	"bufio"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The project writes its Python modules itself: reading CPython's Lib for
// behaviour is fine, copying it is not. This test is the guard. It finds the
// CPython installations on the machine and, for each of our modules that has
// a CPython counterpart of the same path, measures how many of our
// significant lines stand in a run of originalityWindow or more lines that
// also appears, in that order, in CPython's file.

const (
	// originalityWindow is the shortest shared run that counts.
	originalityWindow = 5
	// maxSharedPercent is how much of a module may stand in shared runs:
	// short idioms (argument checks, `return self`) recur in any code.
	maxSharedPercent = 10.0
	// maxSharedRun is the longest shared run tolerated, in significant lines.
	maxSharedRun = 9
)

// insignificant matches lines that say nothing about authorship: imports,
// lone keywords and punctuation, and constant assignments (data tables such
// as stat's constants are dictated by the platform).
var insignificant = regexp.MustCompile(`^(import |from \S+ import |[\]\)\}\(\[\{,:]+$|(else|try|finally|pass|break|continue|return|raise|return self|return None|return True|return False|@property|@classmethod|@staticmethod)$|[A-Z_][A-Z0-9_]* = (-?[0-9][0-9a-fA-Fx_]*|'[^']*'|"[^"]*")$|'[^']*',?$|"[^"]*",?$)`)

// significantLines reads a Python file as the lines that count: stripped,
// with white space folded, without blank lines, comments and insignificant
// lines.
func significantLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.Join(strings.Fields(sc.Text()), " ")
		if line == "" || strings.HasPrefix(line, "#") || insignificant.MatchString(line) {
			continue
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return out
}

// sharedRuns reports how many lines of ours stand in a window of
// originalityWindow consecutive lines found in theirs, and the longest run of
// such lines.
func sharedRuns(ours, theirs []string) (shared, longest int) {
	windows := make(map[string]bool, len(theirs))
	for i := 0; i+originalityWindow <= len(theirs); i++ {
		windows[strings.Join(theirs[i:i+originalityWindow], "\n")] = true
	}
	covered := make([]bool, len(ours))
	for i := 0; i+originalityWindow <= len(ours); i++ {
		if windows[strings.Join(ours[i:i+originalityWindow], "\n")] {
			for j := i; j < i+originalityWindow; j++ {
				covered[j] = true
			}
		}
	}
	run := 0
	for _, c := range covered {
		if !c {
			run = 0
			continue
		}
		shared++
		run++
		if run > longest {
			longest = run
		}
	}
	return shared, longest
}

// cpythonLibs lists the standard-library directories of the CPython
// installations found: pyenv's versions and the python3 on PATH.
func cpythonLibs() []string {
	seen := map[string]bool{}
	var libs []string
	add := func(dir string) {
		if dir == "" || seen[dir] {
			return
		}
		if _, err := os.Stat(filepath.Join(dir, "os.py")); err == nil {
			seen[dir] = true
			libs = append(libs, dir)
		}
	}
	root := os.Getenv("PYENV_ROOT")
	if root == "" {
		if home, err := os.UserHomeDir(); err == nil {
			root = filepath.Join(home, ".pyenv")
		}
	}
	matches, _ := filepath.Glob(filepath.Join(root, "versions", "3.*", "lib", "python3.*"))
	for _, m := range matches {
		add(m)
	}
	if out, err := exec.Command("python3", "-c", "import os; print(os.path.dirname(os.__file__))").Output(); err == nil {
		add(strings.TrimSpace(string(out)))
	}
	sort.Strings(libs)
	return libs
}

func TestModulesAreNotCopiesOfCPython(t *testing.T) {
	libs := cpythonLibs()
	if len(libs) == 0 {
		t.Skip("no CPython installation found (pyenv or python3 on PATH): nothing to compare with")
	}
	t.Logf("comparing with %d CPython Lib directories: %s", len(libs), strings.Join(libs, ", "))
	var ours []string
	for _, root := range []string{"modules", "."} {
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && root == "." && path != "." {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(path, ".py") {
				ours = append(ours, path)
			}
			return nil
		})
	}
	compared := 0
	for _, path := range ours {
		rel := strings.TrimPrefix(path, "modules/")
		mine := significantLines(t, path)
		worst, worstRun, worstPath := -1.0, 0, ""
		for _, lib := range libs {
			theirPath := filepath.Join(lib, rel)
			if _, err := os.Stat(theirPath); err != nil {
				continue
			}
			compared++
			shared, longest := sharedRuns(mine, significantLines(t, theirPath))
			pct := 100 * float64(shared) / float64(max(len(mine), 1))
			if pct > worst || (pct == worst && longest > worstRun) {
				worst, worstRun, worstPath = pct, longest, theirPath
			}
		}
		if worst > maxSharedPercent || worstRun > maxSharedRun {
			t.Errorf("%s: %.0f%% of its %d significant lines (longest run %d) stand in runs shared with %s",
				path, worst, len(mine), worstRun, worstPath)
		}
	}
	if compared == 0 {
		t.Fatalf("found CPython at %v but no module of ours has a counterpart there", libs)
	}
}
