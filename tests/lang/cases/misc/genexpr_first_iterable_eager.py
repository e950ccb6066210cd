def source():
    print("source evaluated")
    return [1, 2]
g = (x * 10 for x in source())
print("generator created")
print(list(g))
