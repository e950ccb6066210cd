try:
    raise Exception("a", "b", 3)
except Exception as e:
    print(e.args[1], len(e.args), e.args[-1] + 1)
    a, b, c = e.args
    print(a + b)
