// Package errno registers the Python module "errno" for gpython: every
// errno name CPython 3.6 exposes on Linux, with its value, and
// errno.errorcode, the dict from each code to its name (in CPython 3.6's
// order). errorcode is a dict of the project's evaluation loop (int keys),
// built anew in each context that imports the module.
package errno

import (
	"github.com/go-python/gpython/py"
)

const moduleDoc = `This module makes available standard errno system symbols.

The value of each symbol is the corresponding integer value,
e.g., on most systems, errno.ENOENT equals the integer 2.

The dictionary errno.errorcode maps numeric codes to symbol names,
e.g., errno.errorcode[2] could be the string 'ENOENT'.

Symbols that are not relevant to the underlying system are not defined.

To map error codes to error messages, use the function os.strerror(),
e.g. os.strerror(2) could return 'No such file or directory'.`

func init() {
	codes := make(py.Tuple, len(codeOrder))
	for i, c := range codeOrder {
		codes[i] = py.Tuple{py.Int(c.code), py.String(c.name)}
	}
	globals := py.StringDict{"_codes": codes}
	for _, n := range names {
		globals[n.name] = py.Int(n.value)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "errno", Doc: moduleDoc},
		Globals: globals,
		// a dict of the loop's (int keys), one per importing context
		CodeSrc: "errorcode = dict(_codes)\ndel _codes\n",
	})
}
