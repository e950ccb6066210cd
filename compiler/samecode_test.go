package compiler_test

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/compiler"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// codeText writes o, a constant or a code object the compiler made, with
// every field of every code object in it (nested ones included), no
// addresses, and frozenset members sorted: equal code gives equal text.
func codeText(o py.Object) string {
	var b strings.Builder
	writeCodeText(&b, o)
	return b.String()
}

func writeCodeText(b *strings.Builder, o py.Object) {
	switch v := o.(type) {
	case py.Int:
		fmt.Fprintf(b, "int:%d", int64(v))
	case *py.BigInt:
		b.WriteString("bigint:" + (*big.Int)(v).String())
	case py.Float:
		fmt.Fprintf(b, "float:%x", math.Float64bits(float64(v)))
	case py.Complex:
		fmt.Fprintf(b, "complex:%x,%x", math.Float64bits(real(v)), math.Float64bits(imag(v)))
	case py.Tuple:
		b.WriteString("(")
		for _, item := range v {
			writeCodeText(b, item)
			b.WriteString(", ")
		}
		b.WriteString(")")
	case *vm.Set:
		writeSorted(b, v.Items())
	case *py.FrozenSet:
		items, _ := py.SequenceTuple(v)
		writeSorted(b, items)
	case *py.Code:
		fmt.Fprintf(b, "code{%d,%d,%d,%d,%d,%d,%q,%q,%q,%q,%q,%q,%q,%q,%q,", v.Argcount, v.Kwonlyargcount,
			v.Nlocals, v.Stacksize, v.Flags, v.Firstlineno, v.Code, v.Filename, v.Name, v.Lnotab,
			v.Cell2arg, v.Names, v.Varnames, v.Freevars, v.Cellvars)
		writeCodeText(b, py.Tuple(v.Consts))
		b.WriteString("}")
	default:
		fmt.Fprintf(b, "%T:%#v", o, o)
	}
}

func writeSorted(b *strings.Builder, items []py.Object) {
	parts := make([]string, len(items))
	for i, item := range items {
		parts[i] = codeText(item)
	}
	sort.Strings(parts)
	b.WriteString("frozenset{" + strings.Join(parts, ", ") + "}")
}

func TestCodeTextSeesEveryField(t *testing.T) {
	compile := func(src string) string {
		co, err := compiler.Compile(src, "<m>", py.ExecMode, 0, true)
		require.NoError(t, err)
		return codeText(co)
	}
	base := compile("def f(a):\n    return a + 1\n")
	for _, src := range []string{
		"def f(a):\n    return a + 2\n",          // a nested constant
		"def f(b):\n    return b + 1\n",          // a nested varname
		"def f(a):\n\n    return a + 1\n",        // a nested line table
		"def g(a):\n    return a + 1\n",          // a nested name
		"def f(a):\n    return a - 1\n",          // nested code
		"\ndef f(a):\n    return a + 1\n",        // first line
		"def f(a):\n    return a + 1.0\n",        // constant type
		"def f(a):\n    return a in {1, 2, 3}\n", // frozenset
	} {
		assert := require.New(t)
		assert.NotEqual(base, compile(src), src)
	}
	require.Equal(t, compile("x in {1, 2, 3}\n"), compile("x in {1, 2, 3}\n"))
}

// TestCodeManifest writes, when GPYSSL_CODE_MANIFEST names a file, one line
// for each .py file under GPYSSL_CODE_ROOTS (a list of directories, by
// default CPython 3.6's Lib, its tests included): the file's path and the
// SHA-256 of codeText of its compiled code, or its compile error. Two
// manifests written before and after a change of the compiler are equal
// when every module compiles to the same code.
func TestCodeManifest(t *testing.T) {
	out := os.Getenv("GPYSSL_CODE_MANIFEST")
	if out == "" {
		t.Skip("GPYSSL_CODE_MANIFEST not set")
	}
	roots := filepath.SplitList(os.Getenv("GPYSSL_CODE_ROOTS"))
	if len(roots) == 0 {
		roots = []string{"/root/.pyenv/versions/3.6.15/lib/python3.6"}
	}
	var lines []string
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "site-packages" {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".py") {
				return nil
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			var result string
			co, err := compiler.Compile(string(src), path, py.ExecMode, 0, true)
			if err != nil {
				result = "error " + strings.ReplaceAll(fmt.Sprint(err), "\n", " ")
			} else {
				result = fmt.Sprintf("%x", sha256.Sum256([]byte(codeText(co))))
			}
			lines = append(lines, path+" "+result)
			return nil
		})
		require.NoError(t, err)
	}
	sort.Strings(lines)
	require.NoError(t, os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	t.Logf("%d modules", len(lines))
}
