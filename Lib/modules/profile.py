"""A deterministic profiler written in Python: which functions ran, how
often, and for how long.

    import profile
    profile.run('main()')              # prints a report sorted by name
    profile.run('main()', 'out.prof')  # or saves it for pstats

It listens to the interpreter's call and return events through
sys.setprofile, so it measures any code the interpreter runs; the report
itself is pstats'.  cProfile offers the same interface (with per-caller
timings).  Times are wall-clock seconds (time.perf_counter).
"""

import sys
import time
import marshal

__all__ = ["run", "runctx", "Profile"]


def _hook(handler):
    # sys.setprofile(handler), or a NotImplementedError that says what is
    # missing.
    try:
        sys.setprofile(handler)
    except NotImplementedError:
        raise NotImplementedError(
            "profiling needs sys.setprofile, which this interpreter's "
            "evaluation loop does not implement") from None


def _builtin_label(fn):
    # How cProfile names a function written in C.
    owner = getattr(fn, '__self__', None)
    name = getattr(fn, '__name__', repr(fn))
    if owner is None or type(owner).__name__ == 'module':
        module = getattr(fn, '__module__', None) or getattr(owner, '__name__', 'builtins')
        return '<built-in method %s.%s>' % (module, name)
    return "<method '%s' of '%s' objects>" % (name, type(owner).__name__)


class _Record:
    # One function's figures while profiling.
    __slots__ = ('calls', 'primitive', 'inner', 'total', 'callers', 'active')

    def __init__(self):
        self.calls = self.primitive = 0
        self.inner = self.total = 0.0
        self.callers = {}
        self.active = 0


class _Activation:
    # One call in progress (caller: the calling function's key).
    __slots__ = ('key', 'started', 'children', 'caller')

    def __init__(self, key, started, caller):
        self.key, self.started, self.caller = key, started, caller
        self.children = 0.0


class _Recorder:
    """The measuring engine shared by profile.Profile and cProfile.Profile.

    timer() gives the current time; detailed selects cProfile's per-caller
    (calls, primitive calls, time, cumulative time) tuples instead of
    profile's call counts; builtins includes functions written in C
    (named by builtin_key)."""

    detailed = False

    def __init__(self, timer=None, builtins=True):
        self.timer = timer or time.perf_counter
        self.builtins = builtins
        self.records = {}
        self.stack = []
        self.stats = {}
        self.pairs = {}         # (caller, callee) -> calls in progress
        self.muted = False

    # -- events ----------------------------------------------------------

    def _enter(self, key):
        caller = self.stack[-1].key if self.stack else None
        record = self.records.get(key)
        if record is None:
            record = self.records[key] = _Record()
        record.active += 1
        self.pairs[caller, key] = self.pairs.get((caller, key), 0) + 1
        self.stack.append(_Activation(key, self.timer(), caller))

    def _leave(self, key):
        # Unwind to the activation of key (events lost by an exception
        # leave stale entries above it).
        while self.stack:
            act = self.stack.pop()
            self._close(act, self.timer())
            if act.key == key:
                return

    def _close(self, act, now):
        elapsed = now - act.started
        record = self.records[act.key]
        record.active -= 1
        outermost = record.active == 0
        record.calls += 1
        record.inner += elapsed - act.children
        if outermost:
            record.primitive += 1
            record.total += elapsed
        if self.stack:
            self.stack[-1].children += elapsed
        # A caller's figures count a call as primitive unless the same
        # caller was already calling the same function further out.
        pair = (act.caller, act.key)
        self.pairs[pair] -= 1
        if act.caller is not None:
            link = record.callers.get(act.caller)
            if link is None:
                link = record.callers[act.caller] = [0, 0, 0.0, 0.0]
            link[0] += 1
            link[2] += elapsed - act.children
            if self.pairs[pair] == 0:
                link[1] += 1
                link[3] += elapsed

    def _event(self, frame, event, arg):
        if self.muted:
            return
        if event == 'call' and frame.f_code is _STOP_CODE:
            # Our own disable(): cProfile counts it as the call of a
            # method written in C that it is there; profile leaves it out.
            if self.detailed and self.builtins:
                self._enter(_DISABLE_KEY)
                self._leave(_DISABLE_KEY)
            self.muted = True
        elif event == 'call':
            self._enter(self.code_key(frame.f_code))
        elif event == 'return':
            self._leave(self.code_key(frame.f_code))
        elif self.builtins and event == 'c_call':
            self._enter(self.builtin_key(arg))
        elif self.builtins and event in ('c_return', 'c_exception'):
            self._leave(self.builtin_key(arg))

    def code_key(self, code):
        return (code.co_filename, code.co_firstlineno, code.co_name)

    def builtin_key(self, fn):
        return ('~', 0, _builtin_label(fn))

    # -- control -----------------------------------------------------------

    def enable(self):
        """Start (or resume) measuring."""
        self.muted = False
        _hook(self._event)

    def disable(self):
        """Stop measuring."""
        try:
            sys.setprofile(None)
        except NotImplementedError:
            pass
        self.muted = False
        now = self.timer()
        while self.stack:
            self._close(self.stack.pop(), now)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        """Turn the figures gathered so far into pstats' dict (stats)."""
        self.stats = {}
        for key, record in self.records.items():
            if self.detailed:
                callers = {c: tuple(v) for c, v in record.callers.items()}
            else:
                callers = {c: v[0] for c, v in record.callers.items()}
            self.stats[key] = (record.primitive, record.calls, record.inner,
                               record.total, callers)

    def clear(self):
        """Forget everything measured."""
        self.records = {}
        self.stack = []
        self.stats = {}
        self.pairs = {}

    def print_stats(self, sort=-1):
        """Print the report (pstats), function names without directories,
        in the given order."""
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        """Save the statistics to file, in the format pstats reads."""
        import pstats
        self.create_stats()
        with open(file, 'wb') as f:
            f.write(pstats._marshal_bytes(self.stats))

    def run(self, cmd):
        """Profile the statement cmd (a str) in __main__'s namespace."""
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        """Profile the statement cmd in the given namespaces."""
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, *args, **kw):
        """Profile one call of func; return its result."""
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()


