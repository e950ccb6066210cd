class MyError(Exception):
    pass
try:
    raise MyError("boom")
except MyError as e:
    print(type(e).__name__, e.args, str(e), repr(e))
print(issubclass(MyError, Exception), isinstance(MyError(), BaseException))
