b = b"abcde"
print(b[None:None:-1], b[None:2], b[3:None], b[None:None:None])
