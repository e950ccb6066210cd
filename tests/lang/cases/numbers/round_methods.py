# __round__ of floats and ints, with and without ndigits.
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (1.5).__round__(None))
print(float.__round__(0.5), (15).__round__(-1), (2 ** 90).__round__(), (2 ** 90).__round__(-20))
class Money(float):
    pass
print(round(Money(2.5)), Money(1.25).__round__(1))
