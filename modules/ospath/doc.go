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
// `import os.path` and `from os.path import x` do not: gpython's import
// returns a registered dotted module itself, so `import os.path` would
// bind os to posixpath. The fix belongs in the loop's IMPORT_NAME (import
// posixpath for "os.path", return os when the fromlist is empty); until
// then "os.path" is deliberately not registered and raises
// ModuleNotFoundError rather than binding the wrong module.
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
