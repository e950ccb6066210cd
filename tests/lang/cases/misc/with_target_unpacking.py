class CM:
    def __enter__(self):
        return (1, (2, 3))
    def __exit__(self, *exc):
        return False
with CM() as (a, (b, c)):
    print(a, b, c)
