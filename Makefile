# gpython-ssl. `make run` and `make test` do all set-up on a fresh
# Debian/Ubuntu machine with Go: they install OpenSSL's headers when run as
# root, or say which package to install.

GO       ?= go
BIN      := bin/gpython-ssl
# modules/_ssl starts with an underscore, so ./... skips it: name it.
PKGS     := ./... ./modules/_ssl ./modules/_ssl/internal/...
# modules/pylib runs the standard library's differential tables inside its
# test process, where the race detector makes them four to five times
# slower; only the tables that run threads, servers and event loops
# exercise the interpreter's Go concurrency. Those (PYLIB_THREADED) run
# with -race, the rest without, beside the race run of every other package
# (test-go runs the two halves at once: pylib alone was the critical path,
# 914 s of a 21-minute `make test`). ./tests' memory-churn test measures a
# child's resident set, which a race-instrumented run beside it inflates
# (the collector's and finalizers' goroutines starve): pylib's race half
# is the short one.
PYLIB_THREADED := ^Test(Threading|DummyThreading|Queue|SocketServer|Socketserver|Asyncio)
# The race detector watches only what runs in the test process, and makes
# it ten to twelve times slower. These packages run without it, in the
# pylib half (PLAIN_PKGS): tests/lang, tests/typical and tests only run the
# binary just built (and peers) as subprocesses, so it would watch their
# harness; the others run single-threaded tables and text processing
# (Lib's originality scan, codecs, unicodedata, the code cache, pprint,
# re), where cjkcodecs alone took 59 s of CPU with it and 5 s without.
# Every package that starts threads, goroutines, sockets or finalizers
# (vm, host, thread, socket, ssl, _ssl, signal, sqlite3, the root
# package's interpreters in goroutines ...) stays in the race run, as
# does any package not listed here.
PLAIN_PKGS := ./tests/lang ./tests/typical ./tests ./Lib ./modules/cjkcodecs \
  ./modules/unicodedata ./internal/codecache ./modules/pprint ./modules/re ./modules/codecs
# Every other package but modules/pylib, expanded only where a recipe
# uses it.
PKGS_BUT_PYLIB = $(filter-out %/modules/pylib $(addprefix $(shell $(GO) list -m)/,$(PLAIN_PKGS:./%=%)),$(shell $(GO) list ./...)) ./modules/_ssl ./modules/_ssl/internal/...
FUZZTIME ?= 10s

.PHONY: all deps build run test test-go test-go-race test-go-pylib doctest vet fmt-check tidy-check race fuzz asan bench bench-vm bench-stdlib bench-typical bench-go clean

all: build

# deps checks for the development files of the C libraries the modules
# bind (OpenSSL, zlib, expat, SQLite, bzip2, liblzma), pkg-config, and the
# openssl command used by the interop tests; as root on Debian/Ubuntu it
# installs what is missing, elsewhere it names the packages.
DEB_PACKAGES = libssl-dev zlib1g-dev libexpat1-dev libsqlite3-dev libbz2-dev liblzma-dev pkg-config openssl
deps:
	@if ! pkg-config --exists libssl libcrypto zlib expat sqlite3 liblzma 2>/dev/null || \
	    [ ! -e /usr/include/bzlib.h ] || ! command -v openssl >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "deps: installing $(DEB_PACKAGES)"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEB_PACKAGES) >/dev/null; \
	  else \
	    echo "deps: C library headers or the openssl command not found. Install them with:"; \
	    echo "      sudo apt-get install $(DEB_PACKAGES)"; \
	    exit 1; \
	  fi; \
	fi
	@command -v $(GO) >/dev/null || { echo "deps: Go is required (https://go.dev/dl/)"; exit 1; }

build: deps
	$(GO) build -o $(BIN) ./cmd/gpython-ssl

# run: the main job: a TLS client and server in one process on 127.0.0.1,
# then the spec's doctests.
run: build
	./$(BIN) examples/demo.py
	@if [ -f doctests/ssl.rst ]; then ./$(BIN) --doctest doctests/ssl.rst; fi

test: deps fmt-check tidy-check vet test-go doctest

# -timeout: go test's default of 10 minutes a package is too short for the
# largest packages on a loaded 2-core machine; the suite's own budget is
# its total time. The stored CPython 3.6 outputs are the oracle of an
# unchanged script (pytesting.CPython36Output, tests/lang's cpython36.sum,
# tests/typical's hashed outcomes); CPython 3.6 runs only for changed
# scripts, or for all with GPYSSL_RECHECK_CPYTHON=1. That cut the
# interpreter runs of tests/lang from 89 s CPU (gpython-ssl 52, CPython
# 3.6 37) to 52 s, tests/typical's by its CPython half, and pylib's 491
# stored outputs' reruns (gate of 6f6c3a6, wall under make test: pylib
# 229 s, tests/lang 184, tests/typical 176, modules/ssl 150, root 135,
# compiler 113; 699 s in all). GPYSSL_BIN hands the packages that run the interpreter
# the binary just built, so none builds its own (internal/pytesting).
test-go: build
	@$(MAKE) --no-print-directory -j2 test-go-race test-go-pylib
	@# fail loudly if the underscore package's tests were skipped
	@$(GO) test -count=1 -run TestPackageRan -v ./modules/_ssl/ | grep -q -- '--- PASS: TestPackageRan' \
	  || { echo "modules/_ssl tests did not run"; exit 1; }

