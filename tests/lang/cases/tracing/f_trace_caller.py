# Setting f_trace on a running caller and then settrace: its later lines
# and its return are traced (the way debuggers start).
import sys

log = []

def tracer(frame, event, arg):
    log.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno, arg))
    return tracer

def start_tracing():
    sys._getframe(1).f_trace = tracer
    sys.settrace(tracer)

def program():
    start_tracing()
    a = 10
    b = a * 2
    return b

print(program())
sys.settrace(None)
for entry in log:
    print(entry)
f = sys._getframe()
print(f.f_trace)
f.f_trace = tracer
print(f.f_trace is tracer)
f.f_trace = None
print(f.f_trace)
