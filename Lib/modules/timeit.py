"""Measure how long small pieces of Python code take to run.

From Python:

    Timer(stmt, setup, timer, globals).timeit(number)
    timeit(stmt, setup, timer, number, globals)
    repeat(stmt, setup, timer, repeat, number, globals)

From the command line (main() takes the same arguments as a list):

    python -m timeit [-n N] [-r N] [-u U] [-s S] [-t] [-c] [-p] [-v] [-h] [stmt ...]

Options:
  -n/--number N   run the statement N times per measurement (default: the
                  first power of ten whose run takes at least 0.2 seconds)
  -r/--repeat N   take N measurements (default 3)
  -s/--setup S    code run once before each measurement (may repeat;
                  default 'pass')
  -u/--unit U     show the result in usec, msec or sec
  -p/--process    use time.process_time() instead of the default timer
  -t/--time       use time.time() (deprecated)
  -c/--clock      use time.clock() (deprecated)
  -v/--verbose    show the raw timings; repeat for more digits
  -h/--help       show this text and exit
  stmt            the statement to time, one line per argument
                  (default 'pass')

The figure reported is the best of the measurements divided by the number
of runs: the fastest run says most about the code itself, slower ones
mostly about the rest of the machine.
"""

import itertools
import gc
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_repeat = 3
default_number = 1000000
dummy_src_name = "<timeit-src>"

_globals = globals

# The function each Timer compiles; setup and stmt are pasted in, already
# indented for their place.
template = "\n".join((
    "",
    "def inner(_it, _timer{init}):",
    "    {setup}",
    "    _t0 = _timer()",
    "    for _i in _it:",
    "        {stmt}",
    "    _t1 = _timer()",
    "    return _t1 - _t0",
    "",
))


def reindent(src, indent):
    """Indent every line of src after the first by indent spaces."""
    return ("\n" + " " * indent).join(src.split("\n"))


class Timer:
    """Times a statement, run after a setup, with a timer function.

    stmt and setup are either source strings (the statement may span
    several lines) or callables taking no arguments.  globals, when given,
    is the namespace the code runs in.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        namespace = {}
        params = ''
        parts = {}
        # A source string is compiled on its own first (the statement after
        # the setup) so that errors point at the caller's own lines.
        prefix = ''
        for role, code, depth in (('setup', setup, 4), ('stmt', stmt, 8)):
            if isinstance(code, str):
                compile(prefix + code, dummy_src_name, "exec")
                prefix = code + '\n'
                parts[role] = reindent(code, depth)
            elif callable(code):
                namespace['_' + role] = code
                params += ', _%s=_%s' % (role, role)
                parts[role] = '_%s()' % role
                prefix = ''
            else:
                raise ValueError("%s is neither a string nor callable" % role)
        self.src = template.format(init=params, **parts)
        where = _globals() if globals is None else globals
        exec(compile(self.src, dummy_src_name, "exec"), where, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, showing the
        lines of the timed code too.  Use it in an except clause around
        timeit() or repeat(); file defaults to sys.stderr."""
        import linecache
        import traceback
        if self.src is not None:
            lines = self.src.split("\n")
            linecache.cache[dummy_src_name] = (len(self.src), None, lines,
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Run setup once, then the statement number times; return the
        seconds taken by the statement runs.  The garbage collector is off
        while they run."""
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(itertools.repeat(None, number), self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit(number) repeat times; return the list of results.
        The minimum is usually the figure to look at."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a number of runs (10, 100, ... up to 10**9) whose timing
        reaches 0.2 seconds; return (number, seconds).  callback, when
        given, is called with each (number, seconds) tried."""
        number = 10
        while True:
            taken = self.timeit(number)
            if callback:
                callback(number, taken)
            if taken >= 0.2 or number >= 10 ** 9:
                return (number, taken)
            number *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Shortcut for Timer(stmt, setup, timer, globals).timeit(number)."""
    measured = Timer(stmt, setup, timer, globals)
    return measured.timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Shortcut for Timer(stmt, setup, timer, globals).repeat(repeat,
    number)."""
    measured = Timer(stmt, setup, timer, globals)
    return measured.repeat(repeat, number)


# Units main() can show a time in, with their size in microseconds, largest
# first.
_UNITS = (("sec", 1e6), ("msec", 1e3), ("usec", 1.0))


# Options choosing the timer: the name of the time function each selects.
_TIMER_OPTIONS = {
    "-t": "time", "--time": "time",
    "-c": "clock", "--clock": "clock",
    "-p": "process_time", "--process": "process_time",
}


def main(args=None, *, _wrap_timer=None):
    """Command-line interface: args is the argument list (default
    sys.argv[1:]).  Returns None after printing the result, 0 after -h, 1
    when the timed code raised (the traceback goes to stderr) and 2 for bad
    options.  _wrap_timer, when given, is called with the chosen timer and
    returns the timer to use (for tests)."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:tcpvh",
                                   ["number=", "setup=", "repeat=", "time",
                                    "clock", "process", "verbose", "unit=",
                                    "help"])
    except getopt.error as problem:
        print(problem)
        print("use -h/--help for command line help")
        return 2
    timer, unit, setup = default_timer, None, []
    number, repeat, verbose = 0, default_repeat, 0
    for opt, value in opts:
        if opt in ("-s", "--setup"):
            setup.append(value)
        elif opt in ("-n", "--number"):
            number = int(value)
        elif opt in ("-u", "--unit"):
            if value not in dict(_UNITS):
                print("Unrecognized unit. Please select usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = value
        elif opt in ("-r", "--repeat"):
            repeat = max(int(value), 1)
        elif opt in _TIMER_OPTIONS:
            timer = getattr(time, _TIMER_OPTIONS[opt])
        elif opt in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
        elif opt in ("-v", "--verbose"):
            verbose += 1
    # Each -v after the first shows one more significant digit.
    digits = 3 + max(verbose - 1, 0)
    setup = "\n".join(setup) or "pass"
    stmt = "\n".join(args) or "pass"

    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    # Let the timed code import modules from the current directory.
    import os
    sys.path.insert(0, os.curdir)
    t = Timer(stmt, setup, timer)
    try:
        if number == 0:
            def report(count, seconds):
                if verbose:
                    print("%d loops -> %.*g secs" % (count, digits, seconds))
            number, _ = t.autorange(report)
        times = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    if verbose:
        print("raw times:", " ".join("%.*g" % (digits, x) for x in times))
    fastest, slowest = min(times), max(times)
    best = fastest * 1e6 / number
    if unit is None:
        unit, scale = _UNITS[-1]
        for name, size in _UNITS:
            if best >= size:
                unit, scale = name, size
                break
    else:
        scale = dict(_UNITS)[unit]
    print("%d loops, best of %d: %.*g %s per loop"
          % (number, repeat, digits, best / scale, unit))
    if slowest >= fastest * 4:
        import warnings
        warnings.warn_explicit(
            "The test results are likely unreliable. The worst\n"
            "time (%.*g %s) was more than four times slower than the best "
            "time." % (digits, slowest * 1e6 / number / scale, unit), UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
