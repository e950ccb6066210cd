package harness

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Result is what one run of a script printed and cost.
type Result struct {
	Checksum string        // the "checksum" line's value, compared as text
	Seconds  float64       // the "seconds" line: the hot part, timed by the script
	Wall     time.Duration // the whole process, start-up included
	MaxRSS   int64         // bytes: the child's ru_maxrss
}

// Run runs script (a file name in dir, which is the child's working
// directory: stock gpython resolves only relative script paths) with
// args under the interpreter at path, bounded by timeout, and parses its
// checksum and seconds lines. An error is the last line of the child's
// stderr (a traceback's exception line), or why the output could not be
// read.
func Run(path, dir, script string, args []string, timeout time.Duration) (Result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, append([]string{script}, args...)...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = time.Second
	start := time.Now()
	err := cmd.Run()
	res := Result{Wall: time.Since(start)}
	if cmd.ProcessState != nil {
		res.MaxRSS = maxRSS(cmd.ProcessState)
	}
	if ctx.Err() != nil {
		return res, fmt.Errorf("timed out after %s", timeout)
	}
	if err != nil {
		return res, errors.New(LastLine(stderr.String()+"\n"+stdout.String(), err.Error()))
	}
	return ParseOutput(stdout.String(), res)
}

// maxRSS is the child's peak resident set size in bytes (getrusage's
// ru_maxrss, which Linux reports in KiB and macOS in bytes).
func maxRSS(ps *os.ProcessState) int64 {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return int64(ru.Maxrss)
	}
	return int64(ru.Maxrss) * 1024
}

// ParseOutput reads the "checksum <int>" and "seconds <float>" lines of
// a script's output into res.
func ParseOutput(out string, res Result) (Result, error) {
	var haveSum, haveSecs bool
	for _, line := range strings.Split(out, "\n") {
		key, val, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch key {
		case "checksum":
			res.Checksum, haveSum = val, val != ""
		case "seconds":
			v, err := strconv.ParseFloat(val, 64)
			if err != nil || v < 0 {
				return res, fmt.Errorf("bad seconds line %q", line)
			}
			res.Seconds, haveSecs = v, true
		}
	}
	switch {
	case !haveSum:
		return res, fmt.Errorf("no checksum line in output %q", Truncate(out, 200))
	case !haveSecs:
		return res, fmt.Errorf("no seconds line in output %q", Truncate(out, 200))
	}
	return res, nil
}

// LastLine returns the last non-empty line of s (at most 160 bytes), or def.
func LastLine(s, def string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return Truncate(l, 160)
		}
	}
	return def
}

// Truncate shortens s to n bytes, marking the cut with "...".
func Truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// MiB is b bytes in MiB.
func MiB(b int64) float64 { return float64(b) / (1 << 20) }
