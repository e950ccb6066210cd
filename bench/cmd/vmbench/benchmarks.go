package main

// benchmark is one script of bench/vm.
type benchmark struct {
	Name   string // row name: the script's file name without ".py"
	Script string // file name in bench/vm
	What   string // what its hot loop does, one line
	// Tiny is the argv[1] that makes one run take milliseconds, for the
	// test that keeps the scripts in step with CPython.
	Tiny string
	// MinSpeedup is issue 13's target for stock gpython's time over
	// gpython-ssl's (0: none).
	MinSpeedup float64
}

// benchmarks are the rows of `make bench-vm`, in table order: issue 13
// item 1's list. Every script prints "checksum <int>" and "seconds
// <float>" (the hot part, timed with time.time()) and takes its size N
// from argv[1].
var benchmarks = []benchmark{
	{"fib", "fib.py", "recursive calls: fib(32), about 7 million calls of a one-argument function", "15", 8},
	{"loop", "loop.py", "a while loop of int arithmetic on locals, no calls (3M iterations)", "300", 0},
	{"methods", "methods.py", "method calls reading and writing instance attributes; a new instance every 256 iterations (1M iterations, 3 calls each)", "300", 0},
	{"globals", "globals.py", "reads of module globals and builtins (len, abs): half in a function, half at module level (1.5M iterations)", "300", 0},
	{"strings", "strings.py", `"%s-%05d|%x" % (...), str(int), + and +=, str.join of 64 parts, indexing, len (900k iterations)`, "300", 0},
	{"containers", "containers.py", "dict in/get/item assignment with str keys and key iteration; list append, index, slice, sort, slice deletion (1.5M iterations)", "300", 0},
	{"exceptions", "exceptions.py", "raise ValueError/TypeError in a callee, caught one frame up (plain, tuple and `as e` clauses); KeyError caught as LookupError; try/finally (600k iterations)", "300", 0},
	{"generators", "generators.py", "two chained generator functions consumed by sum(); list comprehension, generator expression, set comprehension (4M generator items)", "300", 0},
	{"bytes", "bytes.py", "bytes slicing, indexing and len, bytes.join of 64 slices (1.5M slices)", "300", 0},
	{"classes", "classes.py", "three-level class hierarchy: property reads, methods extending their base's through super(), super().__init__ chains (900k iterations)", "300", 0},
}
