# Assigning f_lineno in a line event moves execution, forwards and
# backwards.
import sys

def make_jumper(code, at, to):
    done = []
    def tracer(frame, event, arg):
        if frame.f_code is not code:
            return None
        if event == 'line' and frame.f_lineno - code.co_firstlineno == at and not done:
            done.append(1)
            frame.f_lineno = code.co_firstlineno + to
        return tracer
    return tracer

def forward(out):
    out.append(1)
    out.append(2)
    out.append(3)
    out.append(4)

def backward(out):
    out.append(1)
    out.append(2)
    out.append(3)

def out_of_loop(out):
    for i in range(3):
        out.append(i)
        out.append('x')
    out.append('end')

for fn, at, to in ((forward, 2, 4), (backward, 3, 1), (out_of_loop, 3, 4)):
    out = []
    sys.settrace(make_jumper(fn.__code__, at, to))
    fn(out)
    sys.settrace(None)
    print(fn.__name__, out)
