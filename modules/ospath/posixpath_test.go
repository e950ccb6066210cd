package ospath

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected values below are CPython 3.6's posixpath results for the
// same inputs.
func TestPathHelpers(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) string
		in   string
		want string
	}{
		{"normpath empty", normPath, "", "."},
		{"normpath dotdot at root", normPath, "/..", "/"},
		{"normpath keeps leading dotdot", normPath, "../a/../..", "../.."},
		{"normpath two slashes", normPath, "//x//y/", "//x/y"},
		{"normpath three slashes", normPath, "///x", "/x"},
		{"basename trailing slash", baseName, "a/", ""},
		{"dirname all slashes", dirName, "//", "//"},
		{"dirname strips", dirName, "a//b", "a"},
		{"splitext root", func(s string) string { r, _ := splitExt(s); return r }, "x/.a.b", "x/.a"},
		{"splitext ext", func(s string) string { _, e := splitExt(s); return e }, "...a", ""},
		{"join abs", func(s string) string { return joinTwo("x", s) }, "/y", "/y"},
		{"join empty tail", func(s string) string { return joinTwo("x", s) }, "", "x/"},
		{"expandvars unterminated brace", expandVars, "${HOME", "${HOME"},
		{"expanduser not first", expandUser, "x~", "x~"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.f(tc.in))
		})
	}
}

func TestLessParts(t *testing.T) {
	assert.True(t, lessParts([]string{"a"}, []string{"a", "b"}))
	assert.True(t, lessParts([]string{"a", "b"}, []string{"b"}))
	assert.False(t, lessParts([]string{"b"}, []string{"a", "z"}))
	assert.False(t, lessParts(nil, nil))
}
