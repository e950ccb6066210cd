package vm

import "github.com/go-python/gpython/py"

// SysSourceName is the file name sys's Python part (SysSource) is
// compiled with, and its name in the precompiled code cache.
const SysSourceName = "<sys>"

// SysSource is the Python part of every context's sys module: the code
// cache (internal/codecache/modlist) holds it precompiled, so that a
// context's start does not run the compiler.
const SysSource = sysSource

// compileSysSource gives SysSource's code: the precompiled code when the
// cache holds it for this very source, else the compiler's.
func compileSysSource() (*py.Code, error) {
	if PrecompiledModuleCode != nil {
		if c, err := PrecompiledModuleCode(SysSourceName, SysSource); c != nil || err != nil {
			return c, err
		}
	}
	return py.Compile(SysSource, SysSourceName, py.ExecMode, 0, true)
}
