f = lambda x: x / 0
print([f(i) for i in range(3)])
