class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")

with CM():
    raise ValueError("body")