test-go-race:
	GPYSSL_BIN=$(CURDIR)/$(BIN) $(GO) test -race -count=1 -timeout 30m $(PKGS_BUT_PYLIB)

# test-go-pylib runs its three parts whatever becomes of the others (a
# failing modules/pylib table must not keep tests/lang, tests/typical and
# tests from running), then fails if any part failed, naming each failing
# package ("FAIL<tab>package" lines of go test's summary; a part that
# failed without one, a build error, is named by its part).
test-go-pylib:
	@status=0; failed=""; log=$$(mktemp); rcf=$$(mktemp); \
	run() { part=$$1; shift; echo "$$*"; \
	  { GPYSSL_BIN=$(CURDIR)/$(BIN) "$$@"; echo $$? >$$rcf; } 2>&1 | tee $$log; rc=$$(cat $$rcf); \
	  if [ $$rc -ne 0 ]; then status=1; \
	    pkgs=$$(sed -n 's/^FAIL[[:space:]]\{1,\}\([^[:space:]]\{1,\}\).*/\1/p' $$log | sort -u | tr '\n' ' '); \
	    failed="$$failed$${pkgs:-$$part (exit status $$rc) }"; fi; }; \
	run "modules/pylib (race)" $(GO) test -race -count=1 -timeout 30m -run '$(PYLIB_THREADED)' ./modules/pylib; \
	run "modules/pylib" $(GO) test -count=1 -timeout 30m -skip '$(PYLIB_THREADED)' ./modules/pylib; \
	run "$(PLAIN_PKGS)" $(GO) test -count=1 -timeout 30m $(PLAIN_PKGS); \
	rm -f $$log $$rcf; \
	if [ $$status -ne 0 ]; then echo "test-go-pylib: FAILED: $$failed"; exit 1; fi

doctest: build
	@if [ -f doctests/ssl.rst ] && ./$(BIN) --help | grep -q -- --doctest; then \
	  ./$(BIN) --doctest doctests/ssl.rst; fi

vet: deps
	$(GO) vet $(PKGS)

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# tidy-check fails when `go mod tidy` would change go.mod or go.sum. It reads
# the module cache first, so it needs no network once the cache is warm
# (GOFLAGS=-mod=mod keeps a vendor directory or -mod=readonly from interfering).
tidy-check:
	@GOFLAGS=-mod=mod $(GO) mod tidy -diff >/dev/null 2>&1 || { \
	  echo "go.mod/go.sum are not tidy; run 'go mod tidy'. The difference:"; \
	  GOFLAGS=-mod=mod $(GO) mod tidy -diff; exit 1; }

race: deps
	$(GO) test -race -count=1 $(PKGS)

# fuzz runs every fuzz target of every package for FUZZTIME each
# (coverage-guided over the Go code; OpenSSL's C is not instrumented, see
# asan) and fails on a crash: a failing input written to
# testdata/fuzz/<target>/, a failing seed or any other failure. Go 1.26's
# coordinator may end a clean run with a bare "context deadline exceeded"
# at the FUZZTIME boundary (go.dev/issue/75804, fixed in Go 1.27): that
# alone, with no failing input, is reported as a warning. Interesting
# inputs are minimized for at most FUZZMINIMIZETIME: coverage that varies
# from run to run (cleanups and GC on other goroutines) would otherwise
# stall the workers on minimizing for 60 s at a time. Packages with no
# "func Fuzz" in their test files are not built for listing. The last line,
# per target, gives its execs and corpus ("new interesting ... total").
# FUZZPKGS and FUZZMATCH (a regular expression over target names) run a
# part of the targets, so that a long campaign can be spread over runs.
FUZZMINIMIZETIME ?= 200x
FUZZFLAGS        ?=
FUZZPKGS         ?= $(PKGS)
FUZZMATCH        ?= .
fuzz: deps
	@summary=$$(mktemp); log=$$(mktemp); status=0; \
	for pd in $$($(GO) list -f '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}}:{{.Dir}}{{end}}' $(FUZZPKGS)); do \
	  pkg=$${pd%%:*}; grep -qs '^func Fuzz' $${pd#*:}/*_test.go || continue; \
	  for f in $$($(GO) test -list 'Fuzz.*' $$pkg 2>/dev/null | grep '^Fuzz' | grep -E -e '$(FUZZMATCH)'); do \
	    echo "fuzz $$pkg $$f"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) \
	      -fuzzminimizetime $(FUZZMINIMIZETIME) $(FUZZFLAGS) $$pkg >$$log 2>&1; rc=$$?; \
	    cat $$log; \
	    last=$$(grep '^fuzz: elapsed:' $$log | tail -1); \
	    if [ $$rc -ne 0 ] && grep -q 'context deadline exceeded' $$log && \
	       ! grep -q -e 'Failing input written' -e 'failure while testing seed corpus' -e '^panic:' -e 'fuzzing process hung' $$log; then \
	      echo "fuzz: $$f: warning: Go 1.26 shutdown race at the deadline (go.dev/issue/75804), no failing input"; rc=0; \
	    fi; \
	    if [ $$rc -ne 0 ]; then status=1; echo "FAIL $$pkg $$f: $$last" >>$$summary; \
	    else echo "ok   $$pkg $$f: $$last" >>$$summary; fi; \
	  done; \
	done; \
	echo "== fuzz summary (FUZZTIME=$(FUZZTIME))"; cat $$summary; rm -f $$summary $$log; exit $$status

