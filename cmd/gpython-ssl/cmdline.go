package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gpython-ssl/gpython-ssl/compiler"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The command line as CPython 3.6 reads it: options first (one letter
// each, several in one argument, "-W arg" and "-X arg" with their
// argument attached or next), then the program: -c CODE, -m MODULE, a
// script, or nothing for the prompt. Everything after the program is its
// sys.argv.
//
// The options show in sys.flags, sys.warnoptions (-W, after
// PYTHONWARNINGS's entries) and sys._xoptions (-X); -O compiles assert
// statements out and makes __debug__ False; -x skips the script's first
// line; PYTHONPATH's directories come after the script's on sys.path.
// -E and -I ignore the PYTHON* variables, and -I leaves the script's
// directory off sys.path. -u, -B, -R and -S change nothing more:
// gpython-ssl's output is unbuffered, it writes no bytecode, its str
// hashes are its own and it has no site directories.

// noArgFlags are the options that take no argument. -t (Python 2's tab
// warnings) is accepted and ignored, as CPython 3.6 does.
const noArgFlags = "uBEsSIOqbdvxRt"

// startup is what the options decided, for the context runCommandLine
// makes (newContext) and the script it reads (runScript).
var startup struct {
	opts          vm.CommandLineOptions
	paths         []string // PYTHONPATH's directories
	skipFirstLine bool     // -x
}

// setFlag records the option c, which takes no argument.
func setFlag(c byte) {
	o := &startup.opts
	switch c {
	case 'd':
		o.Debug++
	case 'i':
		o.Inspect, o.Interactive = 1, 1
	case 'O':
		o.Optimize++
	case 's':
		o.NoUserSite = 1
	case 'S':
		o.NoSite = 1
	case 'E':
		o.IgnoreEnvironment++
	case 'B':
		o.DontWriteBytecode = 1
	case 'v':
		o.Verbose++
	case 'b':
		o.BytesWarning++
	case 'q':
		o.Quiet = 1
	case 'I':
		o.Isolated, o.NoUserSite = 1, 1
		o.IgnoreEnvironment++
	case 'x':
		startup.skipFirstLine = true
	case 'u':
		o.Unbuffered = true
	}
}

// applyEnvironment reads the PYTHON* variables the options did not rule
// out, then hands the options to the compiler and the sys module.
func applyEnvironment() {
	o := &startup.opts
	if o.IgnoreEnvironment == 0 {
		if p := os.Getenv("PYTHONPATH"); p != "" {
			for _, dir := range filepath.SplitList(p) {
				if dir != "" {
					startup.paths = append(startup.paths, dir)
				}
			}
		}
		if w := os.Getenv("PYTHONWARNINGS"); w != "" {
			var env []string
			for _, opt := range strings.Split(w, ",") {
				if opt = strings.TrimSpace(opt); opt != "" {
					env = append(env, opt)
				}
			}
			o.WarnOptions = append(env, o.WarnOptions...)
		}
		o.Optimize = max(o.Optimize, envLevel("PYTHONOPTIMIZE"))
		o.Debug = max(o.Debug, envLevel("PYTHONDEBUG"))
		o.Verbose = max(o.Verbose, envLevel("PYTHONVERBOSE"))
		if envLevel("PYTHONINSPECT") > 0 {
			o.Inspect = 1
		}
		if envLevel("PYTHONNOUSERSITE") > 0 {
			o.NoUserSite = 1
		}
		if envLevel("PYTHONUNBUFFERED") > 0 {
			o.Unbuffered = true
		}
		if envLevel("PYTHONDONTWRITEBYTECODE") > 0 {
			o.DontWriteBytecode = 1
		}
		applyHashSeed(o, os.Getenv("PYTHONHASHSEED"))
	}
	compiler.SetOptimizeLevel(o.Optimize)
	vm.SetCommandLineOptions(*o)
}

// envLevel is a PYTHON* variable's level as CPython reads it: a positive
// number is itself, any other non-empty value 1.
func envLevel(name string) int {
	v := os.Getenv(name)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n > 0 {
		return n
	}
	return 1
}

