// Package gpythonssl gives an embedded gpython interpreter everything this
// project builds: the project's evaluation loop and compiler front-end, the
// ssl and _ssl modules, socket, select, the standard-library modules
// (datetime, time, json, hashlib, struct, subprocess, ...) and the
// completion of gpython's built-in types.
//
// Modules register themselves when their package is initialised, so a blank
// import is enough:
//
//	import _ "github.com/gpython-ssl/gpython-ssl"
//
// NewContext is the one call for programs that prefer an explicit one.
package gpythonssl

import (
	"github.com/go-python/gpython/py"

	_ "github.com/go-python/gpython/stdlib" // gpython's own modules and py.NewContext

	_ "github.com/gpython-ssl/gpython-ssl/compiler" // f-strings: py.Compile and compile() rewrite them
	_ "github.com/gpython-ssl/gpython-ssl/modules/binascii"
	_ "github.com/gpython-ssl/gpython-ssl/modules/datetime"
	_ "github.com/gpython-ssl/gpython-ssl/modules/errno"
	_ "github.com/gpython-ssl/gpython-ssl/modules/hashlib"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host" // bytes/str/builtins completion
	_ "github.com/gpython-ssl/gpython-ssl/modules/json"
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pprint"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib" // standard-library modules written in Python (Lib/modules)
	_ "github.com/gpython-ssl/gpython-ssl/modules/select"
	_ "github.com/gpython-ssl/gpython-ssl/modules/socket"
	_ "github.com/gpython-ssl/gpython-ssl/modules/ssl"
	_ "github.com/gpython-ssl/gpython-ssl/modules/struct"
	_ "github.com/gpython-ssl/gpython-ssl/modules/subprocess"
	_ "github.com/gpython-ssl/gpython-ssl/modules/time"
	_ "github.com/gpython-ssl/gpython-ssl/modules/traceback"
	_ "github.com/gpython-ssl/gpython-ssl/vm" // the evaluation loop, context and RecursionError
)

// NewContext returns a new interpreter context in which every module of the
// project can be imported. It is py.NewContext; importing this package is
// what makes the modules available.
func NewContext(opts py.ContextOpts) py.Context {
	return py.NewContext(opts)
}
