for target_count, value in ((2, [1, 2, 3]), (3, (1,)), (2, 5)):
    try:
        if target_count == 2:
            a, b = value
        else:
            a, b, c = value
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
