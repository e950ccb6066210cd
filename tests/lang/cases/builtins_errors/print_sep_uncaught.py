print('a', 'b', sep=None)
print('a', 'b', sep=0)
