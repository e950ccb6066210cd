data = [3, 1, None]
print(sorted(data, key=lambda x: x + 1))