# asan runs the cgo package's tests, and the seed and testdata/fuzz
# corpora of its fuzz targets as regression inputs, under AddressSanitizer
# (go test -asan; gcc's libasan is enough): the OpenSSL side of the fuzz
# targets, whose C code Go's fuzzer cannot see, gets its memory checking
# here. ASan intercepts malloc and free for the whole process, so a double
# free or a bad free inside the uninstrumented system libssl is caught as
# well; reads of freed memory are caught in the instrumented shim only.
# The tests that measure the resident set skip their check under -short:
# ASan's quarantine keeps freed memory resident on purpose, so RSS grows by
# design there.
ASANPKGS ?= ./modules/_ssl
asan: deps
	$(GO) test -asan -short -count=1 $(ASANPKGS)

# bench: gpython-ssl against CPython's ssl running the same scripts, reps
# interleaved (bench/README.md). BENCHFLAGS='-reps 11' for steadier figures.
BENCHFLAGS ?=
bench: build
	$(GO) run ./bench/cmd/sslbench -gpython $(BIN) $(BENCHFLAGS)

# bench-vm: Python-level micro-benchmarks (bench/vm/*.py) under gpython-ssl,
# stock gpython's own loop (bin/gpython-stock, built from the pinned module)
# and CPython 3.11, reps interleaved: medians, ratios, geomean, peak RSS and
# issue 13's targets (bench/README.md). It measures; it exits 0 on a miss.
# VMBENCHFLAGS='-reps 9', '-filter fib|loop' or '-json'.
VMBENCHFLAGS ?=
STOCK        := bin/gpython-stock
bench-vm: build
	$(GO) build -o $(STOCK) github.com/go-python/gpython
	$(GO) run ./bench/cmd/vmbench -gpython $(BIN) -stock $(STOCK) $(VMBENCHFLAGS)

# bench-stdlib: standard-library work (bench/stdlib/*.py: json, hashlib,
# struct, re) under gpython-ssl, CPython 3.11 and CPython 3.6 where
# installed, reps interleaved: medians, speed against CPython and issue 16
# item 4's target (bench/README.md). It measures; it exits 0 on a miss.
# STDLIBBENCHFLAGS='-reps 9', '-filter json|re' or '-json'.
STDLIBBENCHFLAGS ?=
bench-stdlib: build
	$(GO) run ./bench/cmd/stdlibbench -gpython $(BIN) $(STDLIBBENCHFLAGS)

# bench-typical: CPU time (user+sys, the script's waited-for peers
# included) of every tests/typical script under gpython-ssl and CPython
# 3.6, run as tests/typical runs them, reps interleaved: per-script
# medians and ratios, the geometric mean, totals and the worst 15
# (bench/README.md). It measures; it exits 0 on any ratio. About 15
# minutes on 2 cores; TYPICALBENCHFLAGS='-reps 5', '-filter tls' or '-jobs 2'.
TYPICALBENCHFLAGS ?=
bench-typical: build
	$(GO) run ./bench/cmd/typicalbench -gpython $(BIN) $(TYPICALBENCHFLAGS)

# cpython-suite: CPython 3.6's own unit tests (its Lib/test, read from the
# pyenv installation) under gpython-ssl, module by module, against CPython
# 3.6's counts stored in tests/cpysuite (tests/cpysuite/run.sh says how to
# run 3.6 again), with each module's deficit and the totals. A measure,
# not a gate: most of an hour for every module with JOBS=2;
# CPYSUITE='test_dict test_json' picks modules.
CPYSUITE ?=
JOBS     ?= 2
cpython-suite: build
	JOBS=$(JOBS) tests/cpysuite/run.sh $(abspath $(BIN)) $(CPYSUITE)

# bench-go: the Go micro-benchmarks of every package.
bench-go: deps
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

clean:
	rm -rf bin
