package host

import (
	"time"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/time" // registered before we patch it

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const timeSleepDoc = `sleep(seconds) -> None

Pause the calling thread for seconds, which may be a float for
fractions of a second.`

// timeSleep is CPython 3.6's time.sleep: Ctrl-C ends it with
// KeyboardInterrupt (gpython's sleeps in time.Sleep, which nothing
// interrupts), and its argument errors are CPython's (NaN, too large,
// "an integer is required").
func timeSleep(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var secsObj py.Object
	if err := py.UnpackTuple(args, nil, "sleep", 1, 1, &secsObj); err != nil {
		return nil, err
	}
	d, err := sleepDuration(secsObj)
	if err != nil {
		return nil, err
	}
	if err := sleep(d); err != nil {
		return nil, err
	}
	return py.None, nil
}

// sleepDuration converts sleep's argument as 3.6 does (pyarg.Seconds36:
// a float, an int, or anything with __int__), refusing a negative one.
func sleepDuration(o py.Object) (time.Duration, error) {
	d, err := pyarg.Seconds36(o)
	if err != nil {
		return 0, err
	}
	if d < 0 {
		return 0, pyutil.ValueErrorf("sleep length must be non-negative")
	}
	return d, nil
}

// sleep waits for d or until a SIGINT (sigint.Done), which it raises as
// KeyboardInterrupt, with the interpreter lock released: other threads
// run meanwhile, and sleep(0) lets a waiting one go first, as CPython's
// does.
//
// Like a lock wait, a sleep finalizes what the script dropped before it
// (vm.CollectForWaits): a loop that sleeps until a weakref callback ran
// ends, as in CPython, where the drop ran it.
func sleep(d time.Duration) (err error) {
	defer func() {
		if vm.FinalizersDue() {
			vm.RunDueFinalizers()
		}
	}()
	gil.Unlocked(func() {
		if d <= 0 {
			return
		}
		vm.CollectForWaits()
		t := time.NewTimer(d)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				return
			case <-sigint.Done():
				if err = sigint.Check(); err != nil {
					return
				}
			}
		}
	})
	return err
}

// installTimeSleep replaces sleep in gpython's time module implementation.
func installTimeSleep() {
	impl := py.GetModuleImpl("time")
	if impl == nil {
		return
	}
	for i, m := range impl.Methods {
		if m.Name == "sleep" {
			impl.Methods[i] = py.MustNewMethod("sleep", timeSleep, 0, timeSleepDoc)
		}
	}
}
