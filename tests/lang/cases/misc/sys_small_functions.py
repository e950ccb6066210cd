# sys's smaller functions: the deprecated check interval, call_tracing,
# _clear_type_cache, is_finalizing, and the structseqs that refuse new
# instances
import sys
import warnings
import atexit

warnings.simplefilter("always")
print(sys.getcheckinterval())
sys.setcheckinterval(50)
print(sys.getcheckinterval())
for bad in [(), ("x",), (2 ** 40,)]:
    try:
        sys.setcheckinterval(*bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
warnings.simplefilter("ignore")

print(sys.call_tracing(max, (1, 5)), sys.call_tracing(dict, ()))
for bad in [(type, 2), (type,), (len, [1])]:
    try:
        sys.call_tracing(*bad)
    except TypeError as e:
        print("TypeError", e)

print(sys._clear_type_cache(), sys.is_finalizing())

for o in (sys.flags, sys.version_info):
    for args in [(), ((1,) * len(o),)]:
        try:
            type(o)(*args)
        except TypeError as e:
            print("TypeError", e)
print(sys.version_info[:2], sys.version_info.major, sys.flags.optimize, sys.version_info >= (3, 6))
print(type(sys.float_info)((1,) * 11).max)

atexit.register(lambda: print("atexit: finalizing", sys.is_finalizing()))
