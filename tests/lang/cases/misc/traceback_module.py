import traceback, sys
def f(n):
    if n == 0:
        raise ValueError("boom %d" % n)
    f(n - 1)
try:
    f(2)
except ValueError:
    print(traceback.format_exc(), end="")
    t, v, tb = sys.exc_info()
    print(traceback.format_exception_only(t, v))
    for fs in traceback.extract_tb(tb):
        print(fs.filename, fs.lineno, fs.name, fs.line)
    fn, ln, name, line = traceback.extract_tb(tb)[0]
    print(name, line)
    print(len(traceback.format_exception(t, v, tb)), traceback.format_exception(t, v, tb)[0])
    print("".join(traceback.format_tb(tb, limit=1)), end="")
    traceback.print_exc(limit=-1, file=sys.stdout)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(file=sys.stdout, chain=False)
def g():
    return traceback.extract_stack()
print([x.name for x in g()])
print(traceback.format_exc())
print(repr(traceback.extract_tb(sys.exc_info()[2])))
import traceback
class MyErr(Exception): pass
try:
    raise MyErr("mine")
except MyErr:
    print(traceback.format_exc(), end="")
