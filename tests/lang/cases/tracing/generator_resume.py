# A generator reports 'call' on every resume and 'return' on every
# yield, with the value yielded; the for loop sees its StopIteration.
import sys

log = []

def tracer(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    log.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno, arg))
    return tracer

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'done'

def consume():
    out = []
    for v in countdown(2):
        out.append(v)
    return out

sys.settrace(tracer)
consume()
sys.settrace(None)
for entry in log:
    print(entry)
