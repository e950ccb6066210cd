class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
e = E("failed", 7)
print(str(e))
print(repr(e))
print(e.args)
