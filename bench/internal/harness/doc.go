// Package harness is what the interleaved script benchmarks
// (bench/cmd/vmbench, bench/cmd/stdlibbench) share: finding the
// interpreters, running one script under one of them (its checksum and
// seconds lines, wall time and peak RSS), repetitions interleaved so
// that the machine's load falls on every interpreter alike, medians and
// checksum agreement, the environment the figures depend on, and the
// pipe tables they print.
//
// A script prints "checksum <int>" and "seconds <float>" (its hot part,
// timed by itself) and may print other lines, which are ignored.
package harness
