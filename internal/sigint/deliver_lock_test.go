package sigint

import (
	"sync"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A delivery (the signal module's Python handlers) that a blocking call
// starts with Check from inside gil.Unlocked runs holding the
// interpreter's lock, so that it never runs Python next to the thread
// that took the lock meanwhile. The counter is touched by lock holders
// only: -race reports the delivery otherwise.
func TestDeliverRunsHoldingTheLock(t *testing.T) {
	Enable()
	reset(t)
	l := gil.New()
	defer l.Close()
	counter := 0
	heldInside := 0
	SetDeliver(func() error {
		if l.Holding() {
			heldInside++
		}
		counter++
		return nil
	})
	defer deliver.Store(nil)

	const rounds = 50
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // another Python thread, running bytecode
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			l.Acquire("other")
			counter++
			l.Release()
		}
	}()
	l.Acquire("main")
	bumped := 0
	for range rounds {
		var err error
		gil.Unlocked(func() { // a blocking call, woken by the signal
			Raise()
			<-Done()
			err = Check()
		})
		require.NoError(t, err)
		bumped++
	}
	l.Release()
	close(stop)
	wg.Wait()
	assert.Equal(t, rounds, bumped)
	assert.Equal(t, rounds, heldInside, "every delivery held the lock")
	assert.GreaterOrEqual(t, counter, rounds)
}
