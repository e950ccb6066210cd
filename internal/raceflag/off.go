//go:build !race

package raceflag

// Enabled is false: the race detector is off, so the resident set
// measures what the process holds.
const Enabled = false
