// Package pysyslog is the syslog module of CPython 3.6 on Linux: openlog,
// syslog, closelog and setlogmask with glibc's behaviour (the LOG_PERROR
// copy on descriptor 2, the priority mask, the "unknown
// facility/priority" complaint), messages sent to the local daemon at
// /dev/log, and the LOG_* constants with LOG_MASK and LOG_UPTO.
package pysyslog

import (
	"path"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// cString is s as C sees it: cut at the first NUL.
func cString(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return s[:i]
	}
	return s
}

// argv0Ident is the default ident: the last path element of sys.argv[0],
// "" (glibc's program name) when there is none.
func argv0Ident(module py.Object) string {
	m, ok := module.(*py.Module)
	if !ok || m.Context == nil {
		return ""
	}
	sys, err := m.Context.GetModule("sys")
	if err != nil {
		return ""
	}
	argv, ok := sys.Globals["argv"].(*py.List)
	if !ok || argv.Len() == 0 {
		return ""
	}
	s, ok := argv.Items[0].(py.String)
	if !ok || s == "" {
		return ""
	}
	return path.Base(string(s))
}

func syslogOpenlog(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("openlog", args, kwargs, []string{"ident", "logoption", "facility"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	ident := ""
	if a[0] != nil {
		s, ok := a[0].(py.String)
		if !ok {
			name := pyarg.TypeName(a[0])
			if a[0] == py.None {
				name = "None"
			}
			return nil, pyutil.TypeErrorf("openlog() argument 1 must be str, not %s", name)
		}
		ident = cString(string(s))
	} else {
		ident = argv0Ident(self)
	}
	var option, facility int64 = 0, logUser
	if a[1] != nil {
		if option, err = pyarg.Long(a[1]); err != nil {
			return nil, err
		}
	}
	if a[2] != nil {
		if facility, err = pyarg.Long(a[2]); err != nil {
			return nil, err
		}
	}
	std.open(ident, int(int32(option)), int(int32(facility)))
	return py.None, nil
}

func syslogSyslog(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("syslog", kwargs); err != nil {
		return nil, err
	}
	bad := pyutil.TypeErrorf("[priority,] message string")
	pri := 6 // LOG_INFO
	var msg py.Object
	switch len(args) {
	case 1:
		msg = args[0]
	case 2:
		p, err := pyarg.Int(args[0])
		if err != nil {
			return nil, bad
		}
		pri, msg = p, args[1]
	default:
		return nil, bad
	}
	s, ok := msg.(py.String)
	if !ok {
		return nil, bad
	}
	std.openDefault(func() string { return argv0Ident(self) })
	std.log(pri, cString(string(s)))
	return py.None, nil
}

func syslogCloselog(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoArgs("closelog", args, kwargs); err != nil {
		return nil, err
	}
	std.close()
	return py.None, nil
}

func syslogSetlogmask(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("setlogmask", kwargs); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("mask for priority")
	}
	m, err := pyarg.Long(args[0])
	if err != nil {
		return nil, err
	}
	return py.Int(std.setMask(int32(m))), nil
}

// longArg is the single C long argument of LOG_MASK and LOG_UPTO.
func longArg(fn string, args py.Tuple, kwargs py.StringDict) (int64, error) {
	if err := pyarg.NoKeywords(fn, kwargs); err != nil {
		return 0, err
	}
	if err := pyarg.ArgCount36(fn, args, 1, 1); err != nil {
		return 0, err
	}
	return pyarg.Long(args[0])
}

func syslogLogMask(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p, err := longArg("LOG_MASK", args, kwargs)
	if err != nil {
		return nil, err
	}
	return py.Int(int64(1) << uint(p&63)), nil
}

func syslogLogUpto(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p, err := longArg("LOG_UPTO", args, kwargs)
	if err != nil {
		return nil, err
	}
	return py.Int(int64(1)<<uint((p+1)&63) - 1), nil
}

func init() {
	globals := py.StringDict{}
	for name, v := range map[string]int{
		"LOG_EMERG": 0, "LOG_ALERT": 1, "LOG_CRIT": 2, "LOG_ERR": 3, "LOG_WARNING": 4,
		"LOG_NOTICE": 5, "LOG_INFO": 6, "LOG_DEBUG": 7,
		"LOG_KERN": 0, "LOG_USER": 8, "LOG_MAIL": 16, "LOG_DAEMON": 24, "LOG_AUTH": 32,
		"LOG_SYSLOG": 40, "LOG_LPR": 48, "LOG_NEWS": 56, "LOG_UUCP": 64, "LOG_CRON": 72,
		"LOG_AUTHPRIV": 80,
		"LOG_LOCAL0":   128, "LOG_LOCAL1": 136, "LOG_LOCAL2": 144, "LOG_LOCAL3": 152,
		"LOG_LOCAL4": 160, "LOG_LOCAL5": 168, "LOG_LOCAL6": 176, "LOG_LOCAL7": 184,
		"LOG_PID": logPID, "LOG_CONS": logCons, "LOG_ODELAY": 0x04, "LOG_NDELAY": logNDelay,
		"LOG_NOWAIT": 0x10, "LOG_PERROR": logPError,
	} {
		globals[name] = py.Int(v)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{
			Name: "syslog",
			Doc:  "The system logger: openlog, syslog, closelog and setlogmask over the local syslog daemon.",
		},
		Methods: []*py.Method{
			pyutil.MustNewMethod("openlog", syslogOpenlog, 0, "openlog(ident=sys.argv[0] basename, logoption=0, facility=LOG_USER)\n\nSets the name, options (LOG_PID, LOG_PERROR, ...) and default facility of later messages."),
			pyutil.MustNewMethod("syslog", syslogSyslog, 0, "syslog([priority,] message)\n\nLogs message at priority (LOG_INFO by default, possibly or-ed with a facility), opening the log first if need be."),
			pyutil.MustNewMethod("closelog", syslogCloselog, 0, "closelog()\n\nCloses the log; the next syslog() opens it again with the defaults."),
			pyutil.MustNewMethod("setlogmask", syslogSetlogmask, 0, "setlogmask(mask) -> int\n\nSets the mask of priorities that are logged (0 keeps it) and returns the previous one."),
			pyutil.MustNewMethod("LOG_MASK", syslogLogMask, 0, "LOG_MASK(pri) -> int\n\nThe mask bit of priority pri."),
			pyutil.MustNewMethod("LOG_UPTO", syslogLogUpto, 0, "LOG_UPTO(pri) -> int\n\nThe mask of every priority up to and including pri."),
		},
		Globals: globals,
	})
}
