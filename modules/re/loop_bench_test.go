package re_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

func BenchmarkTokenizerLoop(b *testing.B) {
	src := `
import re
text = ("word " * 20000) + "\u00e9"
p = re.compile(r"\w+|\s+|.")
pos = 0; n = 0; L = len(text)
while pos < L:
    m = p.match(text, pos); pos = m.end(); n += 1
`
	for i := 0; i < b.N; i++ {
		pytesting.MustRun(b, src)
	}
}
