def reraise():
    raise
try:
    try:
        raise KeyError("k")
    except KeyError:
        reraise()
except KeyError as e:
    print("re-raised from function:", repr(e))
