package vm

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuietPackagesExist: every project package quietPackages names is a
// directory of Go files under modules/ (a renamed package would silently
// lose its calls' exemption, or worse, keep a stale name).
func TestQuietPackagesExist(t *testing.T) {
	for _, p := range quietPackages {
		rest, ok := strings.CutPrefix(p, projectModules)
		if !ok {
			continue
		}
		// An entry is a package, or one function of a package.
		pkg, fn, _ := strings.Cut(strings.TrimSuffix(rest, "."), ".")
		dir := filepath.Join("..", "modules", pkg)
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		require.NoError(t, err)
		assert.NotEmpty(t, files, "quietPackages names %s, which has no Go files", dir)
		_, err = os.Stat(dir)
		assert.NoError(t, err)
		if fn != "" {
			found := false
			for _, name := range files {
				src, err := os.ReadFile(name)
				require.NoError(t, err)
				found = found || strings.Contains(string(src), "\nfunc "+fn+"(")
			}
			assert.True(t, found, "quietPackages names %s.%s, which %s does not define", pkg, fn, dir)
		}
	}
}

// TestQuietGoFunc: a Go method defined outside the quiet packages (here in
// vm itself, as a namespace-writing method would be) is not quiet, asked
// once or many times; a method whose Go function is missing is not quiet
// either.
func TestQuietGoFunc(t *testing.T) {
	written := py.StringDict{}
	writer := py.MustNewMethod("writer", func(self, arg py.Object) (py.Object, error) {
		written["X"] = arg
		return py.None, nil
	}, 0, "")
	for range 3 {
		assert.False(t, quietGoFunc(writer))
		assert.False(t, namespaceSafe(writer))
	}
	assert.False(t, quietGoFunc(&py.Method{Name: "empty"}))
}

// TestQuietExceptionsExist: each exception names a function its package
// defines, so that a rename cannot leave it quiet unnoticed.
func TestQuietExceptionsExist(t *testing.T) {
	for _, p := range quietExceptions {
		rest, ok := strings.CutPrefix(p, projectModules)
		require.True(t, ok, p)
		pkg, fn, _ := strings.Cut(rest, ".")
		files, err := filepath.Glob(filepath.Join("..", "modules", pkg, "*.go"))
		require.NoError(t, err)
		found := false
		for _, name := range files {
			src, err := os.ReadFile(name)
			require.NoError(t, err)
			found = found || strings.Contains(string(src), "\nfunc "+fn+"(")
		}
		assert.True(t, found, "quietExceptions names %s.%s, which is not defined", pkg, fn)
	}
}

// TestQuietWrap: a function made by quietWrap is quiet; the same function
// made without it is not (it is defined in vm, outside quietPackages).
func TestQuietWrap(t *testing.T) {
	call := func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, nil
	}
	wrapped := py.MustNewMethod("wrapped", quietWrap(call), 0, "")
	plain := py.MustNewMethod("plain", call, 0, "")
	for range 2 {
		assert.True(t, quietGoFunc(wrapped))
		assert.False(t, quietGoFunc(plain))
	}
	r, err := callGo(wrapped, py.None, nil)
	require.NoError(t, err)
	assert.Equal(t, py.None, r)
}

// TestFuncPC: funcPC reads the code address reflect gives for each shape
// of Go function a py.Method holds, closures included, and 0 for a nil
// function, a missing one and a value that is not a function.
func TestFuncPC(t *testing.T) {
	n := 0
	fns := []any{
		func(self, arg py.Object) (py.Object, error) { return arg, nil },
		func(self py.Object) (py.Object, error) { n++; return self, nil },
		func(self py.Object, args py.Tuple) (py.Object, error) { return args, nil },
		func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) { n++; return args, nil },
		quietWrap(func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) { return nil, nil }),
		func(args py.Tuple) (py.Object, error) { return args, nil },
		TestFuncPC,
	}
	for i, fn := range fns {
		want := reflect.ValueOf(fn).Pointer()
		assert.NotZero(t, want, i)
		assert.Equal(t, want, funcPC(fn), i)
	}
	var nilFn func(py.Object) (py.Object, error)
	assert.Zero(t, funcPC(nilFn))
	assert.Zero(t, funcPC(nil))
	assert.Zero(t, funcPC(42))
	assert.Zero(t, funcPC(goFunc(&py.Method{Name: "empty"})))
}
