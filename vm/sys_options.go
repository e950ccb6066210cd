package vm

import (
	"strings"
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// CommandLineOptions are what an interpreter's command line and its
// PYTHON* environment variables show in sys: sys.flags, sys.warnoptions
// and sys._xoptions. The gpython-ssl command sets them (cmd/gpython-ssl)
// before it makes its context; contexts made before, and an embedding
// program that sets nothing, get the zero value: CPython's values without
// options.
type CommandLineOptions struct {
	// The counters of sys.flags (-d, -i, -O, -B, -s, -S, -E, -v, -b, -q,
	// -I and -i's inspect; -OO is Optimize 2).
	Debug, Inspect, Interactive, Optimize, DontWriteBytecode, NoUserSite, NoSite, IgnoreEnvironment,
	Verbose, BytesWarning, Quiet, Isolated int
	// NoHashRandomization is PYTHONHASHSEED=0.
	NoHashRandomization bool
	// Unbuffered is -u or PYTHONUNBUFFERED: the standard streams write
	// through (they report line_buffering True).
	Unbuffered bool
	// WarnOptions are the -W arguments after PYTHONWARNINGS's entries.
	WarnOptions []string
	// XOptions are the -X arguments: "name" or "name=value".
	XOptions []string
}

var commandLine atomic.Pointer[CommandLineOptions]

// SetCommandLineOptions sets the options the sys module of contexts made
// from now on shows.
func SetCommandLineOptions(o CommandLineOptions) { commandLine.Store(&o) }

// StartupOptions are the options SetCommandLineOptions last set, for the
// modules that read them (the standard streams).
func StartupOptions() CommandLineOptions { return commandLineOptions() }

// commandLineOptions is what SetCommandLineOptions last set.
func commandLineOptions() CommandLineOptions {
	if o := commandLine.Load(); o != nil {
		return *o
	}
	return CommandLineOptions{}
}

// flagValues is sys.flags' tuple, in its fields' order.
func (o CommandLineOptions) flagValues() py.Tuple {
	hashRandom := 1
	if o.NoHashRandomization {
		hashRandom = 0
	}
	values := []int{o.Debug, o.Inspect, o.Interactive, o.Optimize, o.DontWriteBytecode, o.NoUserSite,
		o.NoSite, o.IgnoreEnvironment, o.Verbose, o.BytesWarning, o.Quiet, hashRandom, o.Isolated}
	t := make(py.Tuple, len(values))
	for i, v := range values {
		t[i] = py.Int(v)
	}
	return t
}

// installOptionAttrs sets sys.warnoptions, sys._xoptions and
// sys.dont_write_bytecode, and leaves
// sys.flags' values for the sys source (sysSource) to read.
func installOptionAttrs(g py.StringDict) {
	o := commandLineOptions()
	warn := make([]py.Object, len(o.WarnOptions))
	for i, w := range o.WarnOptions {
		warn[i] = py.String(w)
	}
	g["warnoptions"] = py.NewListFromItems(warn)
	x := NewDict(len(o.XOptions))
	for _, opt := range o.XOptions {
		if name, value, ok := strings.Cut(opt, "="); ok {
			x.SetStr(name, py.String(value))
		} else {
			x.SetStr(opt, py.True)
		}
	}
	g["_xoptions"] = x
	g["_flag_values"] = o.flagValues()
	g["dont_write_bytecode"] = py.NewBool(o.DontWriteBytecode > 0)
}
