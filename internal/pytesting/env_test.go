package pytesting

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsUTF8Locale(t *testing.T) {
	for name, want := range map[string]bool{
		"C.UTF-8": true, "C.utf8": true, "en_US.UTF-8": true, "de_DE.utf-8@euro": true,
		"": false, "C": false, "POSIX": false, "en_US": false, "en_US.ISO-8859-1": false,
		"fr_FR@euro": false, "ja_JP.eucJP": false,
	} {
		assert.Equal(t, want, isUTF8Locale(name), name)
	}
}

func TestCPythonEnvGivesUTF8CType(t *testing.T) {
	last := func(env []string, name string) string {
		v := ""
		for _, kv := range env {
			if len(kv) > len(name) && kv[:len(name)+1] == name+"=" {
				v = kv[len(name)+1:]
			}
		}
		return v
	}
	t.Setenv("LANG", "")
	t.Setenv("LC_CTYPE", "")
	t.Setenv("LC_ALL", "")
	env := CPythonEnv("X=1")
	assert.Equal(t, "C.UTF-8", last(env, "LC_CTYPE"))
	assert.Equal(t, "utf-8", last(env, "PYTHONIOENCODING"))
	assert.Equal(t, "1", last(env, "X"))

	t.Setenv("LC_ALL", "C")
	assert.Equal(t, "C.UTF-8", last(CPythonEnv(), "LC_ALL"))

	t.Setenv("LC_ALL", "")
	t.Setenv("LANG", "en_US.UTF-8")
	env = CPythonEnv()
	assert.Equal(t, "", last(env, "LC_CTYPE"), "a UTF-8 environment is left alone")
	assert.Equal(t, "en_US.UTF-8", last(env, "LANG"))
}
