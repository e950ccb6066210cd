x = max(1,
        2,
        int("z"))
