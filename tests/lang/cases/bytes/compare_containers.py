print([b"a"] == ["a"], (b"a", 1) == (b"a", 1), [b"a"] < [b"b"])
print({b"a": 1} == {"a": 1})
