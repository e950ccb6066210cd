# throw() into a traced generator: 'call', then 'exception' at the yield.
import sys

log = []

def tracer(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    log.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno, arg))
    return tracer

def gen():
    try:
        yield 1
    except ValueError:
        yield 'recovered'

g = gen()
next(g)
sys.settrace(tracer)
print(g.throw(ValueError))
sys.settrace(None)
for entry in log:
    print(entry)
