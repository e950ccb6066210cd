//go:build !linux

package gcpolicy

import "time"

// trimImage does nothing where /proc's pagemap is not there to tell clean
// file pages from written ones.
func trimImage() int64 { return 0 }

func prepareImage() {}

func sleep(d time.Duration) { time.Sleep(d) }

// processCPU reports no CPU time: the trim clock's delay only grows.
func processCPU() time.Duration { return 0 }
