package main

import (
	"time"

	"github.com/gpython-ssl/gpython-ssl/bench/internal/harness"
)

// interp is one interpreter under test (harness.Interp).
type interp = harness.Interp

// The three interpreters, in column order.
const (
	keyOurs    = "gpython-ssl"
	keyStock   = "stock"
	keyCPython = "cpython"
)

// runResult is what one run of a script printed and cost.
type runResult = harness.Result

// runScript runs script (a file name in dir) with args under ip, bounded
// by timeout (harness.Run).
func runScript(ip interp, dir, script string, args []string, timeout time.Duration) (runResult, error) {
	return harness.Run(ip.Path, dir, script, args, timeout)
}

// parseOutput reads a script's checksum and seconds lines.
func parseOutput(out string, res runResult) (runResult, error) { return harness.ParseOutput(out, res) }
