// Package spwd is the spwd module of CPython 3.6 on Linux: getspnam and
// getspall over /etc/shadow (readable by root only), as struct_spwd
// struct sequences. The file reader is pwd's (modules/pwd).
package spwd

import (
	"os"
	"strconv"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	pypwd "github.com/gpython-ssl/gpython-ssl/modules/pwd"
	"github.com/gpython-ssl/gpython-ssl/modules/structseq"
)

// shadowPath is the database read.
var shadowPath = "/etc/shadow"

// readable checks that the database can be opened, as getspent does:
// PermissionError for a user who may not.
func readable() error {
	f, err := os.Open(shadowPath)
	if err != nil {
		if os.IsPermission(err) {
			return py.ExceptionNewf(py.PermissionError, "[Errno 13] Permission denied")
		}
		return nil
	}
	return f.Close()
}

// number is a numeric field of a shadow entry: -1 when empty or not a
// number.
func number(s string) py.Object {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return py.Int(-1)
	}
	return py.Int(n)
}

// make builds the struct_spwd of one line's nine fields.
func make(module py.Object, f []string) (py.Object, error) {
	items := py.Tuple{py.String(f[0]), py.String(f[1])}
	for _, s := range f[2:9] {
		items = append(items, number(s))
	}
	return structseq.Make(module, "struct_spwd", items)
}

func spwdGetspnam(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("getspnam() takes exactly one argument (%d given)", len(args))
	}
	name, ok := pyutil.Unwrap(args[0]).(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("getspnam() argument must be str, not %s", pyutil.TypeName(args[0]))
	}
	if err := readable(); err != nil {
		return nil, err
	}
	for _, f := range pypwd.ReadDB(shadowPath, 9) {
		if f[0] == string(name) {
			return make(self, f)
		}
	}
	return nil, py.ExceptionNewf(py.KeyError, "getspnam(): name not found")
}

func spwdGetspall(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, pyutil.TypeErrorf("getspall() takes no arguments (%d given)", len(args))
	}
	if err := readable(); err != nil {
		return nil, err
	}
	var out []py.Object
	for _, f := range pypwd.ReadDB(shadowPath, 9) {
		e, err := make(self, f)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return py.NewListFromItems(out), nil
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{
			Name:     "spwd",
			Doc:      "The shadow password database: entries by name, or all of them, as struct_spwd.",
			FileDesc: "<spwd>",
		},
		Methods: []*py.Method{
			pyutil.MustNewMethod("getspnam", spwdGetspnam, 0, "getspnam($module, arg, /)\n--\n\nReturn the shadow password database entry for the given user name."),
			pyutil.MustNewMethod("getspall", spwdGetspall, 0, "getspall($module, /)\n--\n\nReturn a list of all available shadow password database entries, in arbitrary order."),
		},
		CodeSrc: structseq.Source("spwd", "struct_spwd",
			"A shadow password database entry: a 9-tuple whose items are also the attributes sp_namp, sp_pwdp, sp_lstchg, sp_min, sp_max, sp_warn, sp_inact, sp_expire and sp_flag.",
			"sp_namp", "sp_pwdp", "sp_lstchg", "sp_min", "sp_max", "sp_warn", "sp_inact", "sp_expire", "sp_flag"),
	})
}
