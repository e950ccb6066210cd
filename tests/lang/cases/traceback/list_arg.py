raise TypeError(["a", 1])
