package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The command line as CPython 3.6 reads it: options first (one letter
// each, several in one argument, "-W arg" and "-X arg" with their
// argument attached or next), then the program: -c CODE, -m MODULE, a
// script, or nothing for the prompt. Everything after the program is its
// sys.argv.
//
// -u, -B, -E, -s, -S, -I, -O, -OO, -q, -b, -d, -v, -x, -R, -W and -X are
// accepted and change nothing: gpython-ssl's output is unbuffered, it
// writes no bytecode, reads no PYTHON* variable and has no site
// directories, assertions and warnings filters are the script's.

// noArgFlags are the options that take no argument.
const noArgFlags = "uBEsSIOqbdvxR"

// runCommandLine is the whole program after main's set-up.
func runCommandLine(args []string, stdout, stderr io.Writer) int {
	interactive := false // -i: the prompt even when stdin is not a terminal
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
			return runDoctest(args[1], stdout, stderr)
		case "--":
			args = args[1:]
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
				if c == 'c' {
					return runSource(value, "<string>", append([]string{"-c"}, rest...), "", false, stderr)
				}
				return runModule(value, rest, stderr)
			case c == 'W' || c == 'X':
				_, rest, ok := optionValue(a[i+1:], args[1:])
				if !ok {
					return badUsage(stderr, fmt.Sprintf("Argument expected for the -%c option", c))
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
			case strings.IndexByte(noArgFlags, c) >= 0:
			default:
				return badUsage(stderr, fmt.Sprintf("Unknown option: -%c", c))
			}
		}
		args = args[1:]
	}
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
