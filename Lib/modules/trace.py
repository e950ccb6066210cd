"""Follow a Python program as it runs: count how often each line executes
(and write annotated ".cover" copies of the sources), print each line as
it runs, or list the functions called and who called them.

From the command line: python -m trace --count script.py [args]; see
python -m trace --help.  From a program:

    tracer = trace.Trace(count=1, trace=0)
    tracer.runfunc(main)
    tracer.results().write_results(show_missing=True, coverdir=".")
"""

__all__ = ["Trace", "CoverageResults"]

import dis
import linecache
import os
import pickle
import sys
import threading
import token
import tokenize
from time import monotonic as _time

# A line carrying this comment is not reported as missed.
PRAGMA_NOCOVER = "#pragma NO COVER"


class _Ignore:
    # Which modules the tracer leaves alone: those named (with their
    # submodules) and those whose file lies under one of the directories.
    # The verdict is kept per module name.

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules or ())
        self._dirs = [os.path.normpath(d) for d in (dirs or ())]
        self._ignore = {"<string>": 1}

    def names(self, filename, modulename):
        """1 when the module is to be ignored, else 0."""
        if modulename in self._ignore:
            return self._ignore[modulename]
        verdict = self._judge(filename, modulename)
        self._ignore[modulename] = verdict
        return verdict

    def _judge(self, filename, modulename):
        for mod in self._mods:
            if modulename == mod or modulename.startswith(mod + "."):
                return 1
        if filename is None:
            # A built-in module: nothing to count in it.
            return 1
        filename = _installed(filename)
        for d in self._dirs:
            if filename.startswith(d + os.sep):
                return 1
        return 0


_CO_VARARGS = 0x04

# The standard library compiled into this interpreter gives its modules
# file names under one directory (this module's own when it is one of
# them), which stands where the prefix's library directory stands in
# CPython: names and ignored directories are judged as if the files were
# there.
try:
    import _imp
    _EMBEDDED_DIR = os.path.dirname(_imp._embedded_file("trace") or "")
except (ImportError, AttributeError, TypeError):
    _EMBEDDED_DIR = ""
if _EMBEDDED_DIR != os.path.dirname(globals().get("__file__") or ""):
    _EMBEDDED_DIR = ""  # this trace.py was read from a file
_LIBRARY_DIR = os.path.join(sys.prefix, "lib", "python%d.%d" % sys.version_info[:2])


def _installed(path):
    """path, or for a file of the compiled-in library the same file under
    the prefix's library directory."""
    if _EMBEDDED_DIR and path and path.startswith(_EMBEDDED_DIR + os.sep):
        return _LIBRARY_DIR + path[len(_EMBEDDED_DIR):]
    return path


def _modname(path):
    """The module name a file's base name gives (no package)."""
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    """The dotted module name of path relative to the deepest sys.path
    directory holding it (path itself, dotted, when none does)."""
    path = _installed(path)
    norm = os.path.normcase(path)
    best = ""
    # the library directory is on CPython's sys.path whether or not it
    # exists; here it is left off when it does not
    entries = list(sys.path)
    if _EMBEDDED_DIR:
        entries.append(_LIBRARY_DIR)
    for entry in entries:
        entry = os.path.normcase(entry)
        if entry and norm.startswith(entry) and \
                norm[len(entry):len(entry) + 1] == os.sep and \
                len(entry) > len(best):
            best = entry
    rest = path[len(best) + 1:] if best else path
    rest = os.path.splitdrive(rest)[1]
    rest = rest.replace(os.sep, ".")
    if os.altsep:
        rest = rest.replace(os.altsep, ".")
    return os.path.splitext(rest)[0].lstrip(".")


