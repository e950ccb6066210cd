package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestHashSeed: PYTHONHASHSEED=N gives CPython 3.6's str and bytes hashes
// for N (and its set orders); "random", nothing, or -E leave them random.
func TestHashSeed(t *testing.T) {
	dir := t.TempDir()
	script := `import sys
print(sys.flags.hash_randomization, hash(''), hash(b''))
seeded = {0: -7583489610679606711, 12: -187334334855767844, 4294967295: None}
print([k for k, v in seeded.items() if hash('a') == v])
print(hash('TLSv1.3'), hash('\u20ac'), hash(b'\x00\xff'), hash('\U0001f512'))
print({'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'})
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "seed.py"), []byte(script), 0o644))
	// Lines 3 and 4 are random without a seed: only seeded runs print
	// them whole.
	random := `import sys
print(sys.flags.hash_randomization, hash(''), hash(b''), hash('a') in (-7583489610679606711, -187334334855767844))
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "random.py"), []byte(random), 0o644))
	pytesting.DiffCommands(t, "hashseed", dir, []pytesting.Command{
		{Name: "seed 0", Args: []string{"seed.py"}, Env: []string{"PYTHONHASHSEED=0"}},
		{Name: "seed 12", Args: []string{"seed.py"}, Env: []string{"PYTHONHASHSEED=12"}},
		{Name: "seed with leading blanks", Args: []string{"seed.py"}, Env: []string{"PYTHONHASHSEED= \t12"}},
		{Name: "largest seed", Args: []string{"seed.py"}, Env: []string{"PYTHONHASHSEED=4294967295"}},
		{Name: "random", Args: []string{"random.py"}, Env: []string{"PYTHONHASHSEED=random"}},
		{Name: "empty", Args: []string{"random.py"}, Env: []string{"PYTHONHASHSEED="}},
		{Name: "ignored under -E", Args: []string{"-E", "random.py"}, Env: []string{"PYTHONHASHSEED=12"}},
	}, nil)
}

// TestHashSeedInvalid: a value that is not "random" or a number in
// [0; 4294967295] stops the interpreter before it runs anything, with
// CPython's message (CPython then aborts; we exit with status 1).
func TestHashSeedInvalid(t *testing.T) {
	bin := pytesting.Binary(t)
	for _, v := range []string{"abc", "4294967296", "-1", "12x"} {
		cmd := exec.Command(bin, "-c", "print('ran')")
		cmd.Env = pytesting.CPythonEnv("PYTHONHASHSEED=" + v)
		out, err := cmd.CombinedOutput()
		require.Error(t, err, v)
		require.Equal(t, "Fatal Python error: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]\n\n", string(out), v)
	}
}
