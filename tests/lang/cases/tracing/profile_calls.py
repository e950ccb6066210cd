# A profile function sees calls and returns of Python code (no line
# events); the frame that set it reports its return too.
import sys

log = []

def profiler(frame, event, arg):
    if event in ('call', 'return'):
        log.append((frame.f_code.co_name, event, arg))

def leaf(n):
    return n * 3

def branch(n):
    a = leaf(n)
    b = leaf(a)
    return a + b

def run():
    sys.setprofile(profiler)
    r = branch(1)
    sys.setprofile(None)
    return r

run()
for entry in log:
    print(entry)
print(sys.getprofile())
