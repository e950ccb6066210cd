raise ValueError(1, "a", None)
