package vm

import "github.com/gpython-ssl/gpython-ssl/internal/pyutil"

// The packages below vm (pyarg, pyrepr) call a script's special methods
// through pyutil.CallSpecial0; the binding is the loop's own.
func init() { pyutil.SpecialMethodCall = callMethod }
