package datetime

import (
	"math/big"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/strptime"
)

// datetime.strptime is CPython 3.6's _strptime in the C locale (see
// internal/strptime), %z being [+-]HHMM; a directive used twice is a
// ValueError.
var parser = strptime.New(strptime.Options{Zones: localZones})

var (
	tzOnce      sync.Once
	tzNoSaving  []string
	tzHasSaving []string
)

// localZones gives the names of the local zone the way _strptime's
// LocaleTime sees time.tzname and time.daylight: utc, gmt and the
// standard time's name, and the daylight saving time's name if any.
func localZones() (noSaving, saving []string) {
	tzOnce.Do(func() {
		y := time.Now().Year()
		std, stdOff := time.Date(y, 1, 1, 0, 0, 0, 0, localLoc()).Zone()
		dst, dstOff := time.Date(y, 7, 1, 0, 0, 0, 0, localLoc()).Zone()
		if dstOff < stdOff { // southern hemisphere
			std, dst = dst, std
		}
		daylight := stdOff != dstOff
		set := map[string]bool{"utc": true, "gmt": true, strings.ToLower(std): true}
		for k := range set {
			tzNoSaving = append(tzNoSaving, k)
		}
		sort.Strings(tzNoSaving)
		if daylight {
			tzHasSaving = []string{strings.ToLower(dst)}
		}
	})
	return tzNoSaving, tzHasSaving
}

// Strptime is datetime.strptime(s, format).
func Strptime(s, format string) (py.Object, error) {
	r, err := parser.Parse(s, format)
	if err != nil {
		return nil, err
	}
	if err := checkDate(int64(r.Year), int64(r.Month), int64(r.Day)); err != nil {
		return nil, err
	}
	if err := checkTime(int64(r.Hour), int64(r.Minute), int64(r.Second), int64(r.Fraction)); err != nil {
		return nil, err
	}
	dt := Datetime{Date: Date{r.Year, r.Month, r.Day}, Hour: r.Hour, Minute: r.Minute, Second: r.Second, Micro: r.Fraction, Tz: py.None}
	if r.Offset != nil {
		off, err := TimedeltaFromMicros(new(big.Int).SetInt64(int64(*r.Offset)*1000000 + int64(r.OffsetMicro)))
		if err != nil {
			return nil, err
		}
		if err := checkOffset(off); err != nil {
			return nil, err
		}
		tz := Timezone{Offset: off}
		if r.HasZone && r.Zone != "" {
			tz.Name, tz.Named = r.Zone, true
		}
		dt.Tz = tz
	}
	return dt, nil
}
