// Package pylib registers the standard-library modules the project writes
// in Python (Lib/modules): each NAME.py as the module NAME, each
// PKG/__init__.py as the package PKG and PKG/NAME.py as PKG.NAME.
package pylib

import (
	"io/fs"
	"path"
	"strings"

	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

func init() {
	err := fs.WalkDir(lib.Modules, "modules", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		src, err := fs.ReadFile(lib.Modules, p)
		if err != nil {
			return err
		}
		rel := strings.TrimSuffix(strings.TrimPrefix(p, "modules/"), ".py")
		name := strings.ReplaceAll(rel, "/", ".")
		if path.Base(rel) == "__init__" {
			name = strings.ReplaceAll(path.Dir(rel), "/", ".")
		}
		py.RegisterModule(&py.ModuleImpl{
			Info:    py.ModuleInfo{Name: name, FileDesc: "<" + name + ">"},
			CodeSrc: string(src),
		})
		pyutil.SourceLines.Embed("<"+name+">", string(src))
		return nil
	})
	if err != nil {
		panic("pylib: " + err.Error())
	}
}
