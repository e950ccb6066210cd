class C:
    count = 0
    @classmethod
    def create(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
class D(C):
    pass
print(type(D.create()).__name__, D.count, C.count, C.helper(4), C().helper(5))
