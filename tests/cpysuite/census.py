"""Census of CPython 3.6's own unit tests under gpython-ssl.

Run by a CPython 3 (any version: it only drives subprocesses), never by
gpython-ssl itself; tests/cpysuite/run.sh is the usual way in:

    census.py [--baseline] [--cpython] [BIN] [MODULE ...]

Each module of CPython 3.6's Lib/test (copied from the pyenv 3.6.15
installation to a scratch directory) runs in its own interpreter process
through runone.py, bounded by TIMEOUT seconds (default 120), JOBS modules
at a time (default 1).

Without --baseline, BIN (gpython-ssl) runs the modules and its counts are
set against the stored CPython 3.6 figures of baseline-cpython36.txt; with
--cpython, CPython 3.6 runs them again alongside instead of the stored
figures being trusted. The table gives each module's counts, the tests
each interpreter passed (run - fail - err - skip) and the deficit (3.6's
passes minus ours), then the totals; OUT=path writes the table to a file
as well.

With --baseline, CPython 3.6 alone runs the modules (all of them when none
are named) and baseline-cpython36.txt is rewritten; naming modules updates
just their lines.
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
# REGRTEST=1 runs each module as regrtest does by default (see runone.py):
# no test resources, test_main() where there is one. Its figures differ, so
# it has a baseline of its own.
REGRTEST = bool(os.environ.get("REGRTEST"))
BASELINE = os.path.join(
    HERE, "baseline-cpython36-regrtest.txt" if REGRTEST else "baseline-cpython36.txt")
SUMMARY = re.compile(r"SUMMARY (\S+) run (\d+) fail (\d+) err (\d+) skip (\d+)\s*$")


def find_cpython36():
    """The CPython 3.6 executable: $CPYTHON36, else pyenv's 3.6.15."""
    candidates = [os.environ.get("CPYTHON36", "")]
    env = dict(os.environ, PYENV_VERSION="3.6.15")
    try:
        candidates.append(subprocess.run(
            ["pyenv", "which", "python3"], env=env, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, universal_newlines=True, timeout=60).stdout.strip())
    except (OSError, subprocess.SubprocessError):
        pass
    candidates.append(shutil.which("python3.6") or "")
    for exe in candidates:
        if exe and os.access(exe, os.X_OK) and "3.6" in version_of(exe):
            return exe
    sys.exit("CPython 3.6 (pyenv 3.6.15, or $CPYTHON36) is needed: its Lib/test is what runs")


