# sys.setswitchinterval keeps whole microseconds; getswitchinterval reads
# them back; bad values are refused with CPython's messages.
import sys
print(sys.getswitchinterval())
for seconds in (0.0002, 0.5, 1, 2.5e-6, 1e-6, True):
    sys.setswitchinterval(seconds)
    print(repr(seconds), sys.getswitchinterval())
for bad in (0, -0.5, "fast", None, [], 10 ** 400):
    try:
        sys.setswitchinterval(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for call, args, kw in ((sys.setswitchinterval, (), {}), (sys.setswitchinterval, (1, 2), {}),
                       (sys.setswitchinterval, (), {"interval": 1}), (sys.getswitchinterval, (1,), {})):
    try:
        call(*args, **kw)
    except TypeError as e:
        print(e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
