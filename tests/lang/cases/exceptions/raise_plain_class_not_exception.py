class NotAnError:
    pass
try:
    raise NotAnError
except TypeError as e:
    print(e)
