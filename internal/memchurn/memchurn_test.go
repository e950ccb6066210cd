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
	assert.Equal(t, 2048, Tolerance(growing), "2 MiB floor")
	assert.Equal(t, "4.9 4.9", Result{Samples: []int{5000, 5000}}.String())

	// A late collection on a loaded machine: up in the last quarter, back
	// down by the end (make test's -race run, 38 -> 45 -> 38.6 MiB).
	spike := Result{Samples: []int{36700, 38200, 39900, 38600, 38700, 38700, 38700, 39000, 39300, 38900, 38900, 43500, 46000, 46300, 46300, 39500}}
	assert.False(t, spike.Grew(Tolerance(spike)))
}
