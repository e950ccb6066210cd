package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// interp is one Python interpreter under test.
type interp struct {
	Name string // column title: "gpython-ssl" or "CPython"
	Path string // executable; "" when missing
	// Missing says why the interpreter is skipped ("" when present).
	Missing string
}

// runResult is what one script run printed and cost.
type runResult struct {
	Value  float64       // the RESULT line
	Info   string        // the INFO line, if any
	Extra  []string      // other lines (PHASES ...)
	Wall   time.Duration // whole process
	MaxRSS int64         // bytes, whole process
}

// runScript runs path under ip with args, bounded by timeout, and parses
// its RESULT line (needResult) or only measures the process.
func runScript(ip interp, path string, args []string, timeout time.Duration, needResult bool) (runResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, ip.Path, append([]string{path}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = time.Second
	start := time.Now()
	err := cmd.Run()
	res := runResult{Wall: time.Since(start)}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			res.MaxRSS = int64(ru.Maxrss) * 1024 // Linux reports KiB
		}
	}
	if ctx.Err() != nil {
		return res, fmt.Errorf("timed out after %s", timeout)
	}
	if err != nil {
		return res, errors.New(lastLine(stderr.String(), err.Error()))
	}
	if !needResult {
		return res, nil
	}
	return parseOutput(stdout.String(), res)
}

// parseOutput reads the RESULT, INFO and other lines of a script.
func parseOutput(out string, res runResult) (runResult, error) {
	found := false
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "RESULT "):
			v, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimPrefix(line, "RESULT ")), 64)
			if err != nil {
				return res, fmt.Errorf("bad RESULT line %q", line)
			}
			res.Value, found = v, true
		case strings.HasPrefix(line, "INFO "):
			res.Info = strings.TrimPrefix(line, "INFO ")
		case line != "":
			res.Extra = append(res.Extra, line)
		}
	}
	if !found {
		return res, fmt.Errorf("no RESULT line in output %q", truncate(out, 200))
	}
	return res, nil
}

// lastLine returns the last non-empty line of s (a traceback's exception
// line), or def.
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

// infoField returns the value of key=value in an INFO line.
func infoField(info, key string) string {
	for _, f := range strings.Fields(info) {
		if k, v, ok := strings.Cut(f, "="); ok && k == key {
			return v
		}
	}
	return ""
}
