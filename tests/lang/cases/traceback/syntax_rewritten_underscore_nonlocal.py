def outer():
    big = 1_000_000; nonlocal missing
    return big
