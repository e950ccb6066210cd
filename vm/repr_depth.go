package vm

import "github.com/gpython-ssl/gpython-ssl/internal/pyrepr"

// A structure nested past pyrepr.MaxDepth fails its repr with the loop's
// RecursionError, as CPython's does.
func init() { pyrepr.RecursionErrorType = RecursionError }
