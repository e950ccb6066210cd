# settrace(None) stops the events; gettrace answers the function set.
import sys

log = []

def tracer(frame, event, arg):
    log.append((frame.f_code.co_name, event))
    return tracer

def work(n):
    return n + 1

print(sys.gettrace())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
work(1)
sys.settrace(None)
work(2)
print(sys.gettrace())
print(log)
try:
    sys.settrace()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.gettrace(1)
except TypeError as e:
    print("TypeError:", e)
