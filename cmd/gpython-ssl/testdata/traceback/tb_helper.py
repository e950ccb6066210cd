def boom():
    int("x")
