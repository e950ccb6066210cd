s = 'a\ud800b'
print(s.index('b'))
s.index('c')
