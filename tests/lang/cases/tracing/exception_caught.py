# An exception raised and caught: 'exception' in the raising frame and
# in the caller the exception passes through, 'return' with None from
# the frame it leaves.
import sys

log = []

def tracer(frame, event, arg):
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    log.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno, arg))
    return tracer

def fail(n):
    if n > 1:
        raise KeyError(n)
    return n

def guarded():
    try:
        fail(5)
    except KeyError as e:
        r = 'caught %s' % e
    return r

sys.settrace(tracer)
guarded()
sys.settrace(None)
for entry in log:
    print(entry)
