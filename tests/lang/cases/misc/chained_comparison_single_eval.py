def mid():
    print("mid evaluated")
    return 5
print(1 < mid() < 10)
