package vm

import "strings"

// EmbeddedLibDir is the directory the standard-library modules written in
// Python (Lib/modules, compiled into the binary) are located in: their
// __file__, their spec's origin and their code's file name are paths
// under it, as CPython 3.6's are under its prefix's lib/python3.6
// (sys.prefix is /usr/local here). No file is read from there: the line
// cache, linecache and the importer's get_source and get_data find each
// module's source in the binary by this name, before looking at the disk.
const EmbeddedLibDir = "/usr/local/lib/python3.6"

// EmbeddedFile is the file name of the embedded module name, a package
// (PKG/__init__.py) when pkg is set: "/usr/local/lib/python3.6/json/decoder.py".
func EmbeddedFile(name string, pkg bool) string {
	rel := strings.ReplaceAll(name, ".", "/")
	if pkg {
		rel += "/__init__"
	}
	return EmbeddedLibDir + "/" + rel + ".py"
}
