# The errors of f_lineno assignments that cannot jump.
import sys

def attempt(fn, event_wanted, at, to):
    code = fn.__code__
    result = []
    def tracer(frame, event, arg):
        if frame.f_code is not code:
            return None
        rel = frame.f_lineno - code.co_firstlineno
        if event == event_wanted and rel == at and not result:
            try:
                frame.f_lineno = code.co_firstlineno + to if isinstance(to, int) else to
            except ValueError as e:
                result.append(str(e))
            else:
                result.append('jumped')
        return tracer
    sys.settrace(tracer)
    try:
        fn([])
    finally:
        sys.settrace(None)
    print(fn.__name__, event_wanted, result)

def body(out):
    out.append(1)
    for i in range(2):
        out.append(i)
    out.append(4)
    return out

attempt(body, 'call', 0, 2)
attempt(body, 'line', 1, -5)
attempt(body, 'line', 1, 100)
attempt(body, 'line', 1, 3)
attempt(body, 'line', 1, 'x')
attempt(body, 'return', 5, 1)
try:
    sys._getframe().f_lineno = 3
except ValueError as e:
    print(e)
