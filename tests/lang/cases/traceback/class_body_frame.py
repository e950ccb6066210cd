class Config:
    name = "x"
    size = len(name) / 0