_STOP_CODE = _Recorder.disable.__code__
_DISABLE_KEY = ('~', 0, "<method 'disable' of '_lsprof.Profiler' objects>")


class Profile(_Recorder):
    """The pure-Python profiler: Profile(timer=None, bias=None).

    Its statistics count calls per caller (no per-caller times) and name
    functions written in C as ('', 0, name)."""

    bias = 0

    def __init__(self, timer=None, bias=None):
        _Recorder.__init__(self, timer)
        if bias is not None:
            self.bias = bias

    def builtin_key(self, fn):
        return ('', 0, getattr(fn, '__name__', repr(fn)))

    def calibrate(self, m, verbose=0):
        """Estimate the profiler's own cost per event; here always 0."""
        return 0.0


def _run_with(profiler, statement, globals, locals, filename, sort):
    _hook(None)
    try:
        profiler.runctx(statement, globals, locals)
    except SystemExit:
        pass
    finally:
        if filename is None:
            profiler.print_stats(sort)
        else:
            profiler.dump_stats(filename)


def run(statement, filename=None, sort=-1):
    """Profile statement in __main__; print the report (sorted by sort),
    or save it to filename."""
    import __main__
    namespace = __main__.__dict__
    return _run_with(Profile(), statement, namespace, namespace, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """run() in the given namespaces."""
    return _run_with(Profile(), statement, globals, locals, filename, sort)


def _main(factory, prog):
    # The command line: [-o FILE] [-s SORT] script [args...]; the script
    # runs as __main__ with sys.argv set to script and its arguments.
    # optparse gives the usage, --help and the errors of a bad option.
    import os
    from optparse import OptionParser
    parser = OptionParser(
        usage="%s [-o output_file_path] [-s sort] scriptfile [arg] ..." % prog)
    # the script's own options stay its own
    parser.allow_interspersed_args = False
    parser.add_option('-o', '--outfile', dest="outfile", default=None,
                      help="Save stats to <outfile>")
    parser.add_option('-s', '--sort', dest="sort", default=-1,
                      help="Sort order when printing to stdout, based on "
                           "pstats.Stats class")
    if not sys.argv[1:]:
        parser.print_usage()
        sys.exit(2)
    options, args = parser.parse_args()
    sys.argv[:] = args
    if not args:
        parser.print_usage()
        return parser
    script = args[0]
    sys.path.insert(0, os.path.dirname(script))
    with open(script, 'rb') as source:
        code = compile(source.read(), script, 'exec')
    namespace = dict(__file__=script, __name__='__main__', __package__=None,
                     __cached__=None)
    _run_with(factory(), code, namespace, None, options.outfile, options.sort)
    return parser


def main():
    return _main(Profile, "profile.py")


if __name__ == '__main__':
    main()
