# A profile function that raises is unset and its error propagates.
import sys

def profiler(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'target':
        raise LookupError("profiler broke")

def target():
    return 1

sys.setprofile(profiler)
try:
    target()
except LookupError as e:
    print("propagated:", e)
print(sys.getprofile())
try:
    sys.setprofile(1, 2)
except TypeError as e:
    print("TypeError:", e)
