raise RuntimeError("x") from KeyError("k")
