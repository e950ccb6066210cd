package pytesting

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// BinaryEnv names the environment variable that hands the test packages
// an interpreter already built from this checkout, as an absolute path:
// `make test` builds bin/gpython-ssl and passes it, so that no package
// builds its own. Whoever sets it vouches that the binary is current;
// without it every test process builds one from the source.
//
// A test process takes its own link to (or copy of) that file at its
// first use, so that rebuilding bin/gpython-ssl meanwhile (go build
// removes the old file and writes a new one) never changes, or briefly
// removes, the binary its tests run.
const BinaryEnv = "GPYSSL_BIN"

// cmdPackage is the interpreter's main package.
const cmdPackage = "github.com/gpython-ssl/gpython-ssl/cmd/gpython-ssl"

var (
	binaryOnce sync.Once
	binaryPath string
	binaryErr  error
	// builtDir is the directory BinaryPath put the binary in ("" before
	// its first call); RemoveBinary deletes it.
	builtDir string
)

// BinaryPath gives the path of the gpython-ssl interpreter for this test
// process, always a file named gpython-ssl in a new temporary directory
// (which RemoveBinary deletes; the first BinaryPath of a later process
// deletes it when this process died without doing so): on the first call, a link to or copy of
// $GPYSSL_BIN when that is set, else one built from the current source
// with `go build`. Later calls give the same answer without building
// again. Safe for concurrent use.
func BinaryPath() (string, error) {
	binaryOnce.Do(func() { binaryPath, binaryErr = findOrBuildBinary() })
	return binaryPath, binaryErr
}

// Binary is BinaryPath for a test: a binary that cannot be found or
// built fails tb.
func Binary(tb testing.TB) string {
	tb.Helper()
	path, err := BinaryPath()
	if err != nil {
		tb.Fatal(err)
	}
	return path
}

// RemoveBinary deletes the directory BinaryPath put its binary in, if it
// was called ($GPYSSL_BIN itself is left alone). A TestMain calls it
// after m.Run. It must not run concurrently with BinaryPath.
func RemoveBinary() {
	if builtDir != "" {
		_ = os.RemoveAll(builtDir)
		builtDir = ""
	}
}

func findOrBuildBinary() (string, error) {
	given := os.Getenv(BinaryEnv)
	if given != "" {
		if err := checkGivenBinary(given); err != nil {
			return "", err
		}
	}
	removeOrphanDirs()
	dir, err := os.MkdirTemp("", fmt.Sprintf("%s%d-", binDirPrefix, os.Getpid()))
	if err != nil {
		return "", err
	}
	exe := filepath.Join(dir, "gpython-ssl")
	if given != "" {
		err = linkOrCopy(given, exe)
	} else {
		var out []byte
		out, err = exec.Command("go", "build", "-o", exe, cmdPackage).CombinedOutput()
		if err != nil {
			err = fmt.Errorf("building gpython-ssl: %v\n%s", err, out)
		}
	}
	if err != nil {
		_ = os.RemoveAll(dir)
		return "", err
	}
	builtDir = dir
	return exe, nil
}

// binDirPrefix starts the name of the directory BinaryPath makes, which
// goes on with the test process's pid and a dash.
const binDirPrefix = "gpython-ssl-bin-"

// removeOrphanDirs removes the binary directories of test processes that
// are gone without removing theirs (killed, or timed out): those whose
// pid is no longer a running process.
func removeOrphanDirs() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), binDirPrefix+"*-*"))
	for _, dir := range dirs {
		rest := strings.TrimPrefix(filepath.Base(dir), binDirPrefix)
		pid, err := strconv.Atoi(rest[:strings.IndexByte(rest, '-')])
		if err != nil || pid <= 0 || pid == os.Getpid() {
			continue
		}
		// Signal 0 only asks whether the process exists; EPERM means
		// it does, under another user.
		if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
			_ = os.RemoveAll(dir)
		}
	}
}

// checkGivenBinary checks that $GPYSSL_BIN names an executable file by
// an absolute path.
func checkGivenBinary(given string) error {
	if !filepath.IsAbs(given) {
		return fmt.Errorf("$%s must be an absolute path, not %q", BinaryEnv, given)
	}
	// Stat also ties a cached test result to this binary's size and time.
	info, err := os.Stat(given)
	if err != nil {
		return fmt.Errorf("$%s: %w", BinaryEnv, err)
	}
	if !info.Mode().IsRegular() || info.Mode().Perm()&0o111 == 0 {
		return fmt.Errorf("$%s: %s is not an executable file", BinaryEnv, given)
	}
	return nil
}

// linkOrCopy makes dst a hard link to src, or, across file systems, an
// executable copy of it.
func linkOrCopy(src, dst string) error {
	if os.Link(src, dst) == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("$%s: %w", BinaryEnv, err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("copying $%s: %w", BinaryEnv, err)
	}
	return out.Close()
}
