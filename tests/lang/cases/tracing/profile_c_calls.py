# Profile events of built-in calls: c_call, then c_return or c_exception,
# for functions of modules and bound methods of values.
import sys
log = []
def prof(frame, event, arg):
    log.append((frame.f_code.co_name, event, getattr(arg, '__name__', arg)))
def f():
    x = len([1, 2])
    l = []
    l.append(3)
    m = max(1, 2)
    try:
        int('x')
    except ValueError:
        pass
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        pass
    return sorted([3, 1], key=abs)
sys.setprofile(prof)
f()
sys.setprofile(None)
for e in log: print(e)
