//go:build race

package pyexpat

// raceEnabled: the race detector keeps shadow memory for every
// allocation, so the resident set is no measure of leaks under it.
const raceEnabled = true
