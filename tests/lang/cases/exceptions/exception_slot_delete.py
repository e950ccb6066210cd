# The slots every exception has cannot be deleted; its own attributes can.
e = ValueError("message")
e.note = "extra"
del e.note
print(hasattr(e, "note"))
for name in ("args", "__cause__", "__context__", "__traceback__"):
    try:
        delattr(e, name)
    except TypeError as x:
        print("TypeError:", x)
try:
    del e.missing
except AttributeError as x:
    print("AttributeError:", x)
try:
    raise KeyError("k")
except KeyError as k:
    try:
        del k.__traceback__
    except TypeError as x:
        print("TypeError:", x)
    print(k.__traceback__ is not None)
print(e.args, e.__cause__, e.__context__)
