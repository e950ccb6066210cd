// Package lang is the differential language test suite: small Python
// scripts run under the gpython-ssl interpreter, whose output must equal
// CPython 3.6's, byte for byte. It has no code of its own; everything is in
// its test files, run by
//
//	go test ./tests/lang/
//
// # Cases
//
// A case is one script, cases/<area>/<name>.py, named area/name (it is
// also the subtest's name: go test ./tests/lang/ -run 'TestLang/bytes/').
// Areas:
//
//   - bytes: bytes and bytearray in the evaluation loop (truth tests,
//     indexing, slicing, iteration, in, +, *, comparisons, % formatting,
//     the builtins that consume iterables);
//   - exceptions: raising, catching, chaining, finally/else ordering,
//     exception objects' str, repr and attributes;
//   - traceback: scripts that end with an uncaught exception or a
//     SyntaxError, whose stderr must be CPython's traceback exactly;
//   - limits: RecursionError and sys.setrecursionlimit (only what is the
//     same in CPython 3.6 to 3.13);
//   - misc: the other statements and calls the loop runs;
//   - files: open() and the _io file objects (modes, encodings, newline
//     translation, tell/seek, closed-file and argument errors);
//   - strings: codecs and their error handlers;
//   - syntax: every statement and expression form of the 3.6 grammar,
//     and compile()'s SyntaxErrors (message, line, offset, text).
//   - del: __del__ methods: when they run (del, rebinding, return,
//     gc.collect() for cycles, exit), once per object, and how an
//     exception they raise is reported.
//   - finalize: what CPython's reference counting finalizes at once
//     that is neither a name nor an item drop: temporaries made for a
//     call, values stored in weak containers;
//   - builtins_errors: the argument errors of every builtin (counts,
//     keywords, types), 3.6's wording and the order of its checks;
//   - str: str methods' positions and f-string literals with lone
//     surrogates.
//   - tutorial: the examples of the Python 3.6 tutorial, chapter by
//     chapter, as scripts printing what the interactive sessions show;
//   - stdlib: the library modules users reach for most (difflib, random,
//     cmath, locale, uuid, sqlite3, unittest and its mock, the numeric
//     constructors), one behaviour a case.
//
// Each case runs with its directory as the working directory and its file
// given by its base name (python3 name.py), so tracebacks read
// File "name.py", line 3, in <module>. Both interpreters get the same
// environment, with a UTF-8 LC_CTYPE, PYTHONHASHSEED=0,
// PYTHONDONTWRITEBYTECODE=1 and PYTHONIOENCODING=utf-8 (every other
// PYTHON* variable removed), no stdin,
// and 10 seconds. Cases are deterministic: no dict or set order of str,
// ids, addresses or timing.
//
// # Expected output: the .out file
//
// cases/<area>/<name>.out holds what CPython 3.6 did with <name>.py: its
// stdout, a line "[stderr]", its stderr, and a last line
// "[exit status N]". For example a script that prints "hi" and then
// raises an uncaught KeyError('x') at line 2:
//
//	hi
//	[stderr]
//	Traceback (most recent call last):
//	  File "name.py", line 2, in <module>
//	    d["x"]
//	KeyError: 'x'
//	[exit status 1]
//
// An empty stdout or stderr is no lines at all. When a stream does not end
// with a newline, the file adds one followed by the line
// "\ no newline at end" (as diff does), so the format is unambiguous.
//
// # Running
//
// TestMain builds ../../cmd/gpython-ssl once into a temporary directory.
// TestLang then runs every case (at most 2 to 4 processes at a time) and
// requires the interpreter's output to equal the .out file, one subtest per
// case with a diff on failure. When CPython 3.6 is installed (python3.6 on
// PATH, a pyenv 3.6.x version, or the path in $CPYTHON36), a case that
// changed since -update last ran it is also run under it, and its output
// must equal the .out file too, so the expectations cannot drift from the
// reference. cpython36.sum holds, per case, the hash of its script, its
// .out file and its area's package files as of that -update: a case whose
// hash is current is not run under CPython 3.6 again (that run only
// repeated a stored result, at 40% of the package's CPU time), unless the
// environment sets GPYSSL_RECHECK_CPYTHON=1, which runs every case under
// it. Without CPython 3.6, TestLang says so with t.Log and compares
// against the stored files only.
//
// Flags (pass them to this package only):
//
//	go test ./tests/lang/ -update        # rewrite the .out files and their hashes from CPython 3.6 (required)
//	go test ./tests/lang/ -update-xfail  # rewrite xfail.txt to the cases failing now
//
// # Known failures: xfail.txt
//
// xfail.txt lists the cases the interpreter is known to fail, one area/name
// a line ('#' starts a comment). A listed case still runs: when it fails its
// subtest passes and logs "expected failure"; when it passes, the subtest
// fails with "passes now: remove area/name from xfail.txt", so the list
// only shrinks by hand or by -update-xfail. -update-xfail rewrites the file
// with the cases that fail in this run, keeping the entries of cases the
// run did not select (-run).
//
// Adding a case: write cases/<area>/<name>.py (under about 30 lines, own
// code, never copied from CPython's test suite), run -update, read the .out
// file, and run the test.
package lang
