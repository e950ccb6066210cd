package datetime

import (
	"encoding/binary"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
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
// for the C library. A value that names no zone file is read as a POSIX
// rule ("EST+05EDT,M3.2.0,M11.1.0"), as the C library reads it.
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
		if err != nil {
			loc, err = ruleZone(tz)
		}
	}
	if err != nil || loc == nil {
		return
	}
	localZone.Store(loc)
}

// ruleZone is the zone a POSIX TZ rule describes: Go reads such a rule as
// the footer of a zone file, which applies after the file's last
// transition, so the rule is wrapped in a file with no transitions of its
// own. A rule Go cannot parse leaves the file's one zone: UTC, named by
// the rule's leading letters, as glibc names it.
func ruleZone(rule string) (*time.Location, error) {
	name := rule
	if i := strings.IndexFunc(rule, func(r rune) bool { return !unicode9.IsLetter(r) }); i >= 0 {
		name = rule[:i]
	}
	if name == "" {
		name = "UTC"
	}
	// Without transitions or leap seconds, the version 1 block and the
	// version 2 block that follows it are laid out alike.
	header := func() []byte {
		h := append([]byte("TZif"), '2')
		h = append(h, make([]byte, 15)...)
		// counts: isutc, isstd, leap, transitions, types, abbreviation bytes
		for _, n := range []uint32{0, 0, 0, 0, 1, uint32(len(name) + 1)} {
			h = binary.BigEndian.AppendUint32(h, n)
		}
		// one type: offset 0, not DST, the first abbreviation
		h = append(h, 0, 0, 0, 0, 0, 0)
		h = append(h, name...)
		return append(h, 0)
	}
	data := append(header(), header()...)
	data = append(data, '\n')
	data = append(data, rule...)
	data = append(data, '\n')
	return time.LoadLocationFromTZData(rule, data)
}
