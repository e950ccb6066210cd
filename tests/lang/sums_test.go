package lang

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sumsFile records, for each case, a hash of what decides CPython 3.6's
// output for it (the script, the packages of its area) together with the
// .out file, as of the -update that last ran CPython 3.6 on it. A case
// whose hash is current needs no run under CPython 3.6: the run could
// only repeat what -update stored. GPYSSL_RECHECK_CPYTHON=1 runs CPython
// 3.6 on every case all the same (pytesting.RecheckCPython).
const sumsFile = "cpython36.sum"

const sumsHeader = `# CPython 3.6 gave each case's .out file for the script and area
# packages this hash was taken of (sha256 of script, .out and the files
# under the area's package directories), as of the last -update that ran
# it. A case whose hash is current is not run under CPython 3.6 again;
# one that changed is, until -update records it. Written by
#
#     go test ./tests/lang/ -update
`

// caseSums is sumsFile read, and the hashes -update records for the
// write at the end of TestLang.
type caseSums struct {
	mu       sync.Mutex
	stored   map[string]string // by case id, as read
	recorded map[string]string // by case id, by this run's -update
	known    map[string]bool   // the case ids: others are dropped on write
	areaSums map[string]string // by area, the hash of its package files
}

// readSums reads sumsFile (a missing file records nothing).
func readSums(t *testing.T, cases []langCase) *caseSums {
	t.Helper()
	s := &caseSums{stored: map[string]string{}, recorded: map[string]string{},
		known: map[string]bool{}, areaSums: map[string]string{}}
	for _, c := range cases {
		s.known[c.id()] = true
	}
	data, err := os.ReadFile(sumsFile)
	if errors.Is(err, fs.ErrNotExist) {
		return s
	}
	require.NoError(t, err)
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, sum, ok := strings.Cut(line, " ")
		require.True(t, ok, "%s:%d: want 'area/name sha256', got %q", sumsFile, i+1, line)
		s.stored[id] = sum
	}
	return s
}

// current reports whether sumsFile holds c's hash as it is now.
func (s *caseSums) current(t *testing.T, c langCase) bool {
	stored, ok := s.stored[c.id()]
	return ok && stored != "" && stored == s.sum(t, c)
}

// record takes c's hash as it is now (after -update wrote its .out).
func (s *caseSums) record(t *testing.T, c langCase) {
	sum := s.sum(t, c)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.recorded[c.id()] = sum
}

// write writes sumsFile: the stored hashes updated by the recorded ones,
// for the cases that exist, sorted.
func (s *caseSums) write(t *testing.T) {
	s.mu.Lock()
	defer s.mu.Unlock()
	merged := map[string]string{}
	for id, sum := range s.stored {
		merged[id] = sum
	}
	for id, sum := range s.recorded {
		merged[id] = sum
	}
	var ids []string
	for id := range merged {
		if s.known[id] {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	var b strings.Builder
	b.WriteString(sumsHeader)
	for _, id := range ids {
		b.WriteString(id + " " + merged[id] + "\n")
	}
	require.NoError(t, os.WriteFile(sumsFile, []byte(b.String()), 0o644))
}

// sum is the hash of c's script, its .out file and its area's package
// files; a file that cannot be read leaves the hash empty, never current.
func (s *caseSums) sum(t *testing.T, c langCase) string {
	h := sha256.New()
	for _, p := range []string{filepath.Join(c.dir, c.script()), c.outPath()} {
		data, err := os.ReadFile(p)
		if err != nil {
			return ""
		}
		h.Write([]byte(filepath.Base(p) + "\x00"))
		h.Write(data)
		h.Write([]byte{0})
	}
	h.Write([]byte(s.areaSum(t, c)))
	return hex.EncodeToString(h.Sum(nil))
}

// areaSum is the hash of the files under the package directories of c's
// area (which its cases may import, __pycache__ left out), computed once
// per area.
func (s *caseSums) areaSum(t *testing.T, c langCase) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sum, ok := s.areaSums[c.area]; ok {
		return sum
	}
	h := sha256.New()
	entries, err := os.ReadDir(c.dir)
	require.NoError(t, err)
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		err := filepath.WalkDir(filepath.Join(c.dir, e.Name()), func(p string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return err
			case d.IsDir() && d.Name() == "__pycache__":
				return filepath.SkipDir // compiled files a run may leave
			case d.IsDir():
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			h.Write([]byte(p + "\x00"))
			h.Write(data)
			h.Write([]byte{0})
			return nil
		})
		require.NoError(t, err)
	}
	sum := hex.EncodeToString(h.Sum(nil))
	s.areaSums[c.area] = sum
	return sum
}

// TestCaseSums pins what makes a recorded hash stale: a change to the
// script, to its .out file or to a file of its area's packages.
func TestCaseSums(t *testing.T) {
	dir := t.TempDir()
	area := filepath.Join(dir, "a")
	require.NoError(t, os.MkdirAll(filepath.Join(area, "pkg"), 0o755))
	write := func(p, text string) { require.NoError(t, os.WriteFile(filepath.Join(area, p), []byte(text), 0o644)) }
	write("c.py", "print(1)\n")
	write("c.out", "1\n[stderr]\n[exit status 0]\n")
	write("pkg/__init__.py", "")
	c := langCase{area: "a", name: "c", dir: area}

	sumNow := func() string { return (&caseSums{areaSums: map[string]string{}}).sum(t, c) }
	base := sumNow()
	require.NotEmpty(t, base)
	s := &caseSums{stored: map[string]string{"a/c": base}, areaSums: map[string]string{}}
	assert.True(t, s.current(t, c))

	for _, change := range []struct{ file, text string }{
		{"c.py", "print(2)\n"},
		{"c.out", "2\n[stderr]\n[exit status 0]\n"},
		{"pkg/__init__.py", "X = 1\n"},
	} {
		write(change.file, change.text)
		assert.NotEqual(t, base, sumNow(), "after a change to %s", change.file)
		base = sumNow()
	}
	require.NoError(t, os.MkdirAll(filepath.Join(area, "pkg", "__pycache__"), 0o755))
	write("pkg/__pycache__/__init__.cpython-36.pyc", "compiled")
	assert.Equal(t, base, sumNow(), "compiled files left by a run change nothing")
	require.NoError(t, os.Remove(filepath.Join(area, "c.out")))
	assert.Empty(t, sumNow(), "a missing .out is never current")
	assert.False(t, (&caseSums{stored: map[string]string{"a/c": ""}, areaSums: map[string]string{}}).current(t, c))
}
