// Package ospath completes gpython's os module with the functions that
// typical TLS scripts use (stat, scandir, walk, makedirs, rename, urandom,
// fspath, ...) and adds posixpath, which is also os.path, with CPython
// 3.6's behaviour on Linux and its error messages.
//
// It registers posixpath and patches the os ModuleImpl from init, so a
// blank import before the first py.Context is made is enough. os.path is
// set by every new os module (`import posixpath as path` runs in it), so
// `os.path.join` and `from os import path` work.
//
// os also puts posixpath in sys.modules as "os.path", as CPython's os.py
// does: `import os.path` and `from os.path import x` find it there.
package ospath

// init is the package's only init() (TestOneInit): file names decide
// nothing. The types come first (stat_result, DirEntry), then the modules
// that return them: posixpath, and the functions added to os.
func init() {
	setupStat()
	setupScandir()
	setupPosixpath()
	setupOS()
}
