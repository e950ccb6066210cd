# Python 2's print >>f: 3.6's TypeError suggests print(..., file=...)
# (only for >> with the builtin print on the left).
import sys
for f in (lambda: print >> sys.stderr, lambda: print >> 1, lambda: print << sys.stderr, lambda: len >> 1):
    try:
        f()
    except TypeError as e:
        print(e)
class P:
    def __rrshift__(self, other):
        return "rrshift"
print(print >> P())
print >>sys.stderr, "hello"
