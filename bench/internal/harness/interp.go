package harness

import (
	"debug/buildinfo"
	"fmt"

	benchinterp "github.com/gpython-ssl/gpython-ssl/bench/internal/interp"
)

// Interp is one interpreter under test.
type Interp struct {
	Key  string `json:"key"`  // short name: the key of its Outcomes
	Name string `json:"name"` // column title
	Path string `json:"path"` // absolute path of the executable; "" when missing
	// Missing says why the interpreter is skipped ("" when present).
	Missing string `json:"missing,omitempty"`
	Version string `json:"version,omitempty"` // what the binary says about itself
}

// Look resolves an interpreter's executable (a name on PATH or a file),
// recording why it is missing; hint says how to get it.
func Look(key, name, path, hint string) Interp {
	ip := Interp{Key: key, Name: name}
	p, err := benchinterp.Find(path)
	if err != nil {
		ip.Missing = fmt.Sprintf("%s not found (%v)%s", path, err, hint)
		return ip
	}
	ip.Path = p
	return ip
}

// RealPython resolves a CPython launcher to sys.executable and records
// the version ("CPython 3.11.7").
func RealPython(ip Interp) Interp {
	if ip.Missing != "" {
		return ip
	}
	exe, version, err := benchinterp.RealPython(ip.Path)
	if err != nil {
		ip.Missing = fmt.Sprintf("%s does not run (%v)", ip.Path, err)
		return ip
	}
	ip.Path = exe
	if version != "" {
		ip.Version = "CPython " + version
	}
	return ip
}

// GoBinaryVersion describes a Go binary by its main package and the
// gpython module it was built with.
func GoBinaryVersion(path string) string {
	bi, err := buildinfo.ReadFile(path)
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	const gpython = "github.com/go-python/gpython"
	v := bi.Path
	if bi.Main.Path == gpython {
		return v + " " + bi.Main.Version
	}
	for _, d := range bi.Deps {
		if d.Path == gpython {
			return v + ", gpython " + d.Version
		}
	}
	return v
}
