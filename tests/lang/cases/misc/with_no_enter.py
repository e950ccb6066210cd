class NoEnter:
    def __exit__(self, *exc):
        pass
try:
    with NoEnter():
        pass
except AttributeError as e:
    print("AttributeError:", e)
