// Package errno registers the Python module "errno" for gpython: every
// errno name CPython 3.6 exposes on Linux, with its value, and
// errno.errorcode, the dict from each code to its name (in CPython 3.6's
// order). errorcode is a dict of the project's evaluation loop (int keys),
// built anew in each context that imports the module.
package errno

import (
	"github.com/go-python/gpython/py"
)

const moduleDoc = `Names for the operating system's error numbers.

Each name (ENOENT, EINTR, ...) is bound to its int value on this platform,
and errorcode maps the values back to the names; os.strerror() gives the
message text for a value. Names the platform lacks are absent.`

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