def version_of(exe):
    try:
        return subprocess.run(
            [exe, "-c", "import sys; print(sys.version)"], stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, universal_newlines=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def test_package_dir(cpython):
    out = subprocess.run(
        [cpython, "-c", "import os, test; print(os.path.dirname(test.__file__))"],
        stdout=subprocess.PIPE, universal_newlines=True, check=True).stdout
    return out.strip()


# Packages whose tests CPython keeps inside them (PKG/test) rather than in
# Lib/test: the copies are lent to the interpreter under test by runone.py.
PACKAGE_TESTS = ("unittest", "sqlite3")


def lend_package_tests(lib, scratch):
    root = os.path.join(scratch, "package-tests")
    for name in PACKAGE_TESTS:
        source = os.path.join(lib, name, "test")
        if os.path.isdir(source):
            shutil.copytree(source, os.path.join(root, name, "test"))
    os.environ["CPYSUITE_PACKAGE_TESTS"] = root
    if REGRTEST:
        os.environ["CPYSUITE_REGRTEST"] = "1"


def all_modules(testdir):
    names = set()
    for entry in os.listdir(os.path.join(testdir, "test")):
        if not entry.startswith("test_"):
            continue
        path = os.path.join(testdir, "test", entry)
        if entry.endswith(".py"):
            names.add(entry[:-3])
        elif os.path.isdir(path) and os.path.exists(os.path.join(path, "__init__.py")):
            names.add(entry)
    return sorted(names)


class Result:
    """One module's outcome under one interpreter."""

    def __init__(self, run=None, fail=0, err=0, skip=0, reason=""):
        self.run, self.fail, self.err, self.skip = run, fail, err, skip
        self.reason = reason

    @property
    def ran(self):
        return self.run is not None

    @property
    def passed(self):
        return self.run - self.fail - self.err - self.skip if self.ran else 0

    def counts(self):
        if not self.ran:
            return "none"
        return "%d/%d/%d/%d" % (self.run, self.fail, self.err, self.skip)

    def baseline_line(self, module):
        if not self.ran:
            return "%s none %s" % (module, self.reason or "-")
        return "%s %d %d %d %d" % (module, self.run, self.fail, self.err, self.skip)


def install_binary(binary, prefix):
    """Puts BINARY in PREFIX/bin (a hard link, else a copy) and returns its path.

    Not a symbolic link: CPython, and gpython-ssl after it, follow the
    link to the real file before looking for the prefix above it.
    """
    bindir = os.path.join(prefix, "bin")
    os.makedirs(bindir, exist_ok=True)
    target = os.path.join(bindir, os.path.basename(binary))
    try:
        os.link(binary, target)
    except OSError:
        shutil.copy2(binary, target)
    return target


def run_module(interp, testdir, module, timeout):
    cmd = [interp, os.path.join(HERE, "runone.py"), testdir, module]
    try:
        proc = subprocess.Popen(
            cmd, cwd=testdir, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, start_new_session=True)
    except OSError as exc:
        return Result(reason="cannot start: %s" % exc)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        # The module may have started servers or children of its own: end
        # the whole session the runner was started in (its leader is not
        # reaped yet, so the group is still the one started here).
        try:
            os.killpg(proc.pid, 9)
        except OSError:
            pass
        proc.communicate()
        return Result(reason="timeout after %ds" % timeout)
    text = out.decode("utf-8", "replace")
    for line in reversed(text.splitlines()):
        m = SUMMARY.search(line)
        if m:
            return Result(*(int(g) for g in m.groups()[1:]))
    last = [l for l in text.splitlines() if l.strip() and not l[:1].isspace()]
    reason = last[-1] if last else "exit status %d, no output" % proc.returncode
    return Result(reason=" ".join(reason.split())[:100])


def run_all(jobs, work):
    """Runs work(item) for every item, jobs at a time; returns the results in order."""
    results = [None] * len(work.items)
    lock = threading.Lock()
    queue = list(enumerate(work.items))

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                index, item = queue.pop(0)
            results[index] = work(item)

    threads = [threading.Thread(target=worker) for _ in range(max(1, jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def read_baseline(path=BASELINE):
    table = {}
    if not os.path.exists(path):
        return table
    with open(path) as f:
        for line in f:
            fields = line.split()
            if not fields or fields[0].startswith("#"):
                continue
            if fields[1] == "none":
                table[fields[0]] = Result(reason=" ".join(fields[2:]))
            else:
                table[fields[0]] = Result(*(int(x) for x in fields[1:5]))
    return table


def write_baseline(table, timeout, jobs):
    stamp = datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC")
    with open(BASELINE, "w") as f:
        f.write("# CPython 3.6.15's Lib/test, module by module, as tests/cpysuite/runone.py\n")
        f.write("# counts it under CPython 3.6.15 itself: made by `tests/cpysuite/run.sh\n")
        f.write("# --baseline` (TIMEOUT=%d, JOBS=%d), last %s.\n" % (timeout, jobs, stamp))
        if REGRTEST:
            f.write("# REGRTEST=1: as regrtest runs by default (no resources, test_main()).\n")
        else:
            f.write("# Every test resource counts as enabled; test classes loaded, test_main() unused.\n")
        f.write("# Columns: module run fail err skip; `none` and a reason where no summary came.\n")
        for module in sorted(table):
            f.write(table[module].baseline_line(module) + "\n")


class Progress:
    def __init__(self, total):
        self.total, self.done = total, 0
        self.lock = threading.Lock()

    def tick(self, text):
        with self.lock:
            self.done += 1
            sys.stderr.write("[%d/%d] %s\n" % (self.done, self.total, text))
            sys.stderr.flush()


def main(argv):
    args = argv[1:]
    baseline_mode = "--baseline" in args
    rerun_cpython = "--cpython" in args
    args = [a for a in args if a not in ("--baseline", "--cpython")]
    from_raw = ""
    if args[:1] == ["--from"] and len(args) > 1:
        from_raw, args = args[1], args[2:]
    timeout = int(os.environ.get("TIMEOUT", "120"))
    jobs = int(os.environ.get("JOBS", "1"))
    out_path = os.environ.get("OUT", "")
    raw_path = os.environ.get("RAW", "")

    cpython = find_cpython36()
    if from_raw:
        return report(read_baseline(from_raw), read_baseline(), args, out_path)
    if not baseline_mode:
        if not args:
            sys.exit(__doc__)
        binary = os.path.abspath(args.pop(0))
        if not os.access(binary, os.X_OK):
            sys.exit("%s: not an executable" % binary)

    scratch = tempfile.mkdtemp(prefix="cpysuite-")
    try:
        # scratch is laid out as an installation prefix: the interpreter
        # under test, copied to bin/, finds lib/python3.6 (the copy of
        # the test package) as CPython finds its own Lib, and so do the
        # children the tests start, even under -E or -I, which rule out
        # PYTHONPATH.
        testdir = os.path.join(scratch, "lib", "python3.6")
        shutil.copytree(test_package_dir(cpython), os.path.join(testdir, "test"))
        lend_package_tests(os.path.dirname(test_package_dir(cpython)), scratch)
        modules = args or all_modules(testdir)
        if not baseline_mode:
            installed = install_binary(binary, scratch)
        progress = Progress(len(modules))

        if baseline_mode:
            def work(module):
                r = run_module(cpython, testdir, module, timeout)
                progress.tick("%s %s" % (module, r.counts()))
                return r
            work.items = modules
            results = run_all(jobs, work)
            table = read_baseline() if args else {}
            table.update(zip(modules, results))
            write_baseline(table, timeout, jobs)
            print("wrote %s: %d modules, %d tests passed" % (
                BASELINE, len(table), sum(r.passed for r in table.values())))
            return 0

        stored = read_baseline()
        if not rerun_cpython and not stored:
            sys.stderr.write("no %s (run.sh --baseline makes it): "
                             "3.6's figures are left empty\n" % BASELINE)

        def work(module):
            ours = run_module(installed, testdir, module, timeout)
            if rerun_cpython:
                ref = run_module(cpython, testdir, module, timeout)
            else:
                ref = stored.get(module, Result(reason="not in the baseline"))
            progress.tick("%s %s %s" % (module, ours.counts(), ref.counts()))
            return ours, ref
        work.items = modules
        results = run_all(jobs, work)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    if raw_path:
        with open(raw_path, "w") as f:
            f.write("# gpython-ssl %s, as tests/cpysuite/census.py counted it, %s\n" % (
                binary, datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC")))
            for module, (ours, _) in zip(modules, results):
                f.write(ours.baseline_line(module) + "\n")
    return print_table(modules, results, out_path)


def report(ours, stored, modules, out_path):
    """The table of a RAW file of our counts against the stored baseline."""
    modules = modules or sorted(ours)
    results = [(ours.get(m, Result(reason="not in the file")),
                stored.get(m, Result(reason="not in the baseline"))) for m in modules]
    return print_table(modules, results, out_path)


def print_table(modules, results, out_path):
    lines = ["%-34s %-18s %-18s %6s %6s %7s" % (
        "module", "ours run/f/e/s", "3.6 run/f/e/s", "ours", "3.6", "deficit")]
    for module, (ours, ref) in zip(modules, results):
        line = "%-34s %-18s %-18s %6d %6d %7d" % (
            module, ours.counts(), ref.counts(), ours.passed, ref.passed,
            ref.passed - ours.passed)
        if not ours.ran:
            line += "  (%s)" % ours.reason
        lines.append(line)
    ours_total = sum(o.passed for o, _ in results)
    ref_total = sum(r.passed for _, r in results)
    ours_mods = sum(1 for o, _ in results if o.ran)
    ref_mods = sum(1 for _, r in results if r.ran)
    lines.append("")
    lines.append("modules that run: gpython-ssl %d, CPython 3.6 %d (of %d)" % (
        ours_mods, ref_mods, len(modules)))
    lines.append("tests passed: gpython-ssl %d, CPython 3.6 %d (%.1f%%), deficit %d" % (
        ours_total, ref_total, 100.0 * ours_total / ref_total if ref_total else 0.0,
        ref_total - ours_total))
    worst = sorted(((r.passed - o.passed, m) for m, (o, r) in zip(modules, results)),
                   reverse=True)
    lines.append("largest deficits: " + ", ".join(
        "%s %d" % (m, d) for d, m in worst[:25] if d > 0))
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    if out_path:
        with open(out_path, "w") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
