def check(value):
    if value:
        raise ValueError(
            "value was %r"
            % (value,))

check(3)
