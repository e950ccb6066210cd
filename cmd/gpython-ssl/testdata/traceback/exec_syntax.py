exec("a b\n")
