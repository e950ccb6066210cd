package pytime

/*
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
	int year, mon, mday, hour, min, sec, wday, yday, isdst;
	long gmtoff;
	int haszone;
	char zone[64];
} gotm;

static void gotm_from_tm(const struct tm *t, gotm *o) {
	o->year = t->tm_year; o->mon = t->tm_mon; o->mday = t->tm_mday;
	o->hour = t->tm_hour; o->min = t->tm_min; o->sec = t->tm_sec;
	o->wday = t->tm_wday; o->yday = t->tm_yday; o->isdst = t->tm_isdst;
	o->gmtoff = t->tm_gmtoff;
	o->haszone = t->tm_zone != NULL;
	if (o->haszone) {
		strncpy(o->zone, t->tm_zone, sizeof(o->zone) - 1);
		o->zone[sizeof(o->zone) - 1] = 0;
	}
}

static void gotm_to_tm(gotm *o, struct tm *t) {
	memset(t, 0, sizeof(*t));
	t->tm_year = o->year; t->tm_mon = o->mon; t->tm_mday = o->mday;
	t->tm_hour = o->hour; t->tm_min = o->min; t->tm_sec = o->sec;
	t->tm_wday = o->wday; t->tm_yday = o->yday; t->tm_isdst = o->isdst;
	t->tm_gmtoff = o->gmtoff;
	t->tm_zone = o->haszone ? o->zone : NULL;
}

static int gotm_localtime(long long secs, gotm *o) {
	time_t t = (time_t)secs;
	struct tm tm;
	errno = 0;
	if (localtime_r(&t, &tm) == NULL) return errno ? errno : EINVAL;
	gotm_from_tm(&tm, o);
	return 0;
}

static int gotm_gmtime(long long secs, gotm *o) {
	time_t t = (time_t)secs;
	struct tm tm;
	errno = 0;
	if (gmtime_r(&t, &tm) == NULL) return errno ? errno : EINVAL;
	gotm_from_tm(&tm, o);
	return 0;
}

// gotm_mktime: 0 and *res on success, 1 when mktime cannot represent it.
static int gotm_mktime(gotm *o, long long *res) {
	struct tm tm;
	gotm_to_tm(o, &tm);
	tm.tm_wday = -1;
	time_t t = mktime(&tm);
	if (t == (time_t)-1 && tm.tm_wday == -1) return 1;
	*res = (long long)t;
	return 0;
}

static size_t gotm_strftime(char *buf, size_t n, const char *fmt, gotm *o) {
	struct tm tm;
	gotm_to_tm(o, &tm);
	return strftime(buf, n, fmt, &tm);
}

static int go_clock_gettime(int clk, long long *sec, long *nsec) {
	struct timespec ts;
	if (clock_gettime((clockid_t)clk, &ts) != 0) return errno;
	*sec = ts.tv_sec; *nsec = ts.tv_nsec;
	return 0;
}

static int go_clock_getres(int clk, long long *sec, long *nsec) {
	struct timespec ts;
	if (clock_getres((clockid_t)clk, &ts) != 0) return errno;
	*sec = ts.tv_sec; *nsec = ts.tv_nsec;
	return 0;
}

static int go_clock_settime(int clk, long long sec, long nsec) {
	struct timespec ts;
	ts.tv_sec = (time_t)sec; ts.tv_nsec = nsec;
	if (clock_settime((clockid_t)clk, &ts) != 0) return errno;
	return 0;
}

static double go_clock(void) { return (double)clock() / CLOCKS_PER_SEC; }
*/
import "C"

import (
	"syscall"
	"unsafe"
)

// The C library does the calendar work, as in CPython: localtime_r,
// gmtime_r, mktime and strftime honour TZ (read again by tzset) exactly as
// CPython's calls of them do.

// tm is a struct tm as CPython's time module sees it: C's fields (year
// since 1900, month 0-11, Sunday 0) plus tm_zone and tm_gmtoff.
type tm struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int
	gmtoff                                             int64
	zone                                               string
	hasZone                                            bool
}

