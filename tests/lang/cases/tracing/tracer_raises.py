# A trace function that raises is unset, and its exception propagates
# from the traced code, where a try block may catch it.
import sys

count = [0]

def tracer(frame, event, arg):
    count[0] += 1
    if event == 'line' and frame.f_lineno - frame.f_code.co_firstlineno == 3:
        raise RuntimeError("tracer failed at %s" % event)
    return tracer

def victim():
    x = 1
    try:
        x = 2
    except RuntimeError as e:
        print("caught in frame:", e)
    return x

sys.settrace(tracer)
print(victim())
print(sys.gettrace())
print(count[0])

def on_call(frame, event, arg):
    raise ValueError("no calls")

def plain():
    return 5

sys.settrace(on_call)
try:
    plain()
except ValueError as e:
    print("call failed:", e)
print(sys.gettrace())
