try:
    {}["x"]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    {"a": 1}[1]
except KeyError as e:
    print(str(e), e.args[0] + 1)
