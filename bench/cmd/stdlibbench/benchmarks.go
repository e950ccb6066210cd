package main

// benchmark is one row of `make bench-stdlib`: a script of bench/stdlib
// and the arguments that pick its workload.
type benchmark struct {
	Name   string   // row name
	Script string   // file name in bench/stdlib
	Args   []string // argv[1:] for the measured run
	What   string   // what its hot part does, one line
	// Tiny is the argv[1:] that makes one run take milliseconds, for the
	// test that keeps the scripts in step with CPython.
	Tiny []string
	// MinSpeed is issue 16 item 4's target for CPython 3.11's time over
	// gpython-ssl's (0: the row is reported without a target).
	MinSpeed float64
}

// benchmarks are the rows, in table order. Every script prints
// "checksum <int>" and "seconds <float>" (its hot part, timed with
// time.time(), the fastest of a few repetitions inside the process).
var benchmarks = []benchmark{
	{"json.dumps 1 MB", "json_speed.py", []string{"dumps"},
		"json.dumps of a list of 3550 dicts (ints, floats, str with escapes and non-ASCII, bools, None, a list and a dict each): 1.0 MB of JSON",
		[]string{"dumps", "40"}, 1},
	{"json.loads 1 MB", "json_speed.py", []string{"loads"},
		"json.loads of that document", []string{"loads", "40"}, 1},
	{"sha256 64 MiB, update", "hashlib_speed.py", []string{"update"},
		"hashlib.sha256(), 64 updates of 1 MiB bytes objects, hexdigest", []string{"update", "2"}, 1},
	{"sha256 64 MiB, one-shot", "hashlib_speed.py", []string{"oneshot"},
		"hashlib.sha256(data).hexdigest() of one 64 MiB bytes object", []string{"oneshot", "2"}, 1},
	{"struct.unpack loop", "struct_speed.py", []string{"unpack"},
		"for rec in recs: v = unpack('<IHHQ', rec), 1M 16-byte records, in a function", []string{"unpack", "5000"}, 1},
	{"Struct.unpack_from loop", "struct_speed.py", []string{"unpack_from"},
		"for off in range(0, len(buf), 16): v = s.unpack_from(buf, off), 1M records of a 16 MB buffer, in a function", []string{"unpack_from", "5000"}, 1},
	{"re.findall 1 MB", "re_speed.py", []string{"findall"},
		"[A-Za-z_][A-Za-z0-9_]* findall over 1 MB of text (103k matches)", []string{"findall", "20"}, 1},
	{"re headers 1 MB", "re_speed.py", []string{"headers"},
		`^([\w-]+):[ \t]*(.*?)\r?$ with re.M, findall of two groups over 1 MB of header lines`, []string{"headers", "20"}, 0},
	{"re PEM split", "re_speed.py", []string{"pem"},
		`-----BEGIN ([A-Z ]+)-----\n(.*?)-----END \1-----, re.S, finditer over 1 MB of PEM blocks`, []string{"pem", "20"}, 0},
	{"re.sub 1 MB", "re_speed.py", []string{"sub"},
		`re.sub(r"\d+", "#", text) over 1 MB`, []string{"sub", "20"}, 0},
	{"Decimal sum of i/7", "decimal_speed.py", []string{"sum7"},
		"sum(Decimal(i) / 7 for i in range(100000)) under the default context, in a function", []string{"sum7", "200"}, 0},
	{"itertools.repeat loop", "itertools_speed.py", []string{"repeat"},
		"for x in repeat(7, 2000000): total += x, in a function", []string{"repeat", "500"}, 0},
	{"itertools.count loop", "itertools_speed.py", []string{"count"},
		"for i in count(): summing i, break at 2M, in a function", []string{"count", "500"}, 0},
	{"itertools.chain loop", "itertools_speed.py", []string{"chain"},
		"for x in chain(four ranges of 500k): total += x, in a function", []string{"chain", "500"}, 0},
	{"itertools.islice loop", "itertools_speed.py", []string{"islice"},
		"for x in islice(count(), 5, 2000000, 3): total += x, in a function", []string{"islice", "500"}, 0},
	{"itertools.product loop", "itertools_speed.py", []string{"product"},
		"for a, b in product(range(1414), repeat=2): total += a * b, in a function", []string{"product", "500"}, 0},
}
