class Show:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print(typ, val, tb is None)
        return False
with Show():
    pass
try:
    with Show():
        pass
        raise IndexError("i")
except IndexError:
    print("propagated")
