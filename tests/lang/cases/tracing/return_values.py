# The 'return' event carries the value returned or yielded.
import sys

log = []

def tracer(frame, event, arg):
    if event == 'return':
        log.append((frame.f_code.co_name, arg))
    return tracer

def gives_tuple():
    return (1, 'two', None)

def gives_none():
    pass

def yields():
    x = yield 'first'
    yield x

sys.settrace(tracer)
gives_tuple()
gives_none()
g = yields()
next(g)
g.send('sent')
sys.settrace(None)
for entry in log:
    print(entry)
