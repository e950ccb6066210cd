//go:build !race

package pyexpat

// raceEnabled is false: the resident set measures what the process holds.
const raceEnabled = false
