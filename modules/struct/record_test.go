package pystruct

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecordSizes unpacks through each record size (record.go) and the
// ordinary path above 16 items, keeps the tuples across collections and
// checks that every value reads back as it was packed: the numbers live
// inside the records, so a record freed too early would show here.
func TestRecordSizes(t *testing.T) {
	var kept []py.Object
	var want [][]py.Object
	for _, n := range []int{1, 3, 4, 5, 8, 9, 16, 17, 40} {
		format := "<" + strings.Repeat("qd?", n)[:n]
		l, err := parseFormat(format)
		require.NoError(t, err)
		values := make(py.Tuple, n)
		for i := range values {
			switch format[1+i] {
			case 'q':
				values[i] = py.Int(int64(i)*1_000_003 - 77 + int64(n)<<40)
			case 'd':
				values[i] = py.Float(float64(i) + 0.25)
			default:
				values[i] = py.NewBool(i%2 == 0)
			}
		}
		buf := make([]byte, l.size)
		require.NoError(t, l.pack(buf, values), format)
		for r := 0; r < 50; r++ {
			got, err := l.unpackObject(buf)
			require.NoError(t, err)
			kept = append(kept, got)
			want = append(want, values)
		}
		runtime.GC()
	}
	for i := 0; i < 3; i++ {
		_ = make([]byte, 1<<20) // churn, so that freed memory would be reused
		runtime.GC()
	}
	for i, o := range kept {
		tup, ok := o.(py.Tuple)
		require.True(t, ok, "%T", o)
		require.Len(t, tup, len(want[i]))
		for j, v := range tup {
			assert.Equal(t, want[i][j], v, "tuple %d item %d", i, j)
		}
	}
}

// TestRecordValues: the boxed values are ordinary py.Int and py.Float
// values (type switches, equality, hashing as dict keys).
func TestRecordValues(t *testing.T) {
	l, err := parseFormat("<iHQdfe")
	require.NoError(t, err)
	buf := make([]byte, l.size)
	in := py.Tuple{py.Int(-5), py.Int(65535), py.Int(math.MaxInt64), py.Float(1.5), py.Float(-2), py.Float(0.5)}
	require.NoError(t, l.pack(buf, in))
	o, err := l.unpackObject(buf)
	require.NoError(t, err)
	got := o.(py.Tuple)
	assert.Equal(t, in, got)
	m := map[py.Object]int{}
	for i, v := range got {
		m[v] = i
	}
	for i, v := range in {
		assert.Equal(t, i, m[v], "%v as a map key", v)
	}
	assert.Equal(t, "-5 65535", fmt.Sprint(got[0], got[1]))
}

// TestRecordPoolConcurrent unpacks from several goroutines at once (as
// contexts running in parallel do) and keeps every tuple: a record handed
// out twice would show as a value overwritten by another goroutine (and
// as a race under -race).
func TestRecordPoolConcurrent(t *testing.T) {
	l, err := parseFormat("<qHd")
	require.NoError(t, err)
	const workers, each = 4, 3 * recordsPerSlab * 20
	kept := make([][]py.Object, workers)
	done := make(chan struct{})
	for w := 0; w < workers; w++ {
		go func() {
			defer func() { done <- struct{}{} }()
			buf := make([]byte, l.size)
			for i := 0; i < each; i++ {
				v := int64(w)<<32 | int64(i)
				if err := l.pack(buf, py.Tuple{py.Int(v), py.Int(1000 + i%1000), py.Float(float64(v) + 0.5)}); err != nil {
					panic(err)
				}
				o, err := l.unpackObject(buf)
				if err != nil {
					panic(err)
				}
				kept[w] = append(kept[w], o)
			}
		}()
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	runtime.GC()
	for w := range kept {
		require.Len(t, kept[w], each)
		for i, o := range kept[w] {
			v := int64(w)<<32 | int64(i)
			want := py.Tuple{py.Int(v), py.Int(1000 + i%1000), py.Float(float64(v) + 0.5)}
			require.Equal(t, want, o.(py.Tuple), "worker %d tuple %d", w, i)
		}
	}
}
