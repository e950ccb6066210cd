package pytime

import "fmt"

// fmtAsctime is C's "%s %s%3d %.2d:%.2d:%.2d %d", CPython's _asctime.
func fmtAsctime(wday, mon string, mday, hour, min, sec int, year int64) string {
	return fmt.Sprintf("%s %s%3d %02d:%02d:%02d %d", wday, mon, mday, hour, min, sec, year)
}
