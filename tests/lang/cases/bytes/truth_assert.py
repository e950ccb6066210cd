assert b"ok"
print("assert on non-empty bytes passed")
try:
    assert b"", "empty bytes"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert bytearray()
except AssertionError as e:
    print("AssertionError args:", e.args)
