class MyError(Exception):
    pass

def fail():
    raise MyError

fail()
