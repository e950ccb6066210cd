package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestUndecodableArgvAndEnviron: command-line arguments and environment
// variables that are not UTF-8 reach sys.argv and os.environ as CPython
// 3.6 decodes them (surrogateescape), and go back to the same bytes.
func TestUndecodableArgvAndEnviron(t *testing.T) {
	dir := t.TempDir()
	script := `import os, sys
print(ascii(sys.argv[1:]), [os.fsencode(a) for a in sys.argv[1:]])
print(ascii(os.environ.get('FS_ODD')), os.environb.get(b'FS_ODD'), ascii(os.getenv('FS_ODD')))
print(sorted(ascii(k) for k in os.environ if k.startswith('FS_')))
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "show.py"), []byte(script), 0o644))
	pytesting.DiffCommands(t, "fsnames_argv_environ", dir, []pytesting.Command{
		{Name: "utf-8", Args: []string{"show.py", "caf\xc3\xa9", "plain"}, Env: []string{"FS_ODD=\xc3\xa9t\xc3\xa9"}},
		{Name: "latin-1 bytes", Args: []string{"show.py", "a\xffb", "\xe9"}, Env: []string{"FS_ODD=q\xfe", "FS_\xff=key"}},
		{Name: "encoded surrogate", Args: []string{"show.py", "\xed\xa0\x80"}, Env: []string{"FS_ODD=\xed\xb2\x80"}},
	}, nil)
}
