package datetime

import "time"

// Local wall times and Unix time, with PEP 495's fold as CPython 3.6
// resolves it: a wall time that occurs twice (clocks set back) is the
// first occurrence with fold 0 and the second with fold 1; one that never
// occurs (clocks set forward) is read with the offset before the change
// for fold 0 and after it for fold 1.

// maxFoldSeconds bounds how far apart two offsets of one zone are
// looked for (CPython's max_fold_seconds).
const maxFoldSeconds = 24 * 3600

// localWall is u's local wall clock as seconds since 1970-01-01 00:00 of
// that clock (u plus the offset localLoc() has at u).
func localWall(u int64) int64 {
	_, off := time.Unix(u, 0).In(localLoc()).Zone()
	return u + int64(off)
}

// wallSeconds is dt's wall clock (without microseconds) as seconds since
// 1970-01-01 00:00 of the same clock.
func wallSeconds(dt Datetime) int64 {
	return int64(dt.Ordinal()-epochOrd)*86400 + int64(dt.Hour)*3600 + int64(dt.Minute)*60 + int64(dt.Second)
}

// localToUnix is the Unix time whose local wall clock is t, the
// occurrence fold selects (CPython's local_to_seconds).
func localToUnix(t int64, fold int) int64 {
	a := localWall(t) - t
	u1 := t - a
	t1 := localWall(u1)
	var b int64
	if t1 == t {
		// one solution; look for another, earlier for fold 0, later for 1
		u2 := u1 - maxFoldSeconds
		if fold == 1 {
			u2 = u1 + maxFoldSeconds
		}
		b = localWall(u2) - u2
		if a == b {
			return u1
		}
	} else {
		b = t1 - u1
	}
	u2 := t - b
	if localWall(u2) == t {
		return u2
	}
	if t1 == t {
		return u1
	}
	// t is in a gap: neither offset gives it
	if fold == 1 {
		return min(u1, u2)
	}
	return max(u1, u2)
}

// localFold is the fold of the local wall time of Unix time u: 1 when the
// same wall time occurred earlier, within a day (CPython's probe in
// datetime_from_timet_and_us).
func localFold(u int64) int {
	result := localWall(u)
	transition := result - localWall(u-maxFoldSeconds) - maxFoldSeconds
	if transition < 0 && localWall(u+transition) == result {
		return 1
	}
	return 0
}
