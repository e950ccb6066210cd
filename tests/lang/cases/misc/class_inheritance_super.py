class Base:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return "Base " + self.name
class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    def describe(self):
        return "Child(" + super().describe() + ", " + self.extra + ")"
c = Child("n", "e")
print(c.describe(), isinstance(c, Base), issubclass(Child, Base))
