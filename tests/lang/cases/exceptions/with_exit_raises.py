class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")
try:
    with CM():
        raise ValueError("body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
