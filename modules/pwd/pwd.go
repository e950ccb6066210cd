// Package pypwd is the pwd module of CPython 3.6 on Linux: getpwuid,
// getpwnam and getpwall over /etc/passwd (the "files" source of this
// machine's nsswitch.conf, read in file order as getpwent does), and
// struct_passwd, a struct sequence (modules/structseq).
//
// It also exports the uid/gid conversion and database reader that the
// grp module shares.
package pypwd

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/structseq"
)

// passwdPath is the database read; tests point it elsewhere.
var passwdPath = "/etc/passwd"

// entry is one line of /etc/passwd.
type entry struct {
	name, passwd   string
	uid, gid       uint32
	gecos, dir, sh string
}

// entries reads the database, skipping lines whose uid or gid is not a
// number.
func entries() []entry {
	var out []entry
	for _, f := range ReadDB(passwdPath, 7) {
		uid, ok1 := ParseID(f[2])
		gid, ok2 := ParseID(f[3])
		if !ok1 || !ok2 {
			continue
		}
		out = append(out, entry{f[0], f[1], uid, gid, f[4], f[5], f[6]})
	}
	return out
}

// tuple is the entry as the 7 items of its struct_passwd.
func (e entry) tuple() py.Tuple {
	return py.Tuple{py.String(e.name), py.String(e.passwd), IDObject(e.uid), IDObject(e.gid),
		py.String(e.gecos), py.String(e.dir), py.String(e.sh)}
}

func pwdGetpwuid(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.ExactlyOne("getpwuid", args, kwargs); err != nil {
		return nil, err
	}
	arg := args[0]
	uid, r, err := ConvertID(arg, "uid")
	if err != nil {
		return nil, err
	}
	if r != IDOK {
		return nil, py.ExceptionNewf(py.KeyError, "getpwuid(): uid not found")
	}
	for _, e := range entries() {
		if e.uid == uid {
			return structseq.Make(self, "struct_passwd", e.tuple())
		}
	}
	s, _ := py.Str(IDObject(uid))
	return nil, py.ExceptionNewf(py.KeyError, "getpwuid(): uid not found: %s", s)
}

func pwdGetpwnam(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.ExactlyOne("getpwnam", args, kwargs); err != nil {
		return nil, err
	}
	arg := args[0]
	name, ok := arg.(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("getpwnam() argument must be str, not %s", pyarg.TypeName(arg))
	}
	if strings.IndexByte(string(name), 0) >= 0 {
		return nil, pyutil.ValueErrorf("embedded null byte")
	}
	for _, e := range entries() {
		if e.name == string(name) {
			return structseq.Make(self, "struct_passwd", e.tuple())
		}
	}
	r, err := py.ReprAsString(name)
	if err != nil {
		return nil, err
	}
	return nil, py.ExceptionNewf(py.KeyError, "getpwnam(): name not found: %s", r)
}

func pwdGetpwall(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoArgs("getpwall", args, kwargs); err != nil {
		return nil, err
	}
	es := entries()
	out := make([]py.Object, len(es))
	for i, e := range es {
		s, err := structseq.Make(self, "struct_passwd", e.tuple())
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return py.NewListFromItems(out), nil
}

// pwdSource defines struct_passwd, which the functions return.
var pwdSource = structseq.Source("pwd", "struct_passwd",
	"An account of the password database: a 7-tuple whose items are also the attributes pw_name to pw_shell.",
	"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell")

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{
			Name:     "pwd",
			Doc:      "The Unix password database: accounts by uid or name, or all of them, as struct_passwd.",
			FileDesc: "<pwd>",
		},
		Methods: []*py.Method{
			pyutil.MustNewMethod("getpwuid", pwdGetpwuid, 0, "getpwuid(uid) -> struct_passwd\n\nThe account whose user id is uid; KeyError when there is none."),
			pyutil.MustNewMethod("getpwnam", pwdGetpwnam, 0, "getpwnam(name) -> struct_passwd\n\nThe account called name; KeyError when there is none."),
			pyutil.MustNewMethod("getpwall", pwdGetpwall, 0, "getpwall() -> list of struct_passwd\n\nEvery account of the database, in its order."),
		},
		CodeSrc: pwdSource,
	})
}
