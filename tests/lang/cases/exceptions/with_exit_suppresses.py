class Quiet:
    def __enter__(self):
        return "entered"
    def __exit__(self, typ, val, tb):
        print("exit got", typ.__name__, val)
        return True
with Quiet() as q:
    print(q)
    raise KeyError("hidden")
print("continued")
