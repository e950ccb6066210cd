package pyutil

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestRuneCount(t *testing.T) {
	for _, s := range []string{
		"", "a", "abcdefg", "abcdefgh", "abcdefghi", strings.Repeat("x", 1000),
		"é", "abcdefgé", "abcdefghé", "ééééééééé", "\xff\xfe", "abcdefgh\xffabc", "日本語テキスト12345678",
	} {
		assert.Equal(t, utf8.RuneCountInString(s), RuneCount(s), "%q", s)
	}
}

func FuzzRuneCount(f *testing.F) {
	f.Add("abcdefgh\xe6\x97\xa5")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("RuneCount(%q) = %d, want %d", s, got, want)
		}
	})
}

func BenchmarkRuneCount(b *testing.B) {
	s := strings.Repeat("alpha-00012|c/12,", 80)
	b.ReportAllocs()
	for b.Loop() {
		RuneCount(s)
	}
}

func BenchmarkRuneCountStd(b *testing.B) {
	s := strings.Repeat("alpha-00012|c/12,", 80)
	for b.Loop() {
		utf8.RuneCountInString(s)
	}
}
