// Package pygrp is the grp module of CPython 3.6 on Linux: getgrgid,
// getgrnam and getgrall over /etc/group (the "files" source of this
// machine's nsswitch.conf, read in file order as getgrent does), and
// struct_group, a struct sequence (modules/structseq). The database reader
// and the gid conversion are pwd's (modules/pwd).
package pygrp

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	pypwd "github.com/gpython-ssl/gpython-ssl/modules/pwd"
	"github.com/gpython-ssl/gpython-ssl/modules/structseq"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// groupPath is the database read.
var groupPath = "/etc/group"

// entry is one line of /etc/group.
type entry struct {
	name, passwd string
	gid          uint32
	members      []string
}

// entries reads the database, skipping lines whose gid is not a number.
func entries() []entry {
	var out []entry
	for _, f := range pypwd.ReadDB(groupPath, 4) {
		gid, ok := pypwd.ParseID(f[2])
		if !ok {
			continue
		}
		var mem []string
		for _, m := range strings.Split(f[3], ",") {
			if m != "" {
				mem = append(mem, m)
			}
		}
		out = append(out, entry{f[0], f[1], gid, mem})
	}
	return out
}

// make builds the entry's struct_group; module is the grp module.
func (e entry) make(module py.Object) (py.Object, error) {
	mem := make([]py.Object, len(e.members))
	for i, m := range e.members {
		mem[i] = py.String(m)
	}
	return structseq.Make(module, "struct_group", py.Tuple{py.String(e.name), py.String(e.passwd),
		pypwd.IDObject(e.gid), py.NewListFromItems(mem)})
}

// oneArg parses the single argument name of fn as CPython 3.6's getargs
// does: the argument count, then the required slot, then any other
// keyword (an unknown keyword alone leaves the slot missing).
func oneArg(fn, name string, args py.Tuple, kwargs py.StringDict) ([]py.Object, error) {
	if n := len(args) + len(kwargs); n > 1 {
		return nil, pyutil.TypeErrorf("%s() takes at most 1 argument (%d given)", fn, n)
	}
	if len(args) == 1 {
		return py.Tuple{args[0]}, nil
	}
	if v, ok := kwargs[name]; ok {
		return py.Tuple{v}, nil
	}
	return nil, pyutil.TypeErrorf("Required argument '%s' (pos 1) not found", name)
}

// noWarnings reports whether err says the warnings module cannot be
// imported (an interpreter built without the Python library): grp then
// converts without warning.
func noWarnings(err error) bool {
	e, ok := err.(*py.Exception)
	return ok && (e.Base == py.ImportError || e.Base == py.FileNotFoundError || e.Base.Name == "ModuleNotFoundError")
}

func grpGetgrgid(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := oneArg("getgrgid", "id", args, kwargs)
	if err != nil {
		return nil, err
	}
	id := a[0]
	if !pyarg.IsInteger(id) {
		// 3.6 warns (its message keeps a format directive unexpanded)
		// and converts with int().
		if err := vm.Warn(py.DeprecationWarning, "group id must be int, not %.200", 1); err != nil && !noWarnings(err) {
			return nil, err
		}
		if id, err = py.Call(py.IntType, py.Tuple{id}, nil); err != nil {
			return nil, err
		}
	}
	gid, r, err := pypwd.ConvertID(id, "gid")
	if err != nil {
		return nil, err
	}
	if r != pypwd.IDOK {
		return nil, pypwd.IDRangeError("gid", r)
	}
	for _, e := range entries() {
		if e.gid == gid {
			return e.make(self)
		}
	}
	s, _ := py.Str(pypwd.IDObject(gid))
	return nil, py.ExceptionNewf(py.KeyError, "getgrgid(): gid not found: %s", s)
}

func grpGetgrnam(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := oneArg("getgrnam", "name", args, kwargs)
	if err != nil {
		return nil, err
	}
	name, ok := a[0].(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("getgrnam() argument 1 must be str, not %s", pyarg.TypeName(a[0]))
	}
	if strings.IndexByte(string(name), 0) >= 0 {
		return nil, pyutil.ValueErrorf("embedded null byte")
	}
	for _, e := range entries() {
		if e.name == string(name) {
			return e.make(self)
		}
	}
	r, err := py.ReprAsString(name)
	if err != nil {
		return nil, err
	}
	return nil, py.ExceptionNewf(py.KeyError, "getgrnam(): name not found: %s", r)
}

func grpGetgrall(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoArgs("getgrall", args, kwargs); err != nil {
		return nil, err
	}
	es := entries()
	out := make([]py.Object, len(es))
	for i, e := range es {
		s, err := e.make(self)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return py.NewListFromItems(out), nil
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{
			Name:     "grp",
			Doc:      "The Unix group database: groups by gid or name, or all of them, as struct_group.",
			FileDesc: "<grp>",
		},
		Methods: []*py.Method{
			pyutil.MustNewMethod("getgrgid", grpGetgrgid, 0, "getgrgid(id) -> struct_group\n\nThe group whose numeric id is id; KeyError when there is none."),
			pyutil.MustNewMethod("getgrnam", grpGetgrnam, 0, "getgrnam(name) -> struct_group\n\nThe group called name; KeyError when there is none."),
			pyutil.MustNewMethod("getgrall", grpGetgrall, 0, "getgrall() -> list of struct_group\n\nEvery group of the database, in its order."),
		},
		CodeSrc: structseq.Source("grp", "struct_group",
			"A group of the group database: a 4-tuple whose items are also the attributes gr_name, gr_passwd, gr_gid and gr_mem (a list of user names).",
			"gr_name", "gr_passwd", "gr_gid", "gr_mem"),
	})
}
