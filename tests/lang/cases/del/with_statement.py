# An object used in a with statement, then dropped.
class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit")
        return False
    def __del__(self):
        print("del")

m = Managed()
with m as inside:
    print("body")
del inside
print("one name left")
del m
print("end")
