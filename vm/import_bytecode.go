package vm

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"
)

// The compiled files of imported source modules, kept in __pycache__ as
// CPython keeps its own: importing a module whose source has not changed
// since its file was written reads the code instead of compiling the
// source again. A file is name.gpython-ssl-36.pyc (name.gpython-ssl-36.opt-N.pyc
// under -O), CPython 3.6's layout: PycMagic, the source's modification
// time and size (each four bytes, little-endian, modulo 2**32), then the
// code object in marshal format. It is used when its header matches the
// source's stat, and written (atomically, beside an unwritable directory
// silently not) unless sys.dont_write_bytecode is true.

// EncodeModuleCode writes a code object in the marshal format
// DecodeModuleCode reads back; nil (the default) keeps imported source
// modules from being cached. internal/codecache installs its encoder
// during init.
var EncodeModuleCode func(co *py.Code) ([]byte, error)

// pycHeaderSize is the length of a compiled file's header.
const pycHeaderSize = 12

// cachedCodePath is where the compiled file of the source file source
// goes: CPython's importlib.util.cache_from_source with this
// interpreter's cache tag, at optimization level opt.
func cachedCodePath(source string, opt int) string {
	dir, file := filepath.Split(source)
	if i := strings.LastIndexByte(file, '.'); i > 0 {
		file = file[:i]
	}
	tag := CacheTag
	if opt > 0 {
		tag += fmt.Sprintf(".opt-%d", opt)
	}
	return filepath.Join(dir, "__pycache__", file+"."+tag+".pyc")
}

// pycHeader is the header of the compiled file of a source file with
// the stat st.
func pycHeader(st os.FileInfo) []byte {
	h := make([]byte, pycHeaderSize)
	copy(h, PycMagic)
	binary.LittleEndian.PutUint32(h[4:], uint32(st.ModTime().Unix()))
	binary.LittleEndian.PutUint32(h[8:], uint32(st.Size()))
	return h
}

// cachedModuleCode returns the code kept for the source file sysName
// (named file in Python, which becomes the code's co_filename), nil when
// there is none that matches the source's stat st or it cannot be read.
func cachedModuleCode(sysName, file string, st os.FileInfo) *py.Code {
	if EncodeModuleCode == nil {
		return nil
	}
	data, err := os.ReadFile(cachedCodePath(sysName, commandLineOptions().Optimize))
	if err != nil || len(data) < pycHeaderSize || string(data[:pycHeaderSize]) != string(pycHeader(st)) {
		return nil
	}
	co, err := DecodeModuleCode(data[pycHeaderSize:])
	if err != nil || co == nil {
		return nil
	}
	// A tree moved since the file was written: the code names the
	// source where it is now (importlib's _fix_co_filename).
	if co.Filename != file {
		renameCode(co, co.Filename, file)
	}
	return co
}

// renameCode sets co_filename to file in co and in the code objects among
// its constants that had the name old.
func renameCode(co *py.Code, old, file string) {
	co.Filename = file
	for _, c := range co.Consts {
		if inner, ok := c.(*py.Code); ok && inner.Filename == old {
			renameCode(inner, old, file)
		}
	}
}

// keepModuleCode writes the compiled file of the source file sysName,
// whose stat is st, unless sys.dont_write_bytecode is true; a failure
// (an unwritable directory, a constant marshal has no form for) only
// leaves the module uncached, as in CPython.
func (c *Context) keepModuleCode(sysName string, st os.FileInfo, co *py.Code) {
	if EncodeModuleCode == nil || c.dontWriteBytecode() {
		return
	}
	body, err := EncodeModuleCode(co)
	if err != nil {
		return
	}
	path := cachedCodePath(sysName, commandLineOptions().Optimize)
	if err := os.Mkdir(filepath.Dir(path), 0o777); err != nil && !os.IsExist(err) {
		return
	}
	// Written beside its place and renamed into it, so that no reader
	// sees half a file; the mode is the source's, writable by its owner.
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(append(pycHeader(st), body...))
	cerr := tmp.Close()
	if werr == nil && cerr == nil {
		_ = os.Chmod(tmp.Name(), (st.Mode().Perm()|0o200)&0o666)
		if os.Rename(tmp.Name(), path) == nil {
			return
		}
	}
	_ = os.Remove(tmp.Name())
}

// dontWriteBytecode is sys.dont_write_bytecode's truth now.
func (c *Context) dontWriteBytecode() bool {
	sys, err := c.GetModule("sys")
	if err != nil {
		return true
	}
	v, ok := sys.Globals["dont_write_bytecode"]
	if !ok {
		return false
	}
	truth, err := Truth(v)
	return err != nil || truth
}
