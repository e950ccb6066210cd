//go:build race

package raceflag

// Enabled is true: the race detector is on. It keeps shadow memory for
// every allocation, so the resident set is no measure of leaks, and it
// slows the program several times over.
const Enabled = true
