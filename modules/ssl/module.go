package ssl

import (
	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
)

const nativeDoc = `Implementation module for SSL socket operations.  See the socket module
for documentation.`

// nativeModule is the "_ssl" module. Each file of this package adds its
// methods and globals in its own init(); gpython copies them into every
// context that imports the module, so the order of the init()s is free.
var nativeModule = &py.ModuleImpl{
	Info:    py.ModuleInfo{Name: "_ssl", Doc: nativeDoc},
	Globals: py.StringDict{},
}

// pythonModule is "ssl": Lib/ssl.py, embedded, so no file is needed on disk.
var pythonModule = &py.ModuleImpl{
	Info:    py.ModuleInfo{Name: "ssl", FileDesc: "ssl.py"},
	CodeSrc: lib.SSLSource,
}

// addMethods registers module-level functions of _ssl.
func addMethods(ms ...*py.Method) {
	nativeModule.Methods = append(nativeModule.Methods, ms...)
}

// addGlobal sets a module-level name of _ssl.
func addGlobal(name string, v py.Object) {
	nativeModule.Globals[name] = v
}

func init() {
	py.RegisterModule(nativeModule)
	py.RegisterModule(pythonModule)
}
