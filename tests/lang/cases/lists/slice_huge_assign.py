# Assigning to and deleting slices with huge bounds.
big = 2 ** 80
data = list('abcdef')
data[big:] = ['X', 'Y']
print(data)
data[:-big] = ['start']
print(data)
del data[2:big]
print(data)
data[-big:big] = range(3)
print(data)
del data[::big]
print(data)
