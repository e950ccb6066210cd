package re

import (
	"fmt"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// Engine benchmarks over about 1 MB: the workloads of
// bench/stdlib/re_speed.py without the interpreter around them.

func benchFindall(b *testing.B, pat string, flags int, subj string) {
	prog, err := compileGo(b, pat, flags, true)
	if err != nil {
		b.Fatal(err)
	}
	m := newMachine(prog)
	data := []byte(subj)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		for start := 0; start <= len(data); {
			m.reset()
			s, e, ok := search(m, data, start, len(data))
			if !ok {
				break
			}
			n++
			if e == s {
				start = e + 1
			} else {
				start = e
			}
		}
		if n == 0 {
			b.Fatal("no match")
		}
	}
}

func wordsText() string {
	var sb strings.Builder
	for i := 0; sb.Len() < 1000000; i++ {
		fmt.Fprintf(&sb, "token%d-x=%d; ", i, i*7)
	}
	return sb.String()
}

func BenchmarkFindallWords(b *testing.B) {
	benchFindall(b, `[A-Za-z_][A-Za-z0-9_]*`, 0, wordsText())
}

func BenchmarkHeaders(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 1000000; i++ {
		fmt.Fprintf(&sb, "X-Header-%d: value %d; charset=utf-8\r\nContent-Length: %d\r\n", i, i, i*3)
	}
	benchFindall(b, `^([\w-]+):[ \t]*(.*?)\r?$`, flagMultiline, sb.String())
}

func BenchmarkPEM(b *testing.B) {
	body := strings.Repeat("MIIB"+strings.Repeat("0", 64)+"Q==\n", 8)
	var sb strings.Builder
	for i := 0; sb.Len() < 1000000; i++ {
		fmt.Fprintf(&sb, "-----BEGIN CERTIFICATE-----\n%s-----END CERTIFICATE-----\nnoise %d\n", body, i)
	}
	benchFindall(b, `-----BEGIN ([A-Z ]+)-----\n(.*?)-----END \1-----`, flagDotAll, sb.String())
}

// BenchmarkFindallWordsCall is re_speed.py's findall row as the
// interpreter calls it: Pattern.findall over 1 MB of str, the list of
// str results included.
func BenchmarkFindallWordsCall(b *testing.B) {
	p, err := getPattern(py.String(`[A-Za-z_][A-Za-z0-9_]*`), py.Int(0))
	if err != nil {
		b.Fatal(err)
	}
	args := py.Tuple{py.String(wordsText())}
	b.SetBytes(int64(len(args[0].(py.String))))
	for b.Loop() {
		if _, err := pattern_findall(p, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}
