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
}
