//go:build race

package ssl_test

const raceEnabled = true
