# Tuple slices with bounds past any index.
t = tuple('python')
print(t[:2 ** 64], t[-2 ** 64:2], t[2 ** 64:], t[::-(2 ** 64)])
print(t[1:2 ** 70:2], len(t[-10 ** 20:10 ** 20]))
