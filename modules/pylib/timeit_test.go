package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of timeit (Lib/modules/timeit.py) against CPython
// 3.6: Timer's generated source and errors, timeit/repeat/autorange with
// scripted timers, print_exc, and main()'s output, warnings and exit codes.

const timeitPrelude = pytesting.ShowRepr + `import timeit, itertools, sys, io
def fake(*steps):
    vals = itertools.accumulate(itertools.cycle(steps))
    return lambda: next(vals)
def run(*args, steps=(0.25,)):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = timeit.main(list(args), _wrap_timer=lambda t: fake(*steps))
    except BaseException as e:
        code = type(e).__name__
    finally:
        sys.stdout, sys.stderr = saved
    return (code, out.getvalue(), tail(err.getvalue()))
def tail(text):
    # The traceback's frame lines for the timed code and the error line.
    return [l for l in text.splitlines() if 'timeit-src' in l or 'Error' in l or 'Warning' in l or 'time (' in l]
def exc_text(t):
    f = io.StringIO()
    try:
        t.timeit(1)
    except Exception:
        t.print_exc(f)
    return tail(f.getvalue())
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__
def errmsg(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
`

var timeitCases = []pytesting.Case{
	{"names", `(timeit.__all__, timeit.default_number, timeit.default_repeat, timeit.default_timer is __import__('time').perf_counter, timeit.dummy_src_name)`},
	{"template", `timeit.template`},
	{"reindent", `(timeit.reindent('a\nb\nc', 3), timeit.reindent('', 2))`},
	{"src_strings", `timeit.Timer('a\nb', 'c\nd').src`},
	{"src_callables", `(timeit.Timer(lambda: 0).src, timeit.Timer('a', lambda: 0).src, timeit.Timer(lambda: 0, lambda: 1).src)`},
	{"bad_stmt", `errmsg(lambda: timeit.Timer(1))`},
	{"bad_setup", `(errmsg(lambda: timeit.Timer('x', 2)), errmsg(lambda: timeit.Timer(1, 2)))`},
	{"syntax_stmt", `errmsg(lambda: timeit.Timer('('))`},
	{"syntax_setup", `errmsg(lambda: timeit.Timer('pass', '('))`},
	{"indent_stmt", `err(lambda: timeit.Timer(' x=1'))`},
	{"return_stmt", `errmsg(lambda: timeit.Timer('return 1'))`},
	{"timeit_fake", `(timeit.Timer('pass', timer=fake(0.5)).timeit(3), timeit.Timer(timer=fake(1)).timeit(0))`},
	{"repeat_fake", `(timeit.Timer('x=1', timer=fake(0.25, 1)).repeat(3, 2), timeit.Timer(timer=fake(2)).repeat(0))`},
	{"functions", `(timeit.timeit('x', 'x=1', timer=fake(1), number=3), timeit.repeat('x', 'x=2', fake(2), 2, 5), timeit.timeit(number=-1, timer=fake(3)))`},
	{"globals", `(timeit.timeit(stmt='y', globals={'y': 1}, timer=fake(1), number=1), errmsg(lambda: timeit.timeit(stmt='zz', timer=fake(1), number=1)))`},
	{"runs_count", `(lambda box: (timeit.timeit(lambda: box.append(1), lambda: box.append(0), number=4), box)[1])([])`},
	{"gc_off", `(lambda g: (timeit.timeit('g.append(gc.isenabled())', 'import gc', number=1, globals={'g': g}), g, __import__('gc').isenabled())[1:])([])`},
	{"autorange", `(lambda seen: (timeit.Timer(timer=fake(1, 0.05, 1, 0.1, 1, 0.3)).autorange(lambda n, t: seen.append(n)), seen))([])`},
	{"autorange_plain", `timeit.Timer(timer=fake(1)).autorange()`},
	{"print_exc", `(exc_text(timeit.Timer('1/0')), exc_text(timeit.Timer('x', 'x = {}\nx = x[1]')), exc_text(timeit.Timer(lambda: [][0])))`},
	{"raises_through", `err(lambda: timeit.Timer('[][1]').repeat(1, 1))`},
	{"main_default", `run('pass')`},
	{"main_number", `(run('-n', '5', 'pass'), run('--number=7', '--repeat=1', 'pass'), run('-n', '1000', '-u', 'usec', 'pass'))`},
	{"main_verbose", `(run('-v', 'pass', steps=(0.0123456789, 0.0123456789, 0.0123456789, 0.3456789)), run('-v', '-v', 'pass', steps=(0.0123456789, 0.0123456789, 0.0123456789, 0.3456789)))`},
	{"main_verbose3", `run('-v', '-v', '-v', '-n', '7', 'pass', steps=(0.0123456789,))`},
	{"main_units", `(run('-u', 'sec', '-n', '2', 'pass'), run('-u', 'msec', '-n', '1', 'pass'), run('--unit=sec', '-n', '1', 'pass'))`},
	{"main_bad_unit", `run('-u', 'nsec', 'pass')`},
	{"main_bad_option", `(run('-x'), run('--bogus'), run('-n'))`},
	{"main_bad_number", `(run('-n', 'x', 'pass'), run('-r', 'q'))`},
	{"main_repeat_floor", `(run('-n', '1', '-r', '0', 'pass'), run('-n', '-3', 'pass'))`},
	{"main_setup_multi", `(run('-s', 'a=1', '-s', 'b=2', '-n', '3', 'a+b', 'a-b'), run('-n', '1', 'for i in []:', '  pass'), run('-n', '1', ''))`},
	{"main_timers", `(run('-p', '-n', '1', 'pass'), run('-t', '-n', '1', 'pass'), run('--process', '-n', '2', 'pass'))`},
	{"main_error", `run('1/0')`},
	{"main_syntax", `(run('-n', '1', '('), run('-n', '1', '-s', '  x=1', '  y=x'))`},
	{"main_unreliable", `(run('-n', '1000', 'pass', steps=(0, 0.000123, 0, 0.9)), run('-n', '1000', 'pass', steps=(0, 0.1, 0, 0.4)), run('-n', '1000', 'pass', steps=(0, 0.1, 0, 0.3999)))`},
	{"main_unreliable_edges", `(run('-n', '1', 'pass', steps=(0, 0, 0, 1)), run('-n', '2', '-r', '1', 'pass', steps=(0, -1)), run('-n', '1', '-v', '-r', '2', 'pass', steps=(0, 2e-9, 0, 3e-9)))`},
}

func TestTimeit(t *testing.T) {
	pytesting.DiffCases(t, "timeit", timeitPrelude, timeitCases)
}
