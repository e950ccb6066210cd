package memchurn

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestResultQuarters(t *testing.T) {
	flat := Result{Samples: []int{100, 5000, 5000, 5000, 5100, 5000, 5050, 5000, 5000, 5000, 5000, 5000, 5100, 5000, 5000, 5000}}
	second, last := flat.Quarters()
	assert.Equal(t, 5100, second)
	assert.Equal(t, 5100, last)
	assert.False(t, flat.Grew(Tolerance(flat)))
	assert.Equal(t, 5000, flat.End())

	growing := Result{Samples: []int{5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5500, 6000, 6500, 7000, 7500, 8000, 8500, 9000}}
	second, last = growing.Quarters()
	assert.Equal(t, 5000, second)
	assert.Equal(t, 9000, last)
	assert.True(t, growing.Grew(Tolerance(growing)))
	assert.Equal(t, 3072, Tolerance(growing), "3 MiB floor")
	assert.Equal(t, "4.9 4.9", Result{Samples: []int{5000, 5000}}.String())

	// A late collection on a loaded machine: up in the last quarter, back
	// down by the end (make test's -race run, 38 -> 45 -> 38.6 MiB).
	spike := Result{Samples: []int{36700, 38200, 39900, 38600, 38700, 38700, 38700, 39000, 39300, 38900, 38900, 43500, 46000, 46300, 46300, 39500}}
	assert.False(t, spike.Grew(Tolerance(spike)))

	// The sawtooth of a BIO churn at load 30 (TestMemoryChurn/bio/close,
	// 21.7 -> 23.8 MiB, after swinging to 24.6 in its first quarter).
	swing := Result{Samples: []int{22938, 23962, 25190, 21504, 21709, 22118, 22118, 22221, 23450, 22528, 22835, 23859, 23962, 24064, 24371, 24371}}
	assert.False(t, swing.Grew(Tolerance(swing)))
}
