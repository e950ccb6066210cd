package pylib_test

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// The corpus test parses and tokenizes whole modules (copies of some of
// the project's own Lib/modules files, and a file of Python 3.6 syntax,
// in testdata/astcorpus) under CPython 3.6 and gpython-ssl. Each side
// prints digests: of every top-level statement's ast.dump with
// locations, of the whole tree's plain and unannotated dumps, of the
// tokens of every block of 20 lines, and whether untokenize gives the
// bytes back; the digests must match line by line.

const astCorpusScript = `import ast, tokenize, io, hashlib
def h(s):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:16]
for name, src in SOURCES:
    tree = ast.parse(src, name)
    for i, node in enumerate(tree.body):
        print(name, 'stmt', i, node.lineno, h(ast.dump(node, include_attributes=True)))
    print(name, 'plain', h(ast.dump(tree)))
    print(name, 'unannotated', h(ast.dump(tree, annotate_fields=False)))
    blocks = {}
    data = src.encode('utf-8')
    for t in tokenize.tokenize(io.BytesIO(data).readline):
        blocks.setdefault(t.start[0] // 20, []).append('%d %d %r %r %r %r' % (t.type, t.exact_type, t.string, t.start, t.end, t.line))
    for b in sorted(blocks):
        print(name, 'tokens', b * 20, len(blocks[b]), h('|'.join(blocks[b])))
    print(name, 'untokenize', tokenize.untokenize(tokenize.tokenize(io.BytesIO(data).readline)) == data)
`

func TestASTTokenizeCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "astcorpus", "*_py.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	sort.Strings(files)
	var src strings.Builder
	src.WriteString("SOURCES = [\n")
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		name := strings.TrimSuffix(filepath.Base(f), "_py.txt")
		src.WriteString("    (" + strconv.Quote(name) + ", " + strconv.QuoteToASCII(string(data)) + "),\n")
	}
	src.WriteString("]\n")
	src.WriteString(astCorpusScript)
	want := pytesting.CPython36Output(t, "ast_tokenize_corpus", src.String())
	got, err := pytesting.RunGuarded(t, src.String())
	require.NoError(t, err, "output:\n%s", got)
	wantLines := strings.Split(strings.TrimSpace(want), "\n")
	gotLines := strings.Split(strings.TrimSpace(got), "\n")
	require.Greater(t, len(wantLines), 100)
	for i, w := range wantLines {
		if i >= len(gotLines) {
			t.Fatalf("gpython-ssl stopped after %d lines; next expected: %s", len(gotLines), w)
		}
		assert.Equal(t, w, gotLines[i], "line %d", i+1)
	}
	assert.Len(t, gotLines, len(wantLines))
}