func fromC(c *C.gotm) tm {
	t := tm{
		year: int(c.year), mon: int(c.mon), mday: int(c.mday), hour: int(c.hour),
		min: int(c.min), sec: int(c.sec), wday: int(c.wday), yday: int(c.yday),
		isdst: int(c.isdst), gmtoff: int64(c.gmtoff), hasZone: c.haszone != 0,
	}
	if t.hasZone {
		t.zone = C.GoString(&c.zone[0])
	}
	return t
}

func (t *tm) toC() C.gotm {
	var c C.gotm
	c.year, c.mon, c.mday = C.int(t.year), C.int(t.mon), C.int(t.mday)
	c.hour, c.min, c.sec = C.int(t.hour), C.int(t.min), C.int(t.sec)
	c.wday, c.yday, c.isdst = C.int(t.wday), C.int(t.yday), C.int(t.isdst)
	c.gmtoff = C.long(t.gmtoff)
	if t.hasZone {
		c.haszone = 1
		z := t.zone
		if len(z) > 63 {
			z = z[:63]
		}
		for i := 0; i < len(z); i++ {
			c.zone[i] = C.char(z[i])
		}
	}
	return c
}

// localtimeC is localtime_r; an errno on failure.
func localtimeC(secs int64) (tm, error) {
	var c C.gotm
	if e := C.gotm_localtime(C.longlong(secs), &c); e != 0 {
		return tm{}, syscall.Errno(e)
	}
	return fromC(&c), nil
}

// gmtimeC is gmtime_r; an errno on failure.
func gmtimeC(secs int64) (tm, error) {
	var c C.gotm
	if e := C.gotm_gmtime(C.longlong(secs), &c); e != 0 {
		return tm{}, syscall.Errno(e)
	}
	return fromC(&c), nil
}

// mktimeC is mktime with CPython's failure test; ok false when it failed.
func mktimeC(t tm) (int64, bool) {
	c := t.toC()
	var res C.longlong
	if C.gotm_mktime(&c, &res) != 0 {
		return 0, false
	}
	return int64(res), true
}

// strftimeC formats t with the C library's strftime. format holds no NUL.
// As CPython, it retries with larger buffers and gives "" when even
// 256 times the format's length does not suffice.
func strftimeC(format string, t tm) string {
	cf := C.CString(format)
	defer C.free(unsafe.Pointer(cf))
	c := t.toC()
	limit := 256 * len(format)
	for size := 1024; ; size *= 2 {
		buf := make([]byte, size)
		n := C.gotm_strftime((*C.char)(unsafe.Pointer(&buf[0])), C.size_t(size), cf, &c)
		if n > 0 || size >= limit {
			return string(buf[:n])
		}
	}
}

func tzsetC() { C.tzset() }

func clockGettime(clk int) (sec int64, nsec int64, err error) {
	var s C.longlong
	var ns C.long
	if e := C.go_clock_gettime(C.int(clk), &s, &ns); e != 0 {
		return 0, 0, syscall.Errno(e)
	}
	return int64(s), int64(ns), nil
}

func clockGetres(clk int) (sec int64, nsec int64, err error) {
	var s C.longlong
	var ns C.long
	if e := C.go_clock_getres(C.int(clk), &s, &ns); e != 0 {
		return 0, 0, syscall.Errno(e)
	}
	return int64(s), int64(ns), nil
}

func clockSettime(clk int, sec, nsec int64) error {
	if e := C.go_clock_settime(C.int(clk), C.longlong(sec), C.long(nsec)); e != 0 {
		return syscall.Errno(e)
	}
	return nil
}

func clockC() float64 { return float64(C.go_clock()) }

const (
	clockRealtime         = int(C.CLOCK_REALTIME)
	clockMonotonic        = int(C.CLOCK_MONOTONIC)
	clockMonotonicRaw     = int(C.CLOCK_MONOTONIC_RAW)
	clockProcessCPUTimeID = int(C.CLOCK_PROCESS_CPUTIME_ID)
	clockThreadCPUTimeID  = int(C.CLOCK_THREAD_CPUTIME_ID)
)
