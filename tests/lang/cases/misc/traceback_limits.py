# traceback's limit argument and sys.tracebacklimit (tracebacks keep their
# outermost entries, stacks their innermost; negative counts from the
# other end), stack lines stripped, captured locals in the report,
# TracebackException from objects shaped like tracebacks, and its own
# rendering of chains.
import sys
import traceback


def show(name, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print("--", name, repr(r))


def deep(n):
    if n == 0:
        raise KeyError('bottom')
    deep(n - 1)


try:
    deep(3)
except KeyError:
    tb = sys.exc_info()[2]


def names(summary):
    return [entry.name for entry in summary]


show("tb all", lambda: names(traceback.extract_tb(tb)))
for limit in (0, 2, -2, 10, -10):
    show("tb limit %d" % limit,
         lambda: names(traceback.extract_tb(tb, limit=limit)))


def level3(limit):
    return traceback.extract_stack(limit=limit)


def level2(limit):
    return level3(limit)


def level1(limit):
    return level2(limit)


show("stack 0", lambda: names(level1(0)))
show("stack 2", lambda: names(level1(2)))
show("stack -2", lambda: [e.name for e in level1(-2)][:1])
show("stack lines", lambda: [tuple(e)[1:] for e in level1(2)])
show("stack eq tuple", lambda: level1(1)[0] == (__file__, 41, 'level3',
                                                  'return traceback.extract_stack(limit=limit)'))

sys.tracebacklimit = 2
show("sys limit tb", lambda: names(traceback.extract_tb(tb)))
show("sys limit stack", lambda: names(level1(None)))
show("sys limit format", lambda: len(traceback.format_tb(tb)))
sys.tracebacklimit = 0
show("sys limit 0", lambda: (traceback.extract_tb(tb), level1(None)))
sys.tracebacklimit = -1
show("sys limit -1", lambda: traceback.extract_tb(tb))
show("explicit wins", lambda: names(traceback.extract_tb(tb, limit=1)))
del sys.tracebacklimit


class Code:
    def __init__(self, filename, name):
        self.co_filename, self.co_name = filename, name


class Frame:
    def __init__(self, filename, name, f_locals):
        self.f_code = Code(filename, name)
        self.f_globals = {}
        self.f_locals = f_locals


class Tb:
    def __init__(self, frame, lineno, tb_next=None):
        self.tb_frame, self.tb_lineno, self.tb_next = frame, lineno, tb_next


fake = Tb(Frame('/nowhere/a.py', 'outer', {'x': 1}), 5,
          Tb(Frame('/nowhere/b.py', 'inner', {'y': 'two', 'a': [3]}), 7))
show("fake tb", lambda: [tuple(e) for e in traceback.extract_tb(fake)])
te = traceback.TracebackException(ValueError, ValueError('bad'), fake,
                                  capture_locals=True)
show("fake locals", lambda: [e.locals for e in te.stack])
print(''.join(te.format()), end='')
show("lookup off", lambda: [e._line for e in traceback.TracebackException(
    ValueError, ValueError('x'), fake, lookup_lines=False).stack])


def chained():
    try:
        try:
            {}['k']
        except KeyError as e:
            raise ValueError('from') from e
    except ValueError:
        raise TypeError('during')


try:
    chained()
except TypeError as e:
    exc = e
report = ''.join(traceback.TracebackException.from_exception(exc).format())
print(report.replace(__file__, 'FILE'), end='')
show("same as format_exception", lambda: report == ''.join(
    traceback.format_exception(type(exc), exc, exc.__traceback__)))
show("no chain", lambda: list(traceback.TracebackException.from_exception(
    exc).format(chain=False))[-1])
show("no message", lambda: list(traceback.TracebackException(
    RuntimeError, RuntimeError(), None).format()))
show("none", lambda: list(traceback.TracebackException(
    None, None, None).format_exception_only()))
try:
    compile('x = (1,\n  2 +', 'src.py', 'exec')
except SyntaxError as e:
    syn = e
show("syntax", lambda: list(traceback.TracebackException.from_exception(
    syn).format_exception_only()))
show("equal", lambda: traceback.TracebackException.from_exception(exc) ==
     traceback.TracebackException.from_exception(exc))
