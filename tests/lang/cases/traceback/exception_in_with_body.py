class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit saw", exc[0].__name__)

with CM():
    x = 1
    raise ValueError("in body")
