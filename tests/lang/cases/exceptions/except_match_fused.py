# except clauses matched by the fused compare-and-branch (fast_compare.go's
# compareTruth): classes, tuples, empty tuples, and a non-class spec's
# TypeError with the except line in its traceback.
def f(spec):
    try:
        raise ValueError("v")
    except spec:
        return "caught"
    except Exception as e:
        return "other %s" % type(e).__name__
for spec in [ValueError, Exception, (KeyError, ValueError), KeyError, (KeyError,), ()]:
    try:
        print(f(spec))
    except ValueError as e:
        print("escaped", e)
try:
    f(3)
except TypeError as e:
    print("TypeError", e, e.__context__)
try:
    try:
        raise KeyError(1)
    except int:
        pass
except TypeError as e:
    import traceback
    traceback.print_exc(limit=1)
