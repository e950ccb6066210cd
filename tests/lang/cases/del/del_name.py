# del of the only name runs __del__ at once.
class Tracer:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("finalizing", self.tag)

t = Tracer("first")
print("before del")
del t
print("after del")
