# Jumping from a try body to its except line is refused: there is no
# exception to handle.
import sys

def attempt(fn, at, to):
    code = fn.__code__
    said = []
    def tracer(frame, event, arg):
        if frame.f_code is not code:
            return None
        if event == 'line' and frame.f_lineno - code.co_firstlineno == at and not said:
            try:
                frame.f_lineno = code.co_firstlineno + to
                said.append('jumped')
            except ValueError as e:
                said.append(str(e))
        return tracer
    out = []
    sys.settrace(tracer)
    try:
        fn(out)
    finally:
        sys.settrace(None)
    print(fn.__name__, said, out)

def bare(out):
    try:
        out.append(2)
    except:
        out.append(4)
    out.append(5)

def typed(out):
    try:
        out.append(2)
    except ValueError:
        out.append(4)
    out.append(5)

attempt(bare, 2, 3)
attempt(typed, 2, 3)
attempt(typed, 2, 5)
