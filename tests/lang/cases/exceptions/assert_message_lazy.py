def msg():
    print("message evaluated")
    return "details"
assert True, msg()
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print(e.args)
