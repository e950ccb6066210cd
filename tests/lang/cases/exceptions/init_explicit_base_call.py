class E(ValueError):
    def __init__(self, value):
        ValueError.__init__(self, "bad value: %r" % (value,))
        self.value = value
try:
    raise E([1])
except ValueError as e:
    print(e, "|", e.value, "|", e.args)
