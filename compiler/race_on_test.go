//go:build race

package compiler_test

// raceBuild: the race detector's build, whose sync.Pool drops a share of
// what is put in it on purpose.
const raceBuild = true
