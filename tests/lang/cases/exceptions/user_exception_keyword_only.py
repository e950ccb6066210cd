class E(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code
e = E("m", code=5)
print(e.args, e.code, str(e))
