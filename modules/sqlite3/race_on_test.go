//go:build race

package sqlite3_test

// raceEnabled: the race detector keeps shadow memory for every
// allocation, so the resident set is no measure of leaks under it, and
// its slowness makes the full cycle counts take minutes.
const raceEnabled = true
