package datetime

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/go-python/gpython/py"
)

// fields are the broken-down values strftime formats.
type fields struct {
	y, m, d, H, M, S, us int
	tz                   py.Object // py.None or a tzinfo
}

// fieldsOf takes the fields of a date, time (on 1900-01-01) or datetime.
func fieldsOf(o py.Object) fields {
	switch v := o.(type) {
	case Datetime:
		return fields{v.Year, v.Month, v.Day, v.Hour, v.Minute, v.Second, v.Micro, v.tz()}
	case Date:
		return fields{v.Year, v.Month, v.Day, 0, 0, 0, 0, py.None}
	case Time:
		return fields{1900, 1, 1, v.Hour, v.Minute, v.Second, v.Micro, v.tz()}
	}
	panic(fmt.Sprintf("strftime: unexpected %s", o.Type().Name))
}

var (
	dayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// timeTuple is time.struct_time of f's fields with tm_isdst isdst
// (timetuple() and utctimetuple()).
func timeTuple(f fields, isdst int) (py.Object, error) {
	ord := ymdToOrd(f.y, f.m, f.d)
	yday := ord - ymdToOrd(f.y, 1, 1) + 1
	seq := py.Tuple{py.Int(f.y), py.Int(f.m), py.Int(f.d), py.Int(f.H), py.Int(f.M), py.Int(f.S), py.Int(weekday(ord)), py.Int(yday), py.Int(isdst)}
	// time.struct_time, looked up in the time module (modules/time
	// imports this package: calendar.py needs datetime)
	if impl := py.GetModuleImpl("time"); impl != nil {
		if st, ok := impl.Globals["struct_time"]; ok {
			return py.Call(st, py.Tuple{seq}, nil)
		}
	}
	return nil, py.ExceptionNewf(py.ImportError, "No module named 'time'")
}

// strftimeObject is the strftime method of a date, time or datetime o,
// as CPython 3.6's wrap_strftime: the format is scanned for %z, %Z and
// %f, which o supplies (its UTC offset, its zone's name, its
// microseconds), stopping at a NUL and refusing a lone % at the end;
// the result goes to time.strftime with o's timetuple, so that every
// other directive, flag and width is the C library's.
func strftimeObject(format string, o py.Object) (py.Object, error) {
	if i := strings.IndexByte(format, 0); i >= 0 {
		format = format[:i]
	}
	f := fieldsOf(o)
	isdst := -1
	if dt, ok := o.(Datetime); ok {
		// datetime.strftime takes its timetuple() first (calling dst())
		var err error
		if isdst, err = dstFlag(dt.Tz, dt); err != nil {
			return nil, err
		}
	}
	arg := tzCallArg(o)
	var z, zname *string
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+1 == len(format) {
			return nil, py.ExceptionNewf(py.ValueError, "strftime format ends with raw %%")
		}
		i++
		switch format[i] {
		case 'z':
			if z == nil {
				off, ok, err := tzOffset(f.tz, "utcoffset", arg)
				if err != nil {
					return nil, err
				}
				s := ""
				if ok {
					s = formatOffset(off, "")
				}
				z = &s
			}
			b.WriteString(*z)
		case 'Z':
			if zname == nil {
				name, _, err := tzName(f.tz, arg)
				if err != nil {
					return nil, err
				}
				s := strings.ReplaceAll(name, "%", "%%")
				zname = &s
			}
			b.WriteString(*zname)
		case 'f':
			fmt.Fprintf(&b, "%06d", f.us)
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	if s, ok := strftimeNumeric(b.String(), f); ok {
		return py.String(s), nil
	}
	if m := timeStrftime(); m != nil {
		tt, err := timeTuple(f, isdst)
		if err != nil {
			return nil, err
		}
		return m.Call(nil, py.Tuple{py.String(b.String()), tt})
	}
	// without the time module: this package's own formatter
	return py.String(strftime(format, f)), nil
}

// timeStrftime is the time module's strftime, or nil when the module is
// not registered (modules/time imports this package, so it is looked up
// rather than imported).
func timeStrftime() *py.Method {
	impl := py.GetModuleImpl("time")
	if impl == nil {
		return nil
	}
	for _, m := range impl.Methods {
		if m.Name == "strftime" {
			return m
		}
	}
	return nil
}

// strftime formats f as CPython on glibc in the C locale: Python expands
// %f, %z and %Z itself and glibc does the rest, copying unknown
// directives through.
func strftime(format string, f fields) string {
	var b strings.Builder
	ord := ymdToOrd(f.y, f.m, f.d)
	wd := weekday(ord)                // Monday 0
	yday := ord - ymdToOrd(f.y, 1, 1) // 0-based
	sunWd := (wd + 1) % 7             // Sunday 0
	hour12 := (f.H+11)%12 + 1
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(format) {
			b.WriteByte('%')
			break
		}
		start := i
		i++
		pad := byte(0) // 0: default, '-': none, '_': spaces, '0': zeros
		if strings.IndexByte("-_0", format[i]) >= 0 && i+1 < len(format) {
			pad = format[i]
			if pad == '_' {
				pad = ' '
			}
			i++
		}
		num := func(v, width int, defPad byte) {
			p := defPad
			if pad != 0 {
				p = pad
			}
			s := strconv.Itoa(v)
			if p != '-' {
				for n := len(s); n < width; n++ {
					b.WriteByte(p)
				}
			}
			b.WriteString(s)
		}
		switch format[i] {
		case 'a':
			b.WriteString(dayNames[wd][:3])
		case 'A':
			b.WriteString(dayNames[wd])
		case 'b', 'h':
			b.WriteString(monthNames[f.m][:3])
		case 'B':
			b.WriteString(monthNames[f.m])
		case 'c':
			b.WriteString(strftime("%a %b %e %H:%M:%S %Y", f))
		case 'C':
			// glibc does not pad the century of years below 1000.
			num(f.y/100, 1, '0')
		case 'd':
			num(f.d, 2, '0')
		case 'D', 'x':
			b.WriteString(strftime("%m/%d/%y", f))
		case 'e':
			num(f.d, 2, ' ')
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", f))
		case 'G', 'g', 'V':
			iy, iw, _ := Date{f.y, f.m, f.d}.isoCalendar()
			switch format[i] {
			case 'G':
				num(iy, 1, '0')
			case 'g':
				num(iy%100, 2, '0')
			default:
				num(iw, 2, '0')
			}
		case 'H':
			num(f.H, 2, '0')
		case 'I':
			num(hour12, 2, '0')
		case 'j':
			num(yday+1, 3, '0')
		case 'k':
			num(f.H, 2, ' ')
		case 'l':
			num(hour12, 2, ' ')
		case 'm':
			num(f.m, 2, '0')
		case 'M':
			num(f.M, 2, '0')
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if f.H < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'P':
			if f.H < 12 {
				b.WriteString("am")
			} else {
				b.WriteString("pm")
			}
		case 'r':
			b.WriteString(strftime("%I:%M:%S %p", f))
		case 'R':
			b.WriteString(strftime("%H:%M", f))
		case 's':
			t := time.Date(f.y, time.Month(f.m), f.d, f.H, f.M, f.S, 0, localLoc())
			b.WriteString(strconv.FormatInt(t.Unix(), 10))
		case 'S':
			num(f.S, 2, '0')
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			b.WriteString(strftime("%H:%M:%S", f))
		case 'u':
			num(wd+1, 1, '0')
		case 'U':
			num((yday+7-sunWd)/7, 2, '0')
		case 'w':
			num(sunWd, 1, '0')
		case 'W':
			num((yday+7-wd)/7, 2, '0')
		case 'y':
			num(f.y%100, 2, '0')
		case 'Y':
			num(f.y, 1, '0')
		case 'f':
			fmt.Fprintf(&b, "%06d", f.us)
		case 'z':
			if tz, ok := f.tz.(Timezone); ok {
				b.WriteString(formatOffset(tz.Offset, ""))
			}
		case 'Z':
			if tz, ok := f.tz.(Timezone); ok {
				b.WriteString(tz.TZName())
			}
		case '%':
			b.WriteByte('%')
		default:
			// glibc copies an unknown directive through unchanged.
			b.WriteString(format[start : i+1])
		}
	}
	return b.String()
}

// strftimeNumeric is what time.strftime makes of format with f's
// timetuple, when format's directives are only the numeric ones whose
// text no locale changes (%Y of a four-digit year, %m %d %H %M %S %j,
// and %%): the common timestamp formats, without building the
// struct_time. ok is false for any other directive.
func strftimeNumeric(format string, f fields) (string, bool) {
	if f.y < 1000 || f.y > 9999 {
		return "", false
	}
	buf := make([]byte, 0, len(format)+16)
	two := func(v int) { buf = append(buf, byte('0'+v/10), byte('0'+v%10)) }
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			buf = append(buf, c)
			continue
		}
		if i+1 == len(format) {
			return "", false
		}
		i++
		switch format[i] {
		case 'Y':
			buf = strconv.AppendInt(buf, int64(f.y), 10)
		case 'm':
			two(f.m)
		case 'd':
			two(f.d)
		case 'H':
			two(f.H)
		case 'M':
			two(f.M)
		case 'S':
			two(f.S)
		case 'j':
			yday := ymdToOrd(f.y, f.m, f.d) - ymdToOrd(f.y, 1, 1) + 1
			buf = append(buf, byte('0'+yday/100))
			two(yday % 100)
		case '%':
			buf = append(buf, '%')
		default:
			return "", false
		}
	}
	return string(buf), true
}
