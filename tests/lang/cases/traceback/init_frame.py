class Point:
    def __init__(self, x, y):
        if x < 0:
            raise ValueError("negative x")
        self.x = x

p = Point(
    -1,
    2,
)
