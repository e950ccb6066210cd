package main

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

	benchinterp "github.com/gpython-ssl/gpython-ssl/bench/internal/interp"
)

// interp is one interpreter under test.
type interp struct {
	Key  string `json:"key"`  // "gpython-ssl", "stock" or "cpython"
	Name string `json:"name"` // column title
	Path string `json:"path"` // absolute path of the executable; "" when missing
	// Missing says why the interpreter is skipped ("" when present).
	Missing string `json:"missing,omitempty"`
	Version string `json:"version,omitempty"` // what the binary says about itself
}

// The three interpreters, in column order.
const (
	keyOurs    = "gpython-ssl"
	keyStock   = "stock"
	keyCPython = "cpython"
)

// runResult is what one run of a script printed and cost.
type runResult struct {
	Checksum string        // the "checksum" line's value, compared as text
	Seconds  float64       // the "seconds" line: the hot part, timed by the script
	Wall     time.Duration // the whole process, start-up included
	MaxRSS   int64         // bytes: the child's ru_maxrss
}

// runScript runs script (a file name in dir, which is the child's working
// directory: stock gpython resolves only relative script paths) under ip,
// bounded by timeout, and parses its checksum and seconds lines. An error
// is the last line of the child's stderr (a traceback's exception line),
// or why the output could not be read.
func runScript(ip interp, dir, script string, args []string, timeout time.Duration) (runResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, ip.Path, append([]string{script}, args...)...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = time.Second
	start := time.Now()
	err := cmd.Run()
	res := runResult{Wall: time.Since(start)}
	if cmd.ProcessState != nil {
		res.MaxRSS = maxRSS(cmd.ProcessState)
	}
	if ctx.Err() != nil {
		return res, fmt.Errorf("timed out after %s", timeout)
	}
	if err != nil {
		return res, errors.New(lastLine(stderr.String()+"\n"+stdout.String(), err.Error()))
	}
	return parseOutput(stdout.String(), res)
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

// parseOutput reads the "checksum <int>" and "seconds <float>" lines that
// every script prints last.
func parseOutput(out string, res runResult) (runResult, error) {
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
		return res, fmt.Errorf("no checksum line in output %q", truncate(out, 200))
	case !haveSecs:
		return res, fmt.Errorf("no seconds line in output %q", truncate(out, 200))
	}
	return res, nil
}

// lastLine returns the last non-empty line of s, or def.
func lastLine(s, def string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return truncate(l, 160)
		}
	}
	return def
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// lookInterp resolves an interpreter's executable, recording why it is
// missing; hint says how to get it.
func lookInterp(key, name, path, hint string) interp {
	ip := interp{Key: key, Name: name}
	p, err := benchinterp.Find(path)
	if err != nil {
		ip.Missing = fmt.Sprintf("%s not found (%v)%s", path, err, hint)
		return ip
	}
	ip.Path = p
	return ip
}

// realPython resolves a CPython launcher to sys.executable and records
// the version.
func realPython(ip interp) interp {
	if ip.Missing != "" {
		return ip
	}
	exe, version, err := benchinterp.RealPython(ip.Path)
	if err != nil {
		ip.Missing = fmt.Sprintf("%s does not run (%v)", ip.Path, err)
		return ip
	}
	ip.Path = exe
	if version != "" {
		ip.Version = "CPython " + version
	}
	return ip
}
