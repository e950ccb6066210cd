class P:
    def __init__(self):
        self.b = 2
        self.a = 1
p = P()
print(sorted(vars(p).items()), sorted(p.__dict__))
