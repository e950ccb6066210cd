class CM:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit called")
try:
    with CM():
        print("body")
except ValueError as e:
    print("caught", e)