// runCommandLine is the whole program after main's set-up.
func runCommandLine(args []string, stdout, stderr io.Writer) int {
	interactive := false // -i: the prompt even when stdin is not a terminal
	defer func() { startup.opts, startup.paths, startup.skipFirstLine = vm.CommandLineOptions{}, nil, false }()
	for len(args) > 0 {
		a := args[0]
		if a == "-" || len(a) < 2 || a[0] != '-' {
			break
		}
		switch a {
		case "-h", "--help", "-?":
			fmt.Fprint(stdout, usage)
			return 0
		case "-V", "--version":
			fmt.Fprintln(stdout, "Python 3.6.15")
			return 0
		case "--doctest":
			if len(args) != 2 {
				fmt.Fprint(stderr, usage)
				return 2
			}
			applyEnvironment()
			return runDoctest(args[1], stdout, stderr)
		case "--":
			args = args[1:]
			applyEnvironment()
			return runArgs(args, interactive, stderr)
		}
		if strings.HasPrefix(a, "--") {
			return badUsage(stderr, "unknown option "+a)
		}
		// One or more one-letter options in a.
		for i := 1; i < len(a); i++ {
			switch c := a[i]; {
			case c == 'c' || c == 'm':
				value, rest, ok := optionValue(a[i+1:], args[1:])
				if !ok {
					return badUsage(stderr, fmt.Sprintf("Argument expected for the -%c option", c))
				}
				applyEnvironment()
				if c == 'c' {
					if report, bad := undecodableCommand(value); bad {
						fmt.Fprint(stderr, report)
						return 1
					}
					return runSource(value, "<string>", append([]string{"-c"}, rest...), "", false, stderr)
				}
				return runModule(value, rest, stderr)
			case c == 'W' || c == 'X':
				value, rest, ok := optionValue(a[i+1:], args[1:])
				if !ok {
					return badUsage(stderr, fmt.Sprintf("Argument expected for the -%c option", c))
				}
				if c == 'W' {
					startup.opts.WarnOptions = append(startup.opts.WarnOptions, value)
				} else {
					startup.opts.XOptions = append(startup.opts.XOptions, value)
				}
				args = append([]string{""}, rest...)
				i = len(a)
			case c == 'h':
				fmt.Fprint(stdout, usage)
				return 0
			case c == 'V':
				fmt.Fprintln(stdout, "Python 3.6.15")
				return 0
			case c == 'i':
				interactive = true
				setFlag(c)
			case strings.IndexByte(noArgFlags, c) >= 0:
				setFlag(c)
			default:
				return badUsage(stderr, fmt.Sprintf("Unknown option: -%c", c))
			}
		}
		args = args[1:]
	}
	applyEnvironment()
	return runArgs(args, interactive, stderr)
}

// optionValue is the argument of an option: the rest of its word, else
// the next word; rest is what follows it.
func optionValue(attached string, next []string) (value string, rest []string, ok bool) {
	if attached != "" {
		return attached, next, true
	}
	if len(next) == 0 {
		return "", nil, false
	}
	return next[0], next[1:], true
}

// runArgs runs a script (args[0], its arguments after it; "-" is the
// standard input) or, with no arguments, the interactive prompt when the
// standard input is a terminal or -i was given, and otherwise the script
// the standard input holds, as CPython does (`python3 - <<EOF`,
// `echo 'print(1)' | python3`). -i with a script runs only the script.
func runArgs(args []string, interactive bool, stderr io.Writer) int {
	switch {
	case len(args) == 0 && (interactive || pyutil.IsTerminal(int(os.Stdin.Fd()))):
		return runREPL(stderr)
	case len(args) == 0:
		return runStdin([]string{""}, stderr)
	case args[0] == "-":
		return runStdin(args, stderr)
	}
	return runScript(args[0], args, stderr)
}

// badUsage reports a command-line error as CPython does, with status 2.
func badUsage(stderr io.Writer, msg string) int {
	fmt.Fprintln(stderr, msg)
	fmt.Fprint(stderr, usage)
	return 2
}

// applyHashSeed reads PYTHONHASHSEED as CPython 3.6 does: "random" or
// nothing leaves the hashes of str and bytes random; a number from 0 to
// 4294967295 (leading blanks allowed) makes them 3.6's for that seed, 0
// also showing as sys.flags.hash_randomization 0; anything else is a
// fatal error.
func applyHashSeed(o *vm.CommandLineOptions, value string) {
	if value == "" || value == "random" {
		return
	}
	seed, err := strconv.ParseUint(strings.TrimLeft(value, " \t\n\v\f\r"), 10, 32)
	if err != nil {
		fmt.Fprint(os.Stderr, "Fatal Python error: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]\n\n")
		exit(1)
	}
	o.NoHashRandomization = seed == 0
	vm.SetHashSeed(uint32(seed))
}

// undecodableCommand is CPython 3.6's report of a -c command whose bytes
// are not UTF-8: the command line decodes each such byte to a lone
// surrogate (surrogateescape), which the command's encoding to UTF-8 then
// refuses, naming the first run of them by its positions in characters.
// bad is false for a command that is UTF-8.
func undecodableCommand(src string) (report string, bad bool) {
	if utf8.ValidString(src) {
		return "", false
	}
	const head = "Unable to decode the command from the command line:\nUnicodeEncodeError: 'utf-8' codec can't encode "
	pos, first, start := 0, byte(0), -1
	for i := 0; i <= len(src); pos++ {
		r, size := utf8.DecodeRuneInString(src[i:])
		if i < len(src) && r == utf8.RuneError && size == 1 {
			if start < 0 {
				start, first = pos, src[i]
			}
			i++
			continue
		}
		if start >= 0 {
			if pos-start == 1 {
				return fmt.Sprintf(head+"character '\\udc%02x' in position %d: surrogates not allowed\n", first, start), true
			}
			return fmt.Sprintf(head+"characters in position %d-%d: surrogates not allowed\n", start, pos-1), true
		}
		if i == len(src) {
			break
		}
		i += size
	}
	return "", false
}
