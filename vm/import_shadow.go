package vm

import (
	"os"
	"path/filepath"

	"github.com/go-python/gpython/py"
)

// A module of the standard library is found on sys.path in CPython, after
// the script's directory: a script's own json.py or a package directory
// named email shadows the library's. Only the modules compiled into
// CPython's interpreter (sys.builtin_module_names) come before the path.
// Here the library is compiled into the binary and found before the path
// (gpython registers it), so an import of a library module that a sys.path
// directory also provides loads the directory's file instead.

// interpreterBuiltins are CPython 3.6's built-in modules on Linux, which
// no file on sys.path can shadow.
var interpreterBuiltins = map[string]bool{
	"_ast": true, "_codecs": true, "_collections": true, "_functools": true, "_imp": true,
	"_io": true, "_locale": true, "_operator": true, "_signal": true, "_sre": true,
	"_stat": true, "_string": true, "_symtable": true, "_thread": true, "_tracemalloc": true,
	"_warnings": true, "_weakref": true, "atexit": true, "builtins": true, "errno": true,
	"faulthandler": true, "gc": true, "itertools": true, "marshal": true, "posix": true,
	"pwd": true, "sys": true, "time": true, "zipimport": true,
}

// startupModules are the library modules CPython 3.6 has imported
// before the script's directory goes on sys.path (the codec registry's
// encodings and the standard streams' io, with what they import), and
// siteModules those its site module adds unless -S: they are in
// sys.modules when the script starts, so a file of the same name beside
// the script (encodings.py, os.py) shadows nothing. Here they are imported
// when first asked for, at no start-up cost, and found as CPython's are.
var (
	startupModules = map[string]bool{
		"_bootlocale": true, "_weakrefset": true, "abc": true, "codecs": true,
		"encodings": true, "io": true,
	}
	siteModules = map[string]bool{
		"_collections_abc": true, "_sitebuiltins": true, "errno": true,
		"genericpath": true, "os": true, "posixpath": true, "site": true,
		"stat": true, "sysconfig": true,
	}
)

// loadedAtStartup reports whether CPython 3.6 has the top-level module
// name imported before a script runs (startupModules, siteModules).
func loadedAtStartup(name string) bool {
	return startupModules[name] || siteModules[name] && commandLineOptions().NoSite == 0
}

// shadowingFile is the file on sys.path that an import of the top-level
// library module name loads instead of the binary's own (name.py, or
// name/__init__.py, in the first sys.path directory holding either), or
// "" when the library's module is the one to load. The prefix's own
// standard-library directory (installPrefix) and what follows it on
// sys.path shadow nothing: the compiled-in library takes its place.
func shadowingFile(ctx py.Context, name string) string {
	if interpreterBuiltins[name] || loadedAtStartup(name) || py.GetModuleImpl(name) == nil {
		return ""
	}
	sys, err := ctx.GetModule("sys")
	if err != nil {
		return ""
	}
	paths, ok := sys.Globals["path"].(*py.List)
	if !ok {
		return ""
	}
	stdlib := stdlibOnPath.Load()
	for _, p := range paths.Items {
		dir, ok := p.(py.String)
		if !ok {
			continue
		}
		d := string(dir)
		if stdlib != nil && d == *stdlib {
			// the binary's library stands where CPython's is: a
			// module of the directory from here on comes after it
			break
		}
		if d == "" {
			d = "."
		}
		for _, candidate := range []string{filepath.Join(d, name+".py"), filepath.Join(d, name, "__init__.py")} {
			if st, err := os.Stat(candidate); err == nil && st.Mode().IsRegular() {
				return candidate
			}
		}
	}
	return ""
}
