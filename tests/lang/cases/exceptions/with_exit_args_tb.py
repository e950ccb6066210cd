class Show:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print(typ.__name__, repr(val), tb is not None, tb.tb_lineno)
        return True
with Show():
    x = 1
    raise ValueError("at line 9")
