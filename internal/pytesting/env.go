package pytesting

import (
	"os"
	"strings"
)

// CPythonEnv is the environment a differential test gives CPython: the
// test process's own, with PYTHONIOENCODING=utf-8 and a UTF-8 LC_CTYPE,
// then extra ("NAME=value" entries, which win).
//
// gpython-ssl's files, pipes and paths are UTF-8 whatever the locale,
// which is CPython's behaviour under a UTF-8 locale; CPython 3.6 under
// the C locale (a machine with no LANG) would encode them as ASCII, so an
// environment whose LC_CTYPE is not UTF-8 gets C.UTF-8 for it. A UTF-8
// environment is passed on unchanged: the locale tests pin theirs.
func CPythonEnv(extra ...string) []string {
	env := os.Environ()
	if !isUTF8Locale(effectiveCType()) {
		if os.Getenv("LC_ALL") != "" {
			env = append(env, "LC_ALL=C.UTF-8") // LC_ALL overrides LC_CTYPE
		} else {
			env = append(env, "LC_CTYPE=C.UTF-8")
		}
	}
	env = append(env, "PYTHONIOENCODING=utf-8")
	return append(env, extra...)
}

// effectiveCType is the locale name the C library takes LC_CTYPE from:
// the first of LC_ALL, LC_CTYPE and LANG that is set and not empty.
func effectiveCType() string {
	for _, name := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := os.Getenv(name); v != "" {
			return v
		}
	}
	return ""
}

// isUTF8Locale reports whether a locale name (as in LANG) names UTF-8 as
// its character set: "C.UTF-8", "en_US.utf8", "de_DE.UTF-8@euro".
func isUTF8Locale(name string) bool {
	_, charset, ok := strings.Cut(name, ".")
	if !ok {
		return false
	}
	charset, _, _ = strings.Cut(charset, "@")
	charset = strings.ToLower(strings.ReplaceAll(charset, "-", ""))
	return charset == "utf8"
}
