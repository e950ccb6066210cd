package pyrepr

import "github.com/gpython-ssl/gpython-ssl/internal/pyutil"

// Tracebacks printed by pyutil use CPython's str() of the exception's
// arguments, e.g. "ValueError: (1,)" rather than gpython's "(1)".
func init() { pyutil.StrHook = Str }
