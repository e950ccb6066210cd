class E(Exception):
    def __init__(self, a, b):
        self.total = a + b
e = E(1, 2)
print(e.args, e.total, str(e), repr(e))
