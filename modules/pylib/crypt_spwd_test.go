package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of crypt (Lib/modules/crypt.py over modules/crypt)
// and spwd (modules/spwd) against CPython 3.6.

const cryptPrelude = pytesting.ShowRepr + `import crypt, spwd
`

var cryptCases = []pytesting.Case{
	{"methods", `crypt.methods`},
	{"method fields", `[(m.name, m.ident, m.salt_chars, m.total_size) for m in crypt.methods]`},
	{"traditional", `crypt.crypt("pw", "ab")`},
	{"md5", `crypt.crypt("pw", "$1$saltsalt")`},
	{"sha256 rounds", `crypt.crypt("pw", "$5$rounds=5000$x")`},
	{"sha512", `crypt.crypt("secret", "$6$saltsalt")`},
	{"random salts", `[(len(crypt.mksalt(m)), crypt.mksalt(m)[:3] if m.ident else "") for m in crypt.methods] + [len(crypt.mksalt())]`},
	{"method as salt", `[len(crypt.crypt("x", m)) for m in crypt.methods] + [len(crypt.crypt("x"))]`},
	{"verify", `(lambda h: crypt.crypt("pw", h) == h)(crypt.crypt("pw"))`},
	{"bad salt", `(crypt.crypt("a", "x"), crypt.crypt("a", ""))`},
	{"not str", `crypt.crypt(1, "ab")`},
	{"nul", `crypt.crypt("a\0b", "ab")`},
	{"arity", `__import__("_crypt").crypt("a")`},
	{"spwd root", `spwd.getspnam("root")`},
	{"spwd fields", `(lambda e: (e.sp_namp, e.sp_max, e[0], len(e), type(e).__name__, e.n_sequence_fields))(spwd.getspnam("root"))`},
	{"spwd all", `(lambda a: (len(a) > 1, a[0].sp_namp, type(a).__name__))(spwd.getspall())`},
	{"spwd missing", `spwd.getspnam("no_such_user_zz")`},
	{"spwd type", `spwd.getspnam(1)`},
	{"spwd names", `sorted(n for n in dir(spwd) if not n.startswith("_"))`},
}

func TestCryptSpwdDifferential(t *testing.T) {
	pytesting.DiffCases(t, "crypt_spwd", cryptPrelude, cryptCases)
}
