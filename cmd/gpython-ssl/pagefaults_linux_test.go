//go:build linux && cgo

package main

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestImageMappedSingly: the executable's read-only mappings are
// registered with a userfaultfd (VmFlags "uw") and marked
// MADV_NOHUGEPAGE ("nh"), so that its page faults map single pages; the
// descriptor sits at 1000 or above, none below is a userfaultfd, and
// GPYTHONSSL_FAULT_AROUND=1 leaves the mappings as the kernel makes
// them. Where the kernel refuses (before 6.7, or a seccomp filter), the
// test is skipped.
func TestImageMappedSingly(t *testing.T) {
	fd := mapSinglyFD()
	if fd < 0 {
		t.Skip("the kernel refused the userfaultfd (Linux 6.7 or later, and userfaultfd allowed, are needed)")
	}
	assert.GreaterOrEqual(t, fd, 1000)
	target, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(fd))
	require.NoError(t, err)
	assert.Contains(t, target, "userfaultfd")
	entries, err := os.ReadDir("/proc/self/fd")
	require.NoError(t, err)
	for _, e := range entries {
		n, err := strconv.Atoi(e.Name())
		if err != nil || n >= 1000 {
			continue
		}
		if link, err := os.Readlink("/proc/self/fd/" + e.Name()); err == nil {
			assert.NotContains(t, link, "userfaultfd", "descriptor %d", n)
		}
	}
	exe, err := os.Executable()
	require.NoError(t, err)
	flags := imageFlags(t, "/proc/self/smaps", exe)
	require.NotEmpty(t, flags, "no read-only mapping of %s in smaps", exe)
	for _, f := range flags {
		assert.Contains(t, f, " uw", "VmFlags of a read-only mapping of the executable")
		assert.Contains(t, f, " nh", "VmFlags of a read-only mapping of the executable")
	}

	// The opt-out, in a process of the command: the script prints the
	// flags of its executable's read-only mappings.
	script := "import os\n" +
		"exe = os.readlink('/proc/self/exe')\n" +
		"cur = None\n" +
		"with open('/proc/self/smaps') as f:\n" +
		"    for line in f:\n" +
		"        fields = line.split()\n" +
		"        if '-' in fields[0] and not fields[0].endswith(':'):\n" +
		"            cur = fields[1][1] != 'w' and len(fields) > 5 and fields[5] == exe\n" +
		"        elif fields[0] == 'VmFlags:' and cur:\n" +
		"            print(' '.join(fields[1:]))\n"
	dir := t.TempDir()
	for _, optOut := range []bool{false, true} {
		env := append(os.Environ(), asInterpreter+"=1")
		if optOut {
			env = append(env, "GPYTHONSSL_FAULT_AROUND=1")
		}
		stdout, stderr, status := runCmdline(t, dir, env, program(t), "-c", script)
		require.Equal(t, 0, status, stderr)
		lines := strings.Split(strings.TrimSpace(stdout), "\n")
		require.NotEmpty(t, lines)
		for _, l := range lines {
			if optOut {
				assert.NotContains(t, " "+l+" ", " uw ", "GPYTHONSSL_FAULT_AROUND=1")
			} else {
				assert.Contains(t, " "+l+" ", " uw ")
			}
		}
	}
}

// imageFlags reads an smaps file and returns the VmFlags lines of the
// read-only mappings of the file at path.
func imageFlags(t *testing.T, smaps, path string) []string {
	t.Helper()
	data, err := os.ReadFile(smaps)
	require.NoError(t, err)
	var out []string
	cur := false
	for _, line := range strings.Split(string(data), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":") {
			cur = len(fields) > 5 && len(fields[1]) > 1 && fields[1][1] != 'w' && fields[5] == path
			continue
		}
		if fields[0] == "VmFlags:" && cur {
			out = append(out, line)
		}
	}
	return out
}
