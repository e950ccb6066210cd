package gil

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHeldRetakesTheLockGivenUp(t *testing.T) {
	l := New()
	defer l.Close()
	cases := []struct {
		name   string
		around func(func())
	}{
		{"Unlocked", Unlocked},
		{"Release", func(fn func()) { re := Release(); fn(); re() }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l.Acquire("ts")
			defer l.Release()
			c.around(func() {
				assert.False(t, l.Holding())
				Held(func() {
					assert.True(t, l.Holding(), "held inside Held")
					assert.Equal(t, "ts", l.State(), "with the state given up")
					// a handler that blocks gives it up and takes it back
					Unlocked(func() { assert.False(t, l.Holding()) })
					assert.True(t, l.Holding())
				})
				assert.False(t, l.Holding(), "given up again after Held")
				Held(func() { assert.True(t, l.Holding(), "still known after a nested Unlocked") })
			})
			assert.True(t, l.Holding())
		})
	}
}

func TestHeldWhenHoldingOrWithoutLock(t *testing.T) {
	ran := 0
	Held(func() { ran++ }) // no lock anywhere: just runs
	l := New()
	defer l.Close()
	l.Acquire(nil)
	Held(func() {
		ran++
		assert.True(t, l.Holding())
	})
	l.Release()
	assert.Equal(t, 2, ran)
}

// TestHeldExcludesOtherHolders is for -race: a counter that only lock
// holders touch, bumped by goroutines that hold the lock and by ones
// that take it back with Held from inside Unlocked.
func TestHeldExcludesOtherHolders(t *testing.T) {
	l := New()
	defer l.Close()
	counter := 0
	var wg sync.WaitGroup
	const rounds = 200
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.Acquire(g)
			defer l.Release()
			for range rounds {
				if g%2 == 0 {
					counter++
					l.Yield()
					continue
				}
				Unlocked(func() { Held(func() { counter++ }) })
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, 4*rounds, counter)
}
