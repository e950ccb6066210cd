//go:build !race

package sqlite3_test

const raceEnabled = false
