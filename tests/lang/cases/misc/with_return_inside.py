class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit runs before return completes")
def f():
    with CM():
        return "returned"
print(f())
