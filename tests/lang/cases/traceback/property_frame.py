class C:
    @property
    def value(self):
        return self.missing

print(C().value)
