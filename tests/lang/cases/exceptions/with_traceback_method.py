e = ValueError("x")
print(e.with_traceback(None) is e, e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None)
