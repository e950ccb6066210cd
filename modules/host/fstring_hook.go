package host

import "github.com/gpython-ssl/gpython-ssl/vm"

// The loop's FORMAT_VALUE (f-strings) formats through format()'s own
// implementation.
func init() { vm.FormatValue = formatValue }
