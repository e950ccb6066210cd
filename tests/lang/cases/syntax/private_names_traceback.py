class C:
    def __f(self):
        raise ValueError("x")
    def g(self):
        return self.__f()
C().g()
