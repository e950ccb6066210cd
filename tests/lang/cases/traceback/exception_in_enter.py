class CM:
    def __enter__(self):
        raise ValueError("cannot enter")

    def __exit__(self, *exc):
        return False

with CM():
    pass
