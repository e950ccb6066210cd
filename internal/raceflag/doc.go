// Package raceflag tells whether the program was built with the race
// detector (go build -race, go test -race). It is the one place that build
// tag is read: tests that measure the resident set or run long cycle counts
// ask Enabled instead of declaring their own constant per build tag.
package raceflag