class CoverageResults:
    """What a Trace gathered: counts maps (filename, lineno) to the times
    the line ran, calledfuncs the (filename, module, function) triples
    called, callers the (caller, callee) pairs of them.  infile names a
    pickle of earlier results to merge in; outfile where write_results
    saves the merged ones."""

    def __init__(self, counts=None, calledfuncs=None, infile=None,
                 callers=None, outfile=None):
        self.infile, self.outfile = infile, outfile
        # The counts dict is the tracer's own (it keeps filling it); the
        # others are copies.
        self.counts = counts if counts is not None else {}
        self.counter = dict(self.counts)
        self.calledfuncs = dict(calledfuncs or {})
        self.callers = dict(callers or {})
        if infile:
            self._merge_saved(infile)

    def _merge_saved(self, path):
        # Add the results pickled in path by an earlier run, if any.
        try:
            with open(path, "rb") as source:
                saved = pickle.load(source)
        except (OSError, EOFError, ValueError) as err:
            print("Skipping counts file %r: %s" % (path, err),
                  file=sys.stderr)
            return
        counts, calledfuncs, callers = saved
        self.update(type(self)(counts, calledfuncs, callers=callers))

    def is_ignored_filename(self, filename):
        """Whether filename names no file worth reporting (<string> and
        the like)."""
        return filename.startswith("<") and filename.endswith(">")

    def update(self, other):
        """Add other's results to these."""
        for key, hits in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + hits
        self.calledfuncs.update(other.calledfuncs)
        self.callers.update(other.callers)

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        """Print the functions called and calling relationships gathered,
        write a .cover file for each source file counted (beside it, or in
        coverdir), marking lines never run with >>>>>> when show_missing;
        summary prints each module's line coverage."""
        if self.calledfuncs:
            print()
            print("functions called:")
            for filename, modulename, funcname in sorted(self.calledfuncs):
                print("filename: %s, modulename: %s, funcname: %s"
                      % (filename, modulename, funcname))

        if self.callers:
            print()
            print("calling relationships:")
            lastfile = lastcfile = ""
            for caller, callee in sorted(self.callers):
                pfile, pmod, pfunc = caller
                cfile, cmod, cfunc = callee
                if pfile != lastfile:
                    print()
                    print("***", pfile, "***")
                    lastfile, lastcfile = pfile, ""
                if cfile != pfile and lastcfile != cfile:
                    print("  -->", cfile)
                    lastcfile = cfile
                print("    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc))

        by_file = {}
        for (filename, lineno), hits in self.counts.items():
            by_file.setdefault(filename, {})[lineno] = hits

        sums = {}
        for filename, hits in by_file.items():
            if self.is_ignored_filename(filename):
                continue
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            if coverdir is None:
                where = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                where = coverdir
                if not os.path.exists(where):
                    os.makedirs(where)
                modulename = _fullmodname(filename)
            executable = _find_executable_linenos(filename) \
                if show_missing else {}
            source = linecache.getlines(filename)
            coverpath = os.path.join(where, modulename + ".cover")
            try:
                with open(filename, "rb") as raw:
                    encoding = tokenize.detect_encoding(raw.readline)[0]
            except (OSError, SyntaxError):
                encoding = "utf-8"
            n_hits, n_lines = self.write_results_file(
                coverpath, source, executable, hits, encoding)
            if summary and n_lines:
                sums[modulename] = (n_lines, int(100 * n_hits / n_lines),
                                    modulename, filename)

        if summary and sums:
            print("lines   cov%   module   (path)")
            for name in sorted(sums):
                print("%5d   %3d%%   %s   (%s)" % sums[name])

        if self.outfile:
            try:
                with open(self.outfile, "wb") as sink:
                    pickle.dump((self.counts, self.calledfuncs,
                                 self.callers), sink, 1)
            except OSError as err:
                print("Can't save counts files because %s" % err,
                      file=sys.stderr)

    def write_results_file(self, path, lines, lnotab, lines_hit,
                           encoding=None):
        """Write lines to path, each after its count from lines_hit, or
        >>>>>> when it is in lnotab (an executable line) but never ran;
        return (lines run, executable lines)."""
        try:
            sink = open(path, "w", encoding=encoding)
        except OSError as err:
            print("trace: Could not open %r for writing: %s - skipping"
                  % (path, err), file=sys.stderr)
            return 0, 0
        n_lines = n_hits = 0
        with sink:
            for lineno, line in enumerate(lines, 1):
                if lineno in lines_hit:
                    sink.write("%5d: " % lines_hit[lineno])
                    n_hits += 1
                    n_lines += 1
                elif lineno in lnotab and PRAGMA_NOCOVER not in line:
                    sink.write(">>>>>> ")
                    n_lines += 1
                else:
                    sink.write("       ")
                sink.write(line.expandtabs(8))
        return n_hits, n_lines


def _code_lines(code, skip, found):
    # The first lines of the statements of code and of the functions and
    # classes defined in it, less the docstring lines in skip.
    for _, lineno in dis.findlinestarts(code):
        if lineno not in skip:
            found[lineno] = 1
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            _code_lines(const, skip, found)
    return found


def _docstring_lines(filename):
    # The lines of the string literals that stand alone as statements
    # (docstrings): they run no code of their own.
    lines = {}
    try:
        with tokenize.open(filename) as source:
            tokens = list(tokenize.generate_tokens(source.readline))
    except (OSError, SyntaxError, UnicodeDecodeError, tokenize.TokenError):
        return lines
    before = token.INDENT
    for tok in tokens:
        kind = tok.type
        if kind == token.STRING and before in (token.INDENT, token.NEWLINE,
                                               token.DEDENT, tokenize.NL):
            for lineno in range(tok.start[0], tok.end[0] + 1):
                lines[lineno] = 1
        if kind not in (tokenize.COMMENT,):
            before = kind
    return lines


def _find_executable_linenos(filename):
    """The executable lines of filename, as a dict {lineno: 1}."""
    try:
        with tokenize.open(filename) as source:
            text = source.read()
    except (OSError, SyntaxError) as err:
        print("Not printing coverage data for %r: %s" % (filename, err),
              file=sys.stderr)
        return {}
    try:
        code = compile(text, filename, "exec")
    except SyntaxError:
        return {}
    return _code_lines(code, _docstring_lines(filename), {})


class Trace:
    """A tracer: count counts line executions, trace prints each line as
    it runs, countfuncs records the functions called, countcallers who
    calls whom.  Modules named in ignoremods and files under ignoredirs
    are left alone; infile and outfile name a pickle of results to merge
    with and save to; timing prefixes traced lines with the time since
    the start."""

    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0,
                 ignoremods=(), ignoredirs=(), infile=None, outfile=None,
                 timing=False):
        self.trace = trace
        self.start_time = _time() if timing else None
        self.ignore = _Ignore(ignoremods, ignoredirs)
        self.infile, self.outfile = infile, outfile
        self.counts, self._calledfuncs, self._callers = {}, {}, {}
        self._caller_cache = {}
        self.pathtobasename = {}
        # One hook for calls (globaltrace) and, when lines are followed,
        # one for the lines of each traced frame (localtrace).
        line_hooks = {
            (True, True): self.localtrace_trace_and_count,
            (True, False): self.localtrace_trace,
            (False, True): self.localtrace_count,
        }
        self.donothing = 0
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace or count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = line_hooks[bool(trace), bool(count)]
        else:
            self.donothing = 1

    def run(self, cmd):
        """Run cmd (source or code) in __main__'s namespace."""
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        """Run cmd (source or code) with exec in the given namespaces."""
        namespace = {} if globals is None else globals
        local_ns = {} if locals is None else locals
        self._install(threads=True)
        try:
            exec(cmd, namespace, local_ns)
        finally:
            # Off first, in line: a call made with the hook on is traced.
            if not self.donothing:
                sys.settrace(None)
                threading.settrace(None)

    def _install(self, threads=False):
        # The call hook on (for threads started later too when threads),
        # unless the tracer has nothing to do.
        if self.donothing:
            return
        if threads:
            threading.settrace(self.globaltrace)
        sys.settrace(self.globaltrace)

    def runfunc(*args, **kw):
        """Call func(*args, **kw) under the tracer; return its result."""
        if len(args) < 2:
            if not args:
                raise TypeError("descriptor 'runfunc' of 'Trace' object "
                                "needs an argument")
            raise TypeError("runfunc expected at least 1 positional "
                            "argument, got %d" % (len(args) - 1))
        self, func, rest = args[0], args[1], args[2:]
        self._install()
        try:
            return func(*rest, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)

    def file_module_function_of(self, frame):
        """(filename, module name, function name) of frame's code, the
        function name qualified by its class for a method."""
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        funcname = code.co_name
        if code not in self._caller_cache:
            self._caller_cache[code] = self._owner_class(frame)
        owner = self._caller_cache[code]
        if owner is not None:
            funcname = "%s.%s" % (owner, funcname)
        return filename, modulename, funcname

    def _owner_class(self, frame):
        # The name of the class whose method frame runs, found from its
        # first argument (self or cls), or None.
        code = frame.f_code
        if code.co_argcount and code.co_varnames:
            first = frame.f_locals.get(code.co_varnames[0], None)
        elif code.co_flags & _CO_VARARGS:
            # def method(*args): self comes first in the tuple, which
            # follows the keyword-only arguments among the names
            rest = frame.f_locals.get(code.co_varnames[code.co_kwonlyargcount], ())
            first = rest[0] if isinstance(rest, tuple) and rest else None
        else:
            return None
        if first is None:
            return None
        cls = first if isinstance(first, type) else type(first)
        for klass in getattr(cls, "__mro__", ()):
            candidate = klass.__dict__.get(code.co_name)
            candidate = getattr(candidate, "__func__", candidate)
            if getattr(candidate, "__code__", None) is code:
                return klass.__name__
        return None

    def globaltrace_trackcallers(self, frame, why, arg):
        """Trace hook recording (caller, callee) pairs."""
        if why == "call":
            callee = self.file_module_function_of(frame)
            caller = self.file_module_function_of(frame.f_back)
            self._callers[(caller, callee)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        """Trace hook recording the functions called."""
        if why == "call":
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        """Trace hook for calls: a function of a module not ignored gets
        the local (line) hook."""
        if why != "call":
            return None
        filename = frame.f_globals.get("__file__", None)
        if not filename:
            return None
        modulename = _modname(filename)
        if modulename is None or self.ignore.names(filename, modulename):
            return None
        if self.trace:
            print(" --- modulename: %s, funcname: %s"
                  % (modulename, frame.f_code.co_name))
        return self.localtrace

    def _show_line(self, frame):
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        if self.start_time:
            print("%.2f" % (_time() - self.start_time), end=" ")
        print("%s(%d): %s" % (os.path.basename(filename), lineno,
                              linecache.getline(filename, lineno)), end="")

    def _count_line(self, frame):
        key = frame.f_code.co_filename, frame.f_lineno
        self.counts[key] = self.counts.get(key, 0) + 1

    def localtrace_trace_and_count(self, frame, why, arg):
        """Line hook that counts and prints each line."""
        if why == "line":
            self._count_line(frame)
            self._show_line(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        """Line hook that prints each line."""
        if why == "line":
            self._show_line(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        """Line hook that counts each line."""
        if why == "line":
            self._count_line(frame)
        return self.localtrace

    def results(self):
        """The CoverageResults gathered so far."""
        return CoverageResults(counts=self.counts,
                               calledfuncs=self._calledfuncs,
                               callers=self._callers,
                               infile=self.infile, outfile=self.outfile)


def main():
    """The command line: python -m trace [options] file [args]."""
    import argparse
    import sysconfig

    parser = argparse.ArgumentParser()
    parser.add_argument("--version", action="version", version="trace 2.0")

    grp = parser.add_argument_group(
        "Main options", "One of these (or --report) must be given")
    grp.add_argument("-c", "--count", action="store_true",
                     help="Count how often each line runs and write "
                          "annotated .cover files (see --coverdir, "
                          "--file, --no-report).")
    grp.add_argument("-t", "--trace", action="store_true",
                     help="Print each line as it runs.")
    grp.add_argument("-l", "--listfuncs", action="store_true",
                     help="List the functions the run called.")
    grp.add_argument("-T", "--trackcalls", action="store_true",
                     help="List which functions called which.")

    grp = parser.add_argument_group("Modifiers")
    reporting = grp.add_mutually_exclusive_group()
    reporting.add_argument("-r", "--report", action="store_true",
                           help="Report on the counts saved in --file "
                                "instead of running a program.")
    reporting.add_argument("-R", "--no-report", action="store_true",
                           help="Save the counts without writing .cover "
                                "files.")
    grp.add_argument("-f", "--file",
                     help="A file of counts to add to and save to.")
    grp.add_argument("-C", "--coverdir",
                     help="Write the .cover files in this directory.")
    grp.add_argument("-m", "--missing", action="store_true",
                     help="Mark lines that never ran with '>>>>>>'.")
    grp.add_argument("-s", "--summary", action="store_true",
                     help="Print a line of coverage figures per module.")
    grp.add_argument("-g", "--timing", action="store_true",
                     help="Prefix traced lines with the seconds since the "
                          "start.")

    grp = parser.add_argument_group("Filters", "May be repeated")
    grp.add_argument("--ignore-module", action="append", default=[],
                     help="Leave this module (and its submodules) "
                          "alone; a comma-separated list is allowed.")
    grp.add_argument("--ignore-dir", action="append", default=[],
                     help="Leave the modules under this directory alone; "
                          "several may be joined with os.pathsep; "
                          "$prefix and $exec_prefix expand.")

    parser.add_argument("filename", nargs="?",
                        help="The program to run.")
    parser.add_argument("arguments", nargs=argparse.REMAINDER,
                        help="Its arguments.")

    opts = parser.parse_args()

    modules = []
    for entry in opts.ignore_module:
        modules.extend(name.strip() for name in entry.split(","))
    opts.ignore_module = modules

    prefix = sysconfig.get_path("stdlib")
    exec_prefix = sysconfig.get_path("platstdlib")
    dirs = []
    for entry in opts.ignore_dir:
        for d in entry.split(os.pathsep):
            d = d.replace("$prefix", prefix).replace("$exec_prefix",
                                                     exec_prefix)
            dirs.append(os.path.normpath(os.path.expanduser(d)))
    opts.ignore_dir = dirs

    if opts.report:
        if not opts.file:
            parser.error("-r/--report requires -f/--file")
        results = CoverageResults(infile=opts.file, outfile=opts.file)
        return results.write_results(opts.missing, opts.summary,
                                     opts.coverdir)

    if not (opts.trace or opts.count or opts.listfuncs or opts.trackcalls):
        parser.error("must specify one of --trace, --count, --report, "
                     "--listfuncs, or --trackcalls")
    if opts.listfuncs and (opts.count or opts.trace):
        parser.error("cannot specify both --listfuncs and (--trace or "
                     "--count)")
    if opts.summary and not opts.count:
        parser.error("--summary can only be used with --count or --report")
    if opts.filename is None:
        parser.error("filename is missing: required with the main options")

    sys.argv = [opts.filename] + opts.arguments
    if sys.path:
        sys.path[0] = os.path.dirname(opts.filename)
    else:
        sys.path.append(os.path.dirname(opts.filename))

    tracer = Trace(opts.count, opts.trace, countfuncs=opts.listfuncs,
                   countcallers=opts.trackcalls,
                   ignoremods=opts.ignore_module,
                   ignoredirs=opts.ignore_dir, infile=opts.file,
                   outfile=opts.file, timing=opts.timing)
    try:
        with open(opts.filename) as source:
            code = compile(source.read(), opts.filename, "exec")
        namespace = {"__file__": opts.filename, "__name__": "__main__",
                     "__package__": None, "__cached__": None}
        tracer.runctx(code, namespace, namespace)
    except OSError as err:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass

    results = tracer.results()
    if not opts.no_report:
        results.write_results(opts.missing, opts.summary, opts.coverdir)


if __name__ == "__main__":
    main()
