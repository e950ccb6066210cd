package vm

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMergeSortStable compares mergeSort with the standard library's
// stable sort over lengths around the run and merge boundaries, with
// many equal keys (so stability shows), sorted, reversed and
// partly sorted inputs, and counts the comparisons of a sorted input.
func TestMergeSortStable(t *testing.T) {
	type item struct{ key, pos int }
	less := func(a, b item) (bool, error) { return a.key < b.key, nil }
	rng := rand.New(rand.NewPCG(1, 2))
	shapes := map[string]func(n, i int) int{
		"random":    func(n, i int) int { return rng.IntN(n/3 + 1) },
		"sorted":    func(n, i int) int { return i / 2 },
		"falling":   func(n, i int) int { return n - i/2 },
		"half":      func(n, i int) int { return map[bool]int{true: i, false: rng.IntN(n + 1)}[i < n/2] },
		"sawtooth":  func(n, i int) int { return i % 37 },
		"all equal": func(n, i int) int { return 7 },
	}
	for name, shape := range shapes {
		for _, n := range []int{0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 127, 128, 256, 1000, 4099} {
			xs := make([]item, n)
			for i := range xs {
				xs[i] = item{shape(n, i), i}
			}
			want := slices.Clone(xs)
			slices.SortStableFunc(want, func(a, b item) int { return a.key - b.key })
			require.NoError(t, mergeSort(xs, new([]item), less))
			assert.Equal(t, want, xs, "%s, n=%d", name, n)
		}
	}

	calls := 0
	sorted := make([]int, 1000)
	for i := range sorted {
		sorted[i] = i
	}
	require.NoError(t, mergeSort(sorted, new([]int), func(a, b int) (bool, error) { calls++; return a < b, nil }))
	assert.Equal(t, 999, calls, "a sorted input is one run")
}

// TestMergeSortError checks that a failing comparison stops the sort
// with its error and leaves every item in the slice exactly once.
func TestMergeSortError(t *testing.T) {
	boom := errors.New("boom")
	for _, n := range []int{5, 40, 70, 300} {
		for _, failAt := range []int{1, 3, n / 2, n * 2, n * 5} {
			xs := make([]int, n)
			for i := range xs {
				xs[i] = (i * 7919) % 101
			}
			calls := 0
			err := mergeSort(xs, new([]int), func(a, b int) (bool, error) {
				calls++
				if calls == failAt {
					return false, boom
				}
				return a < b, nil
			})
			if calls >= failAt {
				require.ErrorIs(t, err, boom, "n=%d failAt=%d", n, failAt)
			} else {
				require.NoError(t, err, "n=%d failAt=%d", n, failAt)
			}
			got := slices.Clone(xs)
			slices.Sort(got)
			want := make([]int, n)
			for i := range want {
				want[i] = (i * 7919) % 101
			}
			slices.Sort(want)
			assert.Equal(t, want, got, "n=%d failAt=%d: items lost or duplicated", n, failAt)
		}
	}
}

// TestMinRunFor pins the run length for a few sizes.
func TestMinRunFor(t *testing.T) {
	for n, want := range map[int]int{0: 0, 5: 5, 63: 63, 64: 32, 65: 33, 256: 32, 1000: 63, 4099: 33} {
		assert.Equal(t, want, minRunFor(n), "n=%d", n)
	}
}

// BenchmarkSortHalfSorted sorts what bench/vm/containers.py sorts: 256
// ints whose first half is sorted (one run) and whose second half is not.
func BenchmarkSortHalfSorted(b *testing.B) {
	in := make([]py.Object, 256)
	for i := range in {
		in[i] = py.Int((i * 7919) & 1023)
	}
	slices.SortFunc(in[:128], func(x, y py.Object) int { return int(x.(py.Int) - y.(py.Int)) })
	items := make([]py.Object, len(in))
	b.ReportAllocs()
	for b.Loop() {
		copy(items, in)
		if err := sortItems(items, py.None, false); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLessForAgreesWithLess checks the direct comparisons lessFor picks
// (all ints, all floats, all strs, all tuples) against Python's < over
// random keys, NaNs, signed zeros and tuples of different lengths and
// mixed item kinds included, and that a mixed list gets Less itself.
func TestLessForAgreesWithLess(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 7))
	nan := py.Float(math.NaN())
	scalar := func(kind int) py.Object {
		switch kind {
		case 0:
			return py.Int(rng.IntN(5) - 2)
		case 1:
			return []py.Object{py.Float(0.5), py.Float(-1), nan, py.Float(math.Copysign(0, -1)), py.Float(0), py.Float(math.Inf(1))}[rng.IntN(6)]
		}
		return py.String([]string{"", "a", "ab", "b", "é", "\U0001F600"}[rng.IntN(6)])
	}
	lists := map[string]func() py.Object{
		"ints":   func() py.Object { return scalar(0) },
		"floats": func() py.Object { return scalar(1) },
		"strs":   func() py.Object { return scalar(2) },
		"tuples": func() py.Object {
			// items of one kind per position, so Python's < never fails
			n := rng.IntN(4)
			tup := make(py.Tuple, n)
			for i := range tup {
				tup[i] = scalar(i % 3)
			}
			return tup
		},
		"int-float tuples": func() py.Object {
			return py.Tuple{scalar(rng.IntN(2)), scalar(0)}
		},
	}
	for name, gen := range lists {
		keys := make([]py.Object, 40)
		for i := range keys {
			keys[i] = gen()
		}
		less := lessFor(keys)
		for _, a := range keys {
			for _, b := range keys {
				want, werr := Less(a, b)
				got, gerr := less(a, b)
				require.Equal(t, werr, gerr, "%s: %v < %v", name, a, b)
				assert.Equal(t, want, got, "%s: %v < %v", name, a, b)
			}
		}
	}
	mixed := []py.Object{py.Int(1), py.Float(2)}
	_, err := lessFor(mixed)(py.Int(1), py.String("x"))
	assert.Error(t, err, "a mixed list compares with Python's <, errors included")
}
