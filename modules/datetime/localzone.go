package datetime

import (
	"os"
	"strings"
	"sync/atomic"
	"time"
)

// localZone is the zone local times are read in once time.tzset() has
// run: the TZ variable's zone at that call. Until then it is nil and the
// zone is time.Local, the one the process started with.
var localZone atomic.Pointer[time.Location]

// localLoc is the zone of local time (fromtimestamp, now, timestamp()).
func localLoc() *time.Location {
	if l := localZone.Load(); l != nil {
		return l
	}
	return time.Local
}

// SetLocalZone makes tz, a value of the TZ environment variable ("" for
// unset: /etc/localtime), the zone of local time, as time.tzset() does
// for the C library. A value that names no zone file (a POSIX rule such
// as "EST5EDT,M3.2.0,M11.1.0" without one) leaves the zone as it was.
func SetLocalZone(tz string) {
	tz = strings.TrimPrefix(tz, ":")
	var loc *time.Location
	var err error
	switch {
	case tz == "":
		data, rerr := os.ReadFile("/etc/localtime")
		if rerr != nil {
			loc = time.UTC
		} else {
			loc, err = time.LoadLocationFromTZData("Local", data)
		}
	case strings.HasPrefix(tz, "/"):
		data, rerr := os.ReadFile(tz)
		if rerr != nil {
			return
		}
		loc, err = time.LoadLocationFromTZData(tz, data)
	default:
		loc, err = time.LoadLocation(tz)
	}
	if err != nil || loc == nil {
		return
	}
	localZone.Store(loc)
}
