# Slice bounds beyond any index saturate instead of overflowing.
big = 2 ** 100
seq = list(range(8))
print(seq[:big], seq[-big:3], seq[big:], seq[-big:-big])
print(seq[::big], seq[::-big], seq[big::-1], seq[-big::-3])
print(seq[3:big:2], seq[big:-big:-2])
print(seq[slice(-big, big)])
