raise OSError(2, "No such file or directory", "x.txt")
